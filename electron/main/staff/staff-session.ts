// Runs in: main process. Whether the staff panel is unlocked. Staff-only channels ask it first; it
// locks again on request, when the kiosk returns to the attract loop, or after a long quiet spell
// (a safety net in case the renderer never says it left).
import type { UnlockResult } from '../../../common/ipc-contract';
import { createRunClock } from '../app/run-clock';
import type { PinStore } from './pin-store';

/** Unlocked, but no staff request for this long: lock anyway. */
export const STAFF_SESSION_MAX_QUIET_MS = 15 * 60 * 1000;

export class StaffLockedError extends Error {
  constructor(channel: string) {
    super(`${channel} needs the staff PIN`);
    this.name = 'StaffLockedError';
  }
}

export interface StaffSession {
  unlock(pin: string): Promise<UnlockResult>;
  lock(): void;
  isUnlocked(): boolean;
  /** Throws StaffLockedError unless unlocked; counts as staff activity. */
  require(channel: string): void;
}

export function createStaffSession(
  pins: PinStore,
  now: () => number = createRunClock(),
): StaffSession {
  let lastActivity: number | null = null;

  function isUnlocked(): boolean {
    if (lastActivity !== null && now() - lastActivity > STAFF_SESSION_MAX_QUIET_MS) {
      lastActivity = null;
    }
    return lastActivity !== null;
  }

  return {
    async unlock(pin) {
      const result = await pins.check(pin);
      lastActivity = result.ok ? now() : null;
      return result;
    },
    lock() {
      lastActivity = null;
    },
    isUnlocked,
    require(channel) {
      if (!isUnlocked()) throw new StaffLockedError(channel);
      lastActivity = now();
    },
  };
}
