// Runs in: Node (vitest). The clock the PIN lockout, the staff session and the self-healing count
// with: ms since the epoch at the start, then only ever moving forward with the monotonic clock.
import { describe, expect, it } from 'vitest';
import { createRunClock } from '../../../electron/main/app/run-clock';

const HOUR = 3_600_000;

describe('createRunClock', () => {
  it('starts at the wall clock and ignores the wall clock stepping back or forward', () => {
    let wall = Date.UTC(2022, 3, 1, 10);
    let monotonic = 500;
    const now = createRunClock(
      () => wall,
      () => monotonic,
    );
    expect(now()).toBe(wall);
    monotonic += 60_000;
    wall -= 5 * HOUR; // a local-time hardware clock corrected by NTP
    expect(now()).toBe(Date.UTC(2022, 3, 1, 10, 1));
    wall += 10 * HOUR;
    monotonic += 1000;
    expect(now()).toBe(Date.UTC(2022, 3, 1, 10, 1, 1));
  });

  it('uses performance.now() by default', () => {
    const now = createRunClock();
    const first = now();
    expect(Math.abs(first - Date.now())).toBeLessThan(HOUR);
    expect(now()).toBeGreaterThanOrEqual(first);
  });
});
