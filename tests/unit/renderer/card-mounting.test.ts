import { describe, expect, it } from 'vitest';
import {
  nearIndices,
  nextIndicesToMount,
  nextPhotoStep,
  runWhenStill,
  withIndices,
} from '../../../renderer/src/logic/card-mounting';
import type { IdleScheduler } from '../../../renderer/src/logic/card-mounting';

describe('nearIndices', () => {
  it('is the current card and its neighbours, within the range', () => {
    expect(nearIndices(5, 30)).toEqual([4, 5, 6]);
    expect(nearIndices(0, 30)).toEqual([0, 1]);
    expect(nearIndices(29, 30)).toEqual([28, 29]);
    expect(nearIndices(0, 1)).toEqual([0]);
  });
});

describe('withIndices', () => {
  it('adds new indices in a new set', () => {
    const mounted = new Set([4, 5, 6]);
    const grown = withIndices(mounted, [6, 7]);
    expect([...grown].sort((a, b) => a - b)).toEqual([4, 5, 6, 7]);
    expect(mounted.has(7)).toBe(false);
  });

  it('returns the same set when nothing is new, so React state does not change', () => {
    const mounted = new Set([4, 5, 6]);
    expect(withIndices(mounted, [5, 6])).toBe(mounted);
    expect(withIndices(mounted, [])).toBe(mounted);
  });
});

describe('nextIndicesToMount', () => {
  it('takes the nearest cards first, the one ahead before the one behind', () => {
    expect(nextIndicesToMount(new Set([4, 5, 6]), 5, 30, 4)).toEqual([7, 3, 8, 2]);
  });

  it('measures from the current card, wherever the mounted ones are', () => {
    expect(nextIndicesToMount(new Set([0, 1, 2, 3]), 2, 10, 3)).toEqual([4, 5, 6]);
    expect(nextIndicesToMount(new Set([4, 5, 6]), 9, 10, 2)).toEqual([9, 8]);
  });

  it('gives the rest when fewer are left than asked, and nothing when all are mounted', () => {
    expect(nextIndicesToMount(new Set([0, 1]), 0, 3, 5)).toEqual([2]);
    expect(nextIndicesToMount(new Set([0, 1, 2]), 1, 3, 5)).toEqual([]);
  });

  it('never asks for more than howMany', () => {
    expect(nextIndicesToMount(new Set(), 5, 30, 1)).toEqual([5]);
    expect(nextIndicesToMount(new Set(), 5, 30, 0)).toEqual([]);
  });
});

/** Idle periods played by the test, one at a time. */
function fakeIdleScheduler() {
  const pending = new Map<number, () => void>();
  let nextHandle = 1;
  const scheduler: IdleScheduler = {
    request(callback) {
      const handle = nextHandle;
      nextHandle += 1;
      pending.set(handle, callback);
      return handle;
    },
    cancel(handle) {
      pending.delete(handle);
    },
  };
  const playIdlePeriod = (): void => {
    const callbacks = [...pending.values()];
    pending.clear();
    for (const callback of callbacks) callback();
  };
  return { scheduler, playIdlePeriod, pendingCount: () => pending.size };
}

describe('runWhenStill', () => {
  it('runs in the first idle period when nothing moves', () => {
    const idle = fakeIdleScheduler();
    let runs = 0;
    runWhenStill(
      idle.scheduler,
      () => false,
      () => (runs += 1),
    );
    expect(runs).toBe(0);
    idle.playIdlePeriod();
    expect(runs).toBe(1);
    idle.playIdlePeriod();
    expect(runs).toBe(1);
  });

  it('waits for an idle period in which nothing moves', () => {
    const idle = fakeIdleScheduler();
    let moving = true;
    let runs = 0;
    runWhenStill(
      idle.scheduler,
      () => moving,
      () => (runs += 1),
    );
    idle.playIdlePeriod();
    idle.playIdlePeriod();
    expect(runs).toBe(0);
    expect(idle.pendingCount()).toBe(1);
    moving = false;
    idle.playIdlePeriod();
    expect(runs).toBe(1);
  });

  it('runs nothing once cancelled, even while it was waiting for stillness', () => {
    const idle = fakeIdleScheduler();
    let moving = true;
    let runs = 0;
    const cancel = runWhenStill(
      idle.scheduler,
      () => moving,
      () => (runs += 1),
    );
    idle.playIdlePeriod();
    cancel();
    moving = false;
    idle.playIdlePeriod();
    expect(runs).toBe(0);
    expect(idle.pendingCount()).toBe(0);
  });
});

describe('nextPhotoStep', () => {
  it('lets the far photograph go first, then brings the next in line', () => {
    const loaded = new Set([4, 5, 6]);
    const first = nextPhotoStep(loaded, [5, 6, 7]);
    expect([...first].sort()).toEqual([5, 6]);
    const second = nextPhotoStep(first, [5, 6, 7]);
    expect([...second].sort()).toEqual([5, 6, 7]);
    expect(nextPhotoStep(second, [5, 6, 7])).toBe(second);
  });

  it('never holds more than three photographs on its way, and ends at the wanted ones', () => {
    let loaded: ReadonlySet<number> = new Set([0, 1]);
    for (const wanted of [
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 4],
      [1, 2, 3],
    ]) {
      for (let step = 0; step < 3; step += 1) {
        loaded = nextPhotoStep(loaded, wanted);
        expect(loaded.size).toBeLessThanOrEqual(3);
      }
      expect([...loaded].sort()).toEqual(wanted);
    }
  });

  it('returns the same set when nothing is to change, so React does not render again', () => {
    const loaded = new Set([0, 1]);
    expect(nextPhotoStep(loaded, [1, 0])).toBe(loaded);
  });
});
