// Runs in: Node (vitest).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, BACK_SOON_URL } from '../../../electron/main/app-origin';
import { silentLogger } from '../../../electron/main/log/logger';
import {
  decideGpuRecovery,
  decideRendererRecovery,
  DEFAULT_RECOVERY_POLICY,
  parseCrashHistory,
  type CrashHistory,
} from '../../../electron/main/healing/restart-budget';
import { createSelfHealing } from '../../../electron/main/healing/self-healing';
import { FakeWebContents } from '../../fakes/electron';

const policy = DEFAULT_RECOVERY_POLICY;
const MINUTE = 60_000;

describe('restart budget (pure)', () => {
  it('reloads five times within ten minutes, then relaunches', () => {
    let history: CrashHistory = { crashes: [], relaunches: [] };
    const actions: string[] = [];
    for (let crash = 0; crash < 6; crash += 1) {
      const decision = decideRendererRecovery(history, crash * MINUTE, policy);
      actions.push(decision.action);
      history = decision.history;
    }
    expect(actions).toEqual(['reload', 'reload', 'reload', 'reload', 'reload', 'relaunch']);
    expect(history).toEqual({ crashes: [], relaunches: [5 * MINUTE] });
  });

  it('forgets crashes older than the window', () => {
    let history: CrashHistory = { crashes: [], relaunches: [] };
    for (let crash = 0; crash < 20; crash += 1) {
      const decision = decideRendererRecovery(history, crash * 3 * MINUTE, policy);
      expect(decision.action).toBe('reload');
      history = decision.history;
    }
  });

  it('shows the fallback once relaunches do not help either', () => {
    const history = { crashes: [1, 2, 3, 4, 5].map((n) => n * 1000), relaunches: [0, 1000] };
    expect(decideRendererRecovery(history, 6000, policy).action).toBe('fallback');
    expect(decideGpuRecovery({ crashes: [], relaunches: [0, 1000] }, 2000, policy).action).toBe(
      'fallback',
    );
  });

  it('relaunches the app when the GPU process dies', () => {
    const decision = decideGpuRecovery({ crashes: [], relaunches: [] }, 1000, policy);
    expect(decision).toEqual({ action: 'relaunch', history: { crashes: [], relaunches: [1000] } });
  });

  it('ignores history dated in the future (the clock stepped back since it was written)', () => {
    const now = Date.UTC(2022, 3, 1, 10);
    const ahead = now + 5 * 60 * MINUTE;
    const history = { crashes: [1, 2, 3, 4, 5].map((n) => ahead + n), relaunches: [ahead, ahead] };
    expect(decideGpuRecovery(history, now, policy)).toEqual({
      action: 'relaunch',
      history: { crashes: [], relaunches: [now] },
    });
    expect(decideRendererRecovery(history, now, policy)).toEqual({
      action: 'reload',
      history: { crashes: [now], relaunches: [] },
    });
  });

  it('reads a damaged history file as empty', () => {
    expect(parseCrashHistory('{not json')).toEqual({ crashes: [], relaunches: [] });
    expect(parseCrashHistory('{"crashes":[1,"x"],"relaunches":null}')).toEqual({
      crashes: [1],
      relaunches: [],
    });
    expect(parseCrashHistory(null)).toEqual({ crashes: [], relaunches: [] });
  });
});

describe('self-healing over time (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2022-04-01T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  function setup(initial: CrashHistory = { crashes: [], relaunches: [] }) {
    let stored = initial;
    const contents = new FakeWebContents();
    const relaunchApp = vi.fn();
    let quitting = false;
    const healing = createSelfHealing({
      policy,
      store: { load: () => stored, save: (history) => (stored = history) },
      window: () => contents,
      relaunchApp,
      isQuitting: () => quitting,
      appUrl: APP_ENTRY_URL,
      fallbackUrl: BACK_SOON_URL,
      log: silentLogger,
      now: () => Date.now(),
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (h) => clearTimeout(h as never),
      },
    });
    return { healing, contents, relaunchApp, stored: () => stored, quit: () => (quitting = true) };
  }

  it('reloads the app after a renderer crash and counts the restart', () => {
    const { healing, contents } = setup();
    healing.rendererGone('crashed');
    expect(contents.loadedUrls).toEqual([APP_ENTRY_URL]);
    expect(healing.health()).toMatchObject({ restarts: 1, lastCrashReason: 'renderer-crashed' });
  });

  it('relaunches the app on the sixth crash within ten minutes, not earlier', () => {
    const { healing, contents, relaunchApp, stored } = setup();
    for (let crash = 0; crash < 5; crash += 1) {
      healing.rendererGone('oom');
      vi.advanceTimersByTime(MINUTE);
    }
    expect(relaunchApp).not.toHaveBeenCalled();
    expect(contents.loadedUrls).toHaveLength(5);
    healing.rendererGone('oom');
    expect(relaunchApp).toHaveBeenCalledTimes(1);
    expect(stored().relaunches).toHaveLength(1);
  });

  it('keeps reloading when crashes are spread out over time', () => {
    const { healing, relaunchApp } = setup();
    for (let crash = 0; crash < 12; crash += 1) {
      healing.rendererGone('crashed');
      vi.advanceTimersByTime(3 * MINUTE);
    }
    expect(relaunchApp).not.toHaveBeenCalled();
  });

  it('shows the back-soon screen past the budget, then tries the app again later', () => {
    const now = Date.now();
    const { healing, contents, relaunchApp } = setup({
      crashes: [now - 4000, now - 3000, now - 2000, now - 1000, now - 500],
      relaunches: [now - 10 * MINUTE, now - 5 * MINUTE],
    });
    healing.rendererGone('crashed');
    expect(relaunchApp).not.toHaveBeenCalled();
    expect(contents.loadedUrls).toEqual([BACK_SOON_URL]);
    vi.advanceTimersByTime(policy.fallbackRetryMs - 1);
    expect(contents.loadedUrls).toEqual([BACK_SOON_URL]);
    vi.advanceTimersByTime(1);
    expect(contents.loadedUrls).toEqual([BACK_SOON_URL, APP_ENTRY_URL]);
  });

  it('treats a page hung past the grace period as a crash, and a recovered one as fine', () => {
    const { healing, contents } = setup();
    healing.unresponsive();
    vi.advanceTimersByTime(policy.unresponsiveGraceMs - 1);
    healing.responsive();
    vi.advanceTimersByTime(policy.unresponsiveGraceMs);
    expect(contents.crashes).toBe(0);
    expect(contents.loadedUrls).toEqual([]);

    healing.unresponsive();
    vi.advanceTimersByTime(policy.unresponsiveGraceMs);
    expect(contents.crashes).toBe(1);
    expect(contents.loadedUrls).toEqual([APP_ENTRY_URL]);
    // The kill we caused reports 'killed': it must not count a second time.
    healing.rendererGone('killed');
    expect(contents.loadedUrls).toEqual([APP_ENTRY_URL]);
    expect(healing.health().restarts).toBe(1);
  });

  it('gives a page whose frames stopped a fresh renderer, and relaunches when that stops helping', () => {
    const { healing, contents, relaunchApp } = setup();
    healing.framesStalled();
    expect(contents.crashes).toBe(1);
    expect(contents.loadedUrls).toEqual([APP_ENTRY_URL]);
    expect(healing.health()).toMatchObject({
      restarts: 1,
      lastCrashReason: 'renderer-frames-stalled',
    });
    // The kill we caused reports 'killed': it must not count a second time.
    healing.rendererGone('killed');
    expect(contents.loadedUrls).toEqual([APP_ENTRY_URL]);
    // Stalls count against the same budget as crashes.
    for (let stall = 0; stall < policy.reloadLimit; stall += 1) {
      vi.advanceTimersByTime(MINUTE);
      healing.framesStalled();
      healing.rendererGone('killed');
    }
    expect(contents.loadedUrls).toHaveLength(policy.reloadLimit);
    expect(relaunchApp).toHaveBeenCalledTimes(1);
  });

  it('relaunches on a GPU crash', () => {
    const { healing, relaunchApp } = setup();
    healing.gpuGone('crashed');
    expect(relaunchApp).toHaveBeenCalledTimes(1);
    expect(healing.health().lastCrashReason).toBe('gpu-crashed');
  });

  it('does nothing while the app is quitting or after a clean exit', () => {
    const { healing, contents, relaunchApp, quit } = setup();
    healing.rendererGone('clean-exit');
    quit();
    healing.rendererGone('crashed');
    healing.gpuGone('crashed');
    healing.framesStalled();
    expect(contents.loadedUrls).toEqual([]);
    expect(contents.crashes).toBe(0);
    expect(relaunchApp).not.toHaveBeenCalled();
  });
});

describe('self-healing after the clock stepped back', () => {
  it('does not count relaunches dated in the future as restarts of this run', () => {
    const now = Date.UTC(2022, 3, 1, 10);
    const ahead = now + 5 * 60 * MINUTE;
    const healing = createSelfHealing({
      policy,
      store: { load: () => ({ crashes: [], relaunches: [ahead, now - MINUTE] }), save: () => {} },
      window: () => null,
      relaunchApp: () => undefined,
      isQuitting: () => false,
      appUrl: APP_ENTRY_URL,
      fallbackUrl: BACK_SOON_URL,
      log: silentLogger,
      now: () => now,
      timers: { setTimeout: () => 0, clearTimeout: () => undefined },
    });
    expect(healing.health().restarts).toBe(1);
  });
});
