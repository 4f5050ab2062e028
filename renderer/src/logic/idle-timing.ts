// Runs in: renderer. The idle state machine (active -> warning -> expired) as pure functions of time.

export interface IdleTimings {
  /** Milliseconds without activity before the "Still there?" warning. */
  idleTimeoutMs: number;
  /** Milliseconds the warning counts down before the kiosk resets. */
  warningMs: number;
}

export type IdleStatus =
  | { phase: 'active'; msUntilChange: number }
  | { phase: 'warning'; secondsLeft: number; msUntilChange: number }
  | { phase: 'expired' };

export function idleTimingsFromSettings(settings: {
  idleTimeoutSeconds: number;
  warningSeconds: number;
}): IdleTimings {
  return {
    idleTimeoutMs: settings.idleTimeoutSeconds * 1000,
    warningMs: settings.warningSeconds * 1000,
  };
}

/** Where the idle machine stands `now`, given the last activity; also when it next changes. */
export function idleStatusAt(
  lastActivityAt: number,
  now: number,
  timings: IdleTimings,
): IdleStatus {
  const idleFor = Math.max(0, now - lastActivityAt);
  if (idleFor < timings.idleTimeoutMs) {
    return { phase: 'active', msUntilChange: timings.idleTimeoutMs - idleFor };
  }
  const warningLeftMs = timings.idleTimeoutMs + timings.warningMs - idleFor;
  if (warningLeftMs <= 0) return { phase: 'expired' };
  // The countdown shows whole seconds and changes exactly on the second boundary.
  const secondsLeft = Math.ceil(warningLeftMs / 1000);
  const msUntilChange = warningLeftMs - (secondsLeft - 1) * 1000;
  return { phase: 'warning', secondsLeft, msUntilChange };
}

/**
 * A session ended by the idle reset lasted until the last touch, not until the reset: the idle
 * timeout and the warning that ended it are subtracted. Never negative.
 */
export function sessionDurationSeconds(
  startedAt: number,
  endedAt: number,
  idleTimeAtEndMs: number,
): number {
  return Math.max(0, Math.round((endedAt - startedAt - idleTimeAtEndMs) / 1000));
}
