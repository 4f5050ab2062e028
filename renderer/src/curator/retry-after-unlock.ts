// Runs in: renderer (the studio's chunk). The studio's actions that main refused because the staff
// session had locked after a pause (Save, Publish, a photo, a focal point...): each is held while
// the PIN pad shows, and repeated once after a correct PIN, so the curator does not have to do it
// again. Closing the pad forgets them, and the studio says which ones were not done.

/** An action refused for want of the PIN, as the studio names it to the curator. */
export type RefusedAction =
  | { kind: 'save' }
  | { kind: 'publish' }
  | { kind: 'restore-previous' }
  | { kind: 'discard-draft' }
  | { kind: 'photo'; heroKey: string }
  | { kind: 'focal-point'; heroKey: string };

export interface RetryAfterUnlock {
  /**
   * Holds an action to repeat after the PIN. The same action refused again (the same hero's photo,
   * a second Publish) is held once, as its latest attempt, in the order of that latest refusal.
   */
  hold(action: RefusedAction, repeat: () => unknown): void;
  /** What waits for the PIN, in the order it will be repeated. */
  waiting(): RefusedAction[];
  /**
   * The PIN was accepted: repeats each held action once, one after the other (a save before the
   * Publish that needed it). An action refused again is held again by its own code.
   */
  repeatAll(): Promise<void>;
  /** The pad was closed: forgets what waited and says what it was. */
  dropAll(): RefusedAction[];
}

const keyOf = (action: RefusedAction): string =>
  'heroKey' in action ? `${action.kind}:${action.heroKey}` : action.kind;

export function createRetryAfterUnlock(): RetryAfterUnlock {
  const held = new Map<string, { action: RefusedAction; repeat: () => unknown }>();
  const waiting = (): RefusedAction[] => [...held.values()].map((entry) => entry.action);
  return {
    hold(action, repeat) {
      const key = keyOf(action);
      held.delete(key);
      held.set(key, { action, repeat });
    },
    waiting,
    async repeatAll() {
      const entries = [...held.values()];
      held.clear();
      for (const entry of entries) {
        try {
          await entry.repeat();
        } catch {
          // Each action reports its own failure in the studio; the next one still runs.
        }
      }
    },
    dropAll() {
      const dropped = waiting();
      held.clear();
      return dropped;
    },
  };
}
