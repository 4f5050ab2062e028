// Runs in: renderer. Drives the idle state machine with one timer at a time (never one per event).
import type { IdleStatus, IdleTimings } from './idle-timing';
import { idleStatusAt } from './idle-timing';

export type VisibleIdleStatus = Exclude<IdleStatus, { phase: 'expired' }>;

export interface IdleTimerOptions {
  timings: IdleTimings;
  /** Called when the phase changes, and every second of the warning countdown. */
  onStatus(status: VisibleIdleStatus): void;
  /** Called once when the warning ran out; the timer stops itself. */
  onExpire(): void;
  now?: () => number;
  /** Start as if nobody had touched the screen for this long (staff: "run the idle warning now"). */
  idleAlreadyMs?: number;
}

export interface IdleTimer {
  /** A touch, key or wheel: the session goes on (and a showing warning ends). */
  recordActivity(): void;
  stop(): void;
}

export function createIdleTimer({
  timings,
  onStatus,
  onExpire,
  now = Date.now,
  idleAlreadyMs = 0,
}: IdleTimerOptions): IdleTimer {
  let lastActivityAt = now() - idleAlreadyMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let lastReported: VisibleIdleStatus | undefined;

  const report = (status: VisibleIdleStatus): void => {
    const changed =
      !lastReported ||
      lastReported.phase !== status.phase ||
      (status.phase === 'warning' &&
        lastReported.phase === 'warning' &&
        lastReported.secondsLeft !== status.secondsLeft);
    lastReported = status;
    if (changed) onStatus(status);
  };

  const check = (): void => {
    timer = undefined;
    if (stopped) return;
    const status = idleStatusAt(lastActivityAt, now(), timings);
    if (status.phase === 'expired') {
      stopped = true;
      onExpire();
      return;
    }
    report(status);
    timer = setTimeout(check, status.msUntilChange);
  };

  check();

  return {
    recordActivity() {
      if (stopped) return;
      lastActivityAt = now();
      // While active the pending check simply finds the newer activity and waits again; only a
      // showing warning needs to end right now.
      if (lastReported?.phase === 'warning') {
        if (timer !== undefined) clearTimeout(timer);
        check();
      }
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
