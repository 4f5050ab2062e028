import { beforeEach, describe, expect, it } from 'vitest';
import { createFrameWatchdog } from '../../../renderer/src/logic/frame-watchdog';
import type { FrameWatchdog } from '../../../renderer/src/logic/frame-watchdog';

const timings = { checkEveryMs: 5_000, stalledAfterMs: 20_000 };

/** A page whose clock, frames and visibility the test drives by hand. */
function createFakePage() {
  let time = 0;
  let check: (() => void) | null = null;
  let pendingFrames: (() => void)[] = [];
  const page = {
    watched: true,
    stalls: [] as number[],
    frameRequests: 0,
    checksStopped: false,
    /** Lets `ms` pass, checking every checkEveryMs; frames are drawn only if `drawing`. */
    pass(ms: number, { drawing }: { drawing: boolean }): void {
      for (let step = 0; step < ms / timings.checkEveryMs; step += 1) {
        time += timings.checkEveryMs;
        check?.();
        if (drawing) page.drawFrames();
      }
    },
    drawOldestFrame(): void {
      pendingFrames.shift()?.();
    },
    drawFrames(): void {
      const frames = pendingFrames;
      pendingFrames = [];
      for (const frame of frames) frame();
    },
  };
  const watchdog: FrameWatchdog = createFrameWatchdog({
    timings,
    now: () => time,
    requestFrame: (callback) => {
      page.frameRequests += 1;
      pendingFrames.push(callback);
    },
    every: (ms, callback) => {
      expect(ms).toBe(timings.checkEveryMs);
      check = callback;
      return () => {
        check = null;
        page.checksStopped = true;
      };
    },
    shouldWatch: () => page.watched,
    onStall: (stalledMs) => page.stalls.push(stalledMs),
  });
  return { page, watchdog };
}

describe('createFrameWatchdog', () => {
  let page: ReturnType<typeof createFakePage>['page'];
  let watchdog: FrameWatchdog;

  beforeEach(() => {
    ({ page, watchdog } = createFakePage());
  });

  it('stays quiet for days while frames are drawn, asking for one frame per check', () => {
    page.pass(3 * 86_400_000, { drawing: true });
    expect(page.stalls).toEqual([]);
    expect(page.frameRequests).toBe((3 * 86_400_000) / timings.checkEveryMs);
  });

  it('reports a frame that has not come for stalledAfterMs, once, and stops checking', () => {
    page.pass(60_000, { drawing: true });
    page.pass(20_000, { drawing: false });
    expect(page.stalls).toEqual([]);
    page.pass(5_000, { drawing: false });
    expect(page.stalls).toEqual([20_000]);
    expect(page.checksStopped).toBe(true);
    page.pass(60_000, { drawing: false });
    expect(page.stalls).toHaveLength(1);
  });

  it('does not count the time it was not watching (a hidden page, a visitor at the screen)', () => {
    page.pass(10_000, { drawing: false });
    page.watched = false;
    page.pass(600_000, { drawing: false });
    expect(page.stalls).toEqual([]);
    page.watched = true;
    watchdog.visibilityChanged();
    page.pass(5_000, { drawing: true });
    page.pass(600_000, { drawing: true });
    expect(page.stalls).toEqual([]);
  });

  it('after a change of visibility, a frame asked for before it does not end the new wait', () => {
    page.pass(5_000, { drawing: false }); // asked for at 5 s, not drawn
    watchdog.visibilityChanged(); // hidden and shown again between two checks
    page.pass(5_000, { drawing: false }); // asked for again at 10 s: the wait starts here
    page.drawOldestFrame(); // the frame asked for at 5 s arrives late
    page.pass(20_000, { drawing: false });
    expect(page.stalls).toEqual([20_000]);
  });

  it('stop() ends the checks', () => {
    watchdog.stop();
    expect(page.checksStopped).toBe(true);
    page.pass(60_000, { drawing: false });
    expect(page.stalls).toEqual([]);
  });
});
