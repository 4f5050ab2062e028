// Runs in: Node (tests). The unlocked staff session: opened by the right PIN only, closed on request
// and by itself after a long quiet spell.
import { describe, expect, it } from 'vitest';
import type { UnlockResult } from '../../../common/ipc-contract';
import type { PinStore } from '../../../electron/main/staff/pin-store';
import {
  STAFF_SESSION_MAX_QUIET_MS,
  StaffLockedError,
  createStaffSession,
} from '../../../electron/main/staff/staff-session';

const pins: PinStore = {
  check: async (pin): Promise<UnlockResult> =>
    pin === '2468' ? { ok: true } : { ok: false, attemptsLeft: 4, lockedUntil: null },
  change: async () => ({ ok: true }),
  lockedUntil: () => null,
};

describe('staff session', () => {
  it('opens with the right PIN only and closes on lock()', async () => {
    const session = createStaffSession(pins, () => 0);
    expect(() => session.require('staff:status')).toThrow(StaffLockedError);
    await session.unlock('1111');
    expect(session.isUnlocked()).toBe(false);
    await session.unlock('2468');
    expect(() => session.require('staff:status')).not.toThrow();
    session.lock();
    expect(() => session.require('staff:status')).toThrow(StaffLockedError);
  });

  it('a wrong PIN while unlocked locks again', async () => {
    const session = createStaffSession(pins, () => 0);
    await session.unlock('2468');
    await session.unlock('0000');
    expect(session.isUnlocked()).toBe(false);
  });

  it('locks by itself after a long time without staff requests; requests keep it open', async () => {
    let time = 0;
    const session = createStaffSession(pins, () => time);
    await session.unlock('2468');
    time += STAFF_SESSION_MAX_QUIET_MS - 1000;
    session.require('staff:stats');
    time += STAFF_SESSION_MAX_QUIET_MS - 1000;
    expect(session.isUnlocked()).toBe(true);
    time += 2000;
    expect(session.isUnlocked()).toBe(false);
    expect(() => session.require('staff:stats')).toThrow(StaffLockedError);
  });
});
