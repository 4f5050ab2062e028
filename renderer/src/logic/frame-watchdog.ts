// Runs in: renderer. Notices a screen that stopped drawing while the page still runs: a
// requestAnimationFrame that never comes although the page is visible and nobody is using it. The page's timers and touches
// still work then, so neither a crash nor a hang is reported, and without this the visitor would
// face a frozen picture until someone restarts the PC. (The benchmark saw it once in a few runs of
// thousands of interactions: a frame that had not come after 30 s.) Pure: clock, frames and
// visibility come in, so it can be tested without a browser.

export interface FrameWatchdogTimings {
  /** How often a frame is asked for and the last request checked (ms). */
  checkEveryMs: number;
  /** A frame asked for this long ago and still not drawn counts as a stall (ms). */
  stalledAfterMs: number;
}

/**
 * A frame every 5 s costs nothing on screen; 20 s without one is far beyond any slow frame (a
 * cold photograph decode on the slowest PC takes well under a second).
 */
export const FRAME_WATCHDOG_TIMINGS: FrameWatchdogTimings = {
  checkEveryMs: 5_000,
  stalledAfterMs: 20_000,
};

export interface FrameWatchdogOptions {
  timings?: FrameWatchdogTimings;
  /** Monotonic ms (performance.now), so a wall-clock change is never taken for a stall. */
  now(): number;
  /** requestAnimationFrame. */
  requestFrame(callback: () => void): void;
  /** setInterval; returns its stop. */
  every(ms: number, callback: () => void): () => void;
  /**
   * Whether to watch now. Not while the page is hidden (it draws no frames, rightly), and not while a
   * visitor uses the screen: on a slow PC the check's frame competed with a swipe's frames (the
   * benchmark at 4x CPU dropped more with the check running during swipes). A stall that starts
   * under a visitor's finger is still caught: the idle reset runs on timers, not frames, and brings
   * the screen back to its attract loop, where the watch resumes.
   */
  shouldWatch(): boolean;
  /** Called once, with how long the frame has been waited for; the watchdog stops itself. */
  onStall(stalledMs: number): void;
}

export interface FrameWatchdog {
  /** The page was hidden or shown: a frame asked for before does not count against it. */
  visibilityChanged(): void;
  stop(): void;
}

export function createFrameWatchdog({
  timings = FRAME_WATCHDOG_TIMINGS,
  now,
  requestFrame,
  every,
  shouldWatch,
  onStall,
}: FrameWatchdogOptions): FrameWatchdog {
  /** When the frame we are waiting for was asked for; null when none is awaited. */
  let waitingSince: number | null = null;
  /** Each request has its own number, so a frame from before a reset cannot end a later wait. */
  let request = 0;
  let stopped = false;

  const check = (): void => {
    if (stopped) return;
    if (!shouldWatch()) {
      waitingSince = null;
      return;
    }
    if (waitingSince === null) {
      const mine = (request += 1);
      waitingSince = now();
      requestFrame(() => {
        if (mine === request) waitingSince = null;
      });
      return;
    }
    const waitedMs = now() - waitingSince;
    if (waitedMs >= timings.stalledAfterMs) {
      stop();
      onStall(Math.round(waitedMs));
    }
  };

  const stopChecks = every(timings.checkEveryMs, check);
  const stop = (): void => {
    stopped = true;
    stopChecks();
  };

  return {
    visibilityChanged: () => {
      request += 1;
      waitingSince = null;
    },
    stop,
  };
}
