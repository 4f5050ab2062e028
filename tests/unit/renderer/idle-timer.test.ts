import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from '../../../renderer/src/logic/idle-timer';
import type { VisibleIdleStatus } from '../../../renderer/src/logic/idle-timer';
import { idleStatusAt, sessionDurationSeconds } from '../../../renderer/src/logic/idle-timing';

const timings = { idleTimeoutMs: 90_000, warningMs: 30_000 };

describe('idleStatusAt', () => {
  it('goes active -> warning -> expired at the configured times', () => {
    expect(idleStatusAt(0, 89_999, timings).phase).toBe('active');
    expect(idleStatusAt(0, 90_000, timings)).toMatchObject({ phase: 'warning', secondsLeft: 30 });
    expect(idleStatusAt(0, 119_001, timings)).toMatchObject({ phase: 'warning', secondsLeft: 1 });
    expect(idleStatusAt(0, 120_000, timings).phase).toBe('expired');
  });
});

describe('sessionDurationSeconds', () => {
  it('subtracts the idle time that ended the session, never below zero', () => {
    expect(sessionDurationSeconds(0, 180_000, 120_000)).toBe(60);
    expect(sessionDurationSeconds(0, 100_000, 120_000)).toBe(0);
  });
});

describe('createIdleTimer', () => {
  let statuses: VisibleIdleStatus[];
  let expired: number;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
    statuses = [];
    expired = 0;
  });
  afterEach(() => vi.useRealTimers());

  const start = () =>
    createIdleTimer({
      timings,
      onStatus: (status) => statuses.push(status),
      onExpire: () => (expired += 1),
    });

  it('warns after the idle timeout, counts down each second, then expires once', () => {
    const timer = start();
    expect(statuses.at(-1)?.phase).toBe('active');
    vi.advanceTimersByTime(89_999);
    expect(statuses.at(-1)?.phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(statuses.at(-1)).toMatchObject({ phase: 'warning', secondsLeft: 30 });
    vi.advanceTimersByTime(10_000);
    expect(statuses.at(-1)).toMatchObject({ phase: 'warning', secondsLeft: 20 });
    expect(expired).toBe(0);
    vi.advanceTimersByTime(20_000);
    expect(expired).toBe(1);
    vi.advanceTimersByTime(600_000);
    expect(expired).toBe(1);
    timer.stop();
  });

  it('activity postpones the warning by a full timeout', () => {
    const timer = start();
    vi.advanceTimersByTime(80_000);
    timer.recordActivity();
    vi.advanceTimersByTime(80_000);
    expect(statuses.at(-1)?.phase).toBe('active');
    vi.advanceTimersByTime(10_000);
    expect(statuses.at(-1)?.phase).toBe('warning');
    timer.stop();
  });

  it('activity during the warning ends it at once and keeps the session', () => {
    const timer = start();
    vi.advanceTimersByTime(100_000);
    expect(statuses.at(-1)?.phase).toBe('warning');
    timer.recordActivity();
    expect(statuses.at(-1)?.phase).toBe('active');
    vi.advanceTimersByTime(89_000);
    expect(statuses.at(-1)?.phase).toBe('active');
    expect(expired).toBe(0);
    timer.stop();
  });

  it('leaves no timer behind when stopped', () => {
    const timer = start();
    timer.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(600_000);
    expect(expired).toBe(0);
  });
});
