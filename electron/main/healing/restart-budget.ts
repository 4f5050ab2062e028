// Runs in: main process. How the kiosk answers a crash: reload the page while within budget,
// relaunch the whole app when reloads stop helping, and show the static "back soon" screen when
// relaunches stop helping too. Pure: history and time in, decision and new history out.

export interface RecoveryPolicy {
  /** Page reloads allowed within `crashWindowMs` before the app relaunches. */
  reloadLimit: number;
  crashWindowMs: number;
  /** App relaunches allowed within `relaunchWindowMs` before the fallback screen. */
  relaunchLimit: number;
  relaunchWindowMs: number;
  /** How long the fallback screen stays before the app is tried again. */
  fallbackRetryMs: number;
  /** How long a hung page gets before it counts as crashed. */
  unresponsiveGraceMs: number;
}

export const DEFAULT_RECOVERY_POLICY: RecoveryPolicy = {
  reloadLimit: 5,
  crashWindowMs: 10 * 60_000,
  relaunchLimit: 2,
  relaunchWindowMs: 30 * 60_000,
  fallbackRetryMs: 5 * 60_000,
  unresponsiveGraceMs: 15_000,
};

/** Times (ms since epoch) of recent crashes and relaunches; persisted so relaunches count too. */
export interface CrashHistory {
  crashes: number[];
  relaunches: number[];
}

export type RecoveryAction = 'reload' | 'relaunch' | 'fallback';

export interface RecoveryDecision {
  action: RecoveryAction;
  history: CrashHistory;
}

export const EMPTY_HISTORY: CrashHistory = { crashes: [], relaunches: [] };

/**
 * The crashes and relaunches that still count at `now`. Times after `now` were written before the
 * clock stepped back; they would count for hours, so they are dropped.
 */
export function recentHistory(
  history: CrashHistory,
  now: number,
  policy: RecoveryPolicy,
): CrashHistory {
  const within = (windowMs: number) => (time: number) => time <= now && now - time < windowMs;
  return {
    crashes: history.crashes.filter(within(policy.crashWindowMs)),
    relaunches: history.relaunches.filter(within(policy.relaunchWindowMs)),
  };
}

function relaunchOrFallback(
  history: CrashHistory,
  now: number,
  policy: RecoveryPolicy,
): RecoveryDecision {
  if (history.relaunches.length < policy.relaunchLimit) {
    // A fresh process starts with a fresh reload budget.
    return {
      action: 'relaunch',
      history: { crashes: [], relaunches: [...history.relaunches, now] },
    };
  }
  return { action: 'fallback', history };
}

/** A renderer crashed or hung. */
export function decideRendererRecovery(
  previous: CrashHistory,
  now: number,
  policy: RecoveryPolicy,
): RecoveryDecision {
  const history = recentHistory(previous, now, policy);
  history.crashes.push(now);
  if (history.crashes.length <= policy.reloadLimit) return { action: 'reload', history };
  return relaunchOrFallback(history, now, policy);
}

/** The GPU process died: the page cannot draw reliably any more, so the app relaunches. */
export function decideGpuRecovery(
  previous: CrashHistory,
  now: number,
  policy: RecoveryPolicy,
): RecoveryDecision {
  return relaunchOrFallback(recentHistory(previous, now, policy), now, policy);
}

/** Reads a persisted history, tolerating a missing or damaged file. */
export function parseCrashHistory(text: string | null): CrashHistory {
  if (!text) return { crashes: [], relaunches: [] };
  try {
    const value: unknown = JSON.parse(text);
    const numbers = (list: unknown): number[] =>
      Array.isArray(list) ? list.filter((item): item is number => typeof item === 'number') : [];
    if (typeof value !== 'object' || value === null) return { crashes: [], relaunches: [] };
    const record = value as Record<string, unknown>;
    return { crashes: numbers(record.crashes), relaunches: numbers(record.relaunches) };
  } catch {
    return { crashes: [], relaunches: [] };
  }
}
