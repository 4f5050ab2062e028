// Runs in: Node (vitest).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Content } from '../../../common/content-schema';
import type { ContentState, KioskMode } from '../../../common/ipc-contract';
import {
  chooseRelaunchHour,
  msUntilNextHour,
  scheduleDailyRelaunch,
} from '../../../electron/main/schedule/daily-relaunch';

const HOUR = 3_600_000;
const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (h: unknown) => clearTimeout(h as never),
};

describe('msUntilNextHour', () => {
  it('counts to today when the hour is still ahead, tomorrow when it is past', () => {
    expect(msUntilNextHour(new Date(2022, 3, 1, 3, 30), 5)).toBe(1.5 * HOUR);
    expect(msUntilNextHour(new Date(2022, 3, 1, 5, 0), 5)).toBe(24 * HOUR);
    expect(msUntilNextHour(new Date(2022, 3, 1, 10, 0), 5)).toBe(19 * HOUR);
  });
});

describe('scheduleDailyRelaunch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2022, 3, 1, 4, 0));
  });
  afterEach(() => vi.useRealTimers());

  function start(mode: () => KioskMode) {
    const relaunch = vi.fn();
    const stop = scheduleDailyRelaunch({
      hour: 5,
      now: () => new Date(),
      currentMode: mode,
      relaunch,
      timers,
      recheckMs: 60_000,
    });
    return { relaunch, stop };
  }

  it('relaunches at the hour when the screen is in its attract loop', () => {
    const { relaunch } = start(() => 'attract');
    vi.advanceTimersByTime(HOUR - 1);
    expect(relaunch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(relaunch).toHaveBeenCalledTimes(1);
  });

  it('waits while a visitor (or staff) is using the kiosk, and relaunches once it is idle', () => {
    let mode: KioskMode = 'visitor';
    const { relaunch } = start(() => mode);
    vi.advanceTimersByTime(HOUR + 10 * 60_000);
    expect(relaunch).not.toHaveBeenCalled();
    mode = 'staff';
    vi.advanceTimersByTime(10 * 60_000);
    expect(relaunch).not.toHaveBeenCalled();
    mode = 'warning';
    vi.advanceTimersByTime(60_000);
    expect(relaunch).not.toHaveBeenCalled();
    mode = 'attract';
    vi.advanceTimersByTime(60_000);
    expect(relaunch).toHaveBeenCalledTimes(1);
  });

  it('does nothing once stopped', () => {
    const { relaunch, stop } = start(() => 'attract');
    stop();
    vi.advanceTimersByTime(48 * HOUR);
    expect(relaunch).not.toHaveBeenCalled();
  });
});

describe('chooseRelaunchHour', () => {
  const shipped = JSON.parse(readFileSync('content.json', 'utf8')) as Content;
  const readyWith = (hour: number | null): ContentState => ({
    status: 'ready',
    content: { ...shipped, settings: { ...shipped.settings, dailyRelaunchHour: hour } },
    source: 'bundled',
    directory: '/content',
    hash: 'x',
    assetBaseUrl: '/content/',
    warnings: [],
  });
  const broken: ContentState = { status: 'error', file: '/content/content.json', problems: [] };

  it("follows the curator's setting in content.json when no switch is given", () => {
    expect(chooseRelaunchHour(undefined, readyWith(6))).toBe(6);
    expect(chooseRelaunchHour(undefined, readyWith(null))).toBeNull();
  });

  it('lets the --relaunch-hour switch win, including switching it off', () => {
    expect(chooseRelaunchHour(3, readyWith(6))).toBe(3);
    expect(chooseRelaunchHour(null, readyWith(6))).toBeNull();
  });

  it('does not relaunch on a schedule without valid content', () => {
    expect(chooseRelaunchHour(undefined, broken)).toBeNull();
  });
});
