// Runs in: main process. Relaunches the app once a day at a set hour, but only while nobody is
// using it (the screen is in its attract loop); otherwise it waits and checks again.
import type { ContentState, KioskMode } from '../../../common/ipc-contract';
import type { Timers } from '../healing/self-healing';

export interface DailyRelaunchOptions {
  /** Local hour, 0-23. */
  hour: number;
  now: () => Date;
  currentMode: () => KioskMode;
  relaunch: () => void;
  timers: Timers;
  /** How often to look again while someone is using the kiosk. */
  recheckMs?: number;
}

/**
 * The hour to relaunch at: the `--relaunch-hour` switch when given (a number, or null for off),
 * else the curator's `settings.dailyRelaunchHour` from the loaded content, else no relaunch.
 */
export function chooseRelaunchHour(
  switchHour: number | null | undefined,
  content: ContentState,
): number | null {
  if (switchHour !== undefined) return switchHour;
  return content.status === 'ready' ? content.content.settings.dailyRelaunchHour : null;
}

/** Milliseconds from `now` until the next `hour`:00 local time (tomorrow when already past). */
export function msUntilNextHour(now: Date, hour: number): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

/** Starts the schedule; returns a stop function. */
export function scheduleDailyRelaunch(options: DailyRelaunchOptions): () => void {
  const recheckMs = options.recheckMs ?? 60_000;
  let handle: unknown = null;
  let stopped = false;

  const schedule = (ms: number, run: () => void): void => {
    if (stopped) return;
    handle = options.timers.setTimeout(run, ms);
  };

  const attempt = (): void => {
    handle = null;
    if (options.currentMode() === 'attract') {
      options.relaunch();
      return;
    }
    schedule(recheckMs, attempt);
  };

  schedule(msUntilNextHour(options.now(), options.hour), attempt);
  return () => {
    stopped = true;
    if (handle !== null) options.timers.clearTimeout(handle);
    handle = null;
  };
}
