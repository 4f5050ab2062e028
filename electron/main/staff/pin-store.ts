// Runs in: main process. The staff PIN: checks attempts against the stored salted hash, locks the pad
// for a while after too many wrong attempts, logs every attempt (never the digits) and changes the PIN.
// Fails closed: when the settings file exists but cannot be read or parsed, no PIN opens the panel.
import type { ChangePinResult, UnlockResult } from '../../../common/ipc-contract';
import { PinSchema } from '../../../common/ipc-contract';
import { createRunClock } from '../app/run-clock';
import type { Logger } from '../log/logger';
import { hashPin, isPinHash, verifyPin } from './pin-hash';
import type { PinHash } from './pin-hash';
import { createSettingsFile, SettingsUnreadableError } from './settings-file';
import type { SettingsFileSystem } from './settings-file';

/** PIN that works until staff change it; documented in the README (year and month of the opening). */
export const FIRST_RUN_PIN = '202204';
export const MAX_WRONG_ATTEMPTS = 5;
export const LOCKOUT_MS = 5 * 60 * 1000;

const SETTINGS_KEY = 'staffPin';
/** Wrong attempts and the lockout survive a restart, so restarting the kiosk does not reset them. */
const ATTEMPTS_KEY = 'staffPinAttempts';

interface StoredAttempts {
  wrongAttempts: number;
  lockedUntil: number | null;
}

function readAttempts(value: unknown): StoredAttempts {
  const data = (value ?? {}) as Partial<Record<keyof StoredAttempts, unknown>>;
  const wrongAttempts = Number.isInteger(data.wrongAttempts) ? (data.wrongAttempts as number) : 0;
  const lockedUntil = typeof data.lockedUntil === 'number' ? data.lockedUntil : null;
  return { wrongAttempts: Math.min(Math.max(wrongAttempts, 0), MAX_WRONG_ATTEMPTS), lockedUntil };
}

const SETTINGS_DAMAGED = { ok: false, reason: 'settings-damaged' } as const;

/** A wrong current PIN during a change counts like a wrong unlock; the answer says which it was. */
function changeRefused(verdict: Extract<UnlockResult, { ok: false }>): ChangePinResult {
  if ('reason' in verdict) {
    return {
      ...verdict,
      error: 'The staff settings file is damaged or cannot be read. See the log.',
    };
  }
  if (verdict.lockedUntil !== null) {
    return {
      ok: false,
      reason: 'locked-out',
      lockedUntil: verdict.lockedUntil,
      error: 'Too many wrong PINs. The pad is locked for a few minutes.',
    };
  }
  return {
    ok: false,
    reason: 'wrong-pin',
    attemptsLeft: verdict.attemptsLeft,
    error: 'The current PIN is wrong.',
  };
}

export interface PinStoreOptions {
  settingsFile: string;
  log: Logger;
  /** Defaults to a run clock (monotonic within the run), not the wall clock. */
  now?: () => number;
  /** The clock answers are given in (the renderer counts down with Date.now()); defaults to `now`
   * when that is given, else Date.now. */
  wallNow?: () => number;
  firstRunPin?: string;
  settingsFileSystem?: SettingsFileSystem;
}

export interface PinStore {
  check(pin: string): Promise<UnlockResult>;
  change(current: string, next: string): Promise<ChangePinResult>;
  /** When the pad opens again (on the store's own clock), or null when it is not locked. */
  lockedUntil(): number | null;
}

export function createPinStore(options: PinStoreOptions): PinStore {
  const now = options.now ?? createRunClock();
  const wallNow = options.wallNow ?? options.now ?? Date.now;
  /** A deadline on the run clock as the wall clock shows it now (they differ after a clock jump). */
  const onWallClock = (time: number | null): number | null =>
    time === null ? null : wallNow() + (time - now());
  const settings = createSettingsFile(options.settingsFile, options.settingsFileSystem);
  const firstRunPin = options.firstRunPin ?? FIRST_RUN_PIN;
  let wrongAttempts = 0;
  let lockedUntilTime: number | null = null;
  let attemptsLoaded = false;
  // Attempts run one after another, so two quick taps on OK cannot both slip under the limit.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  async function storedHash(): Promise<PinHash> {
    const stored = (await settings.read())[SETTINGS_KEY];
    if (isPinHash(stored)) return stored;
    if (stored !== undefined) {
      throw new SettingsUnreadableError(settings.path, `${SETTINGS_KEY} is not a PIN hash`);
    }
    // First run (no PIN stored yet): store the first-run PIN as a hash, never as digits.
    const created = await hashPin(firstRunPin);
    await settings.write(SETTINGS_KEY, created);
    options.log.info('staff-pin-initialised', { file: settings.path });
    return created;
  }

  function currentLock(): number | null {
    if (lockedUntilTime !== null && now() >= lockedUntilTime) {
      lockedUntilTime = null;
      wrongAttempts = 0;
    }
    return lockedUntilTime;
  }

  async function loadAttempts(): Promise<void> {
    if (attemptsLoaded) return;
    ({ wrongAttempts, lockedUntil: lockedUntilTime } = readAttempts(
      (await settings.read())[ATTEMPTS_KEY],
    ));
    // Stored by an earlier run, perhaps before the clock stepped back: never more than one lockout.
    if (lockedUntilTime !== null) lockedUntilTime = Math.min(lockedUntilTime, now() + LOCKOUT_MS);
    attemptsLoaded = true; // only after a good read: a busy file is read again next time
  }

  async function saveAttempts(): Promise<void> {
    try {
      await settings.write(ATTEMPTS_KEY, { wrongAttempts, lockedUntil: lockedUntilTime });
    } catch (error) {
      options.log.error('staff-pin-attempts-not-saved', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /** The settings could not be used: logged with the file and why; the pad says so. */
  function failClosed(error: unknown): typeof SETTINGS_DAMAGED {
    if (!(error instanceof SettingsUnreadableError)) throw error;
    options.log.error('staff-settings-unreadable', { file: error.file, reason: error.reason });
    return SETTINGS_DAMAGED;
  }

  async function attempt(pin: string, purpose: 'unlock' | 'change'): Promise<UnlockResult> {
    try {
      return await checkAttempt(pin, purpose);
    } catch (error) {
      return failClosed(error);
    }
  }

  async function checkAttempt(pin: string, purpose: 'unlock' | 'change'): Promise<UnlockResult> {
    await loadAttempts();
    const lock = currentLock();
    if (lock !== null) {
      const lockedUntil = onWallClock(lock);
      options.log.warn('staff-pin-attempt', { purpose, result: 'locked-out', lockedUntil });
      return { ok: false, attemptsLeft: 0, lockedUntil };
    }
    const matches = PinSchema.safeParse(pin).success && (await verifyPin(pin, await storedHash()));
    if (matches) {
      const hadWrongAttempts = wrongAttempts > 0;
      wrongAttempts = 0;
      if (hadWrongAttempts) await saveAttempts();
      options.log.info('staff-pin-attempt', { purpose, result: 'accepted' });
      return { ok: true };
    }
    wrongAttempts += 1;
    const attemptsLeft = Math.max(0, MAX_WRONG_ATTEMPTS - wrongAttempts);
    if (attemptsLeft === 0) lockedUntilTime = now() + LOCKOUT_MS;
    await saveAttempts();
    options.log.warn('staff-pin-attempt', {
      purpose,
      result: 'wrong',
      wrongAttempts,
      lockedUntil: onWallClock(lockedUntilTime),
    });
    return { ok: false, attemptsLeft, lockedUntil: onWallClock(lockedUntilTime) };
  }

  return {
    check: (pin) => serial(() => attempt(pin, 'unlock')),
    change: (current, next) =>
      serial(async (): Promise<ChangePinResult> => {
        if (!PinSchema.safeParse(next).success) {
          return {
            ok: false,
            reason: 'new-pin-invalid',
            error: 'The new PIN must be 4 to 8 digits.',
          };
        }
        const verdict = await attempt(current, 'change');
        if (!verdict.ok) return changeRefused(verdict);
        try {
          await settings.write(SETTINGS_KEY, await hashPin(next));
        } catch (error) {
          return changeRefused(failClosed(error));
        }
        options.log.info('staff-pin-changed');
        return { ok: true };
      }),
    lockedUntil: currentLock,
  };
}
