// Runs in: Node (tests). The staff PIN: salted hashes only, lockout after five wrong attempts.
import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangePinResultSchema } from '../../../common/ipc-contract';
import { silentLogger } from '../../../electron/main/log/logger';
import type { Logger } from '../../../electron/main/log/logger';
import {
  FIRST_RUN_PIN,
  LOCKOUT_MS,
  MAX_WRONG_ATTEMPTS,
  createPinStore,
} from '../../../electron/main/staff/pin-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (event: string, details?: Record<string, unknown>) =>
    void lines.push(`${event} ${JSON.stringify(details ?? {})}`);
  return { lines, info: push, warn: push, error: push };
}

describe('PIN store', () => {
  it('accepts the first-run PIN and stores only a salted hash', async () => {
    const file = join(dir, 'settings.json');
    const store = createPinStore({ settingsFile: file, log: silentLogger });
    expect(await store.check(FIRST_RUN_PIN)).toEqual({ ok: true });
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(FIRST_RUN_PIN);
    expect(JSON.parse(text).staffPin).toMatchObject({ algorithm: 'scrypt' });
  });

  it('gives two stores with the same PIN different hashes', async () => {
    const first = join(dir, 'a.json');
    const second = join(dir, 'b.json');
    await createPinStore({ settingsFile: first, log: silentLogger }).check(FIRST_RUN_PIN);
    await createPinStore({ settingsFile: second, log: silentLogger }).check(FIRST_RUN_PIN);
    const a = JSON.parse(await readFile(first, 'utf8')).staffPin;
    const b = JSON.parse(await readFile(second, 'utf8')).staffPin;
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('changes the PIN: the new one works, the old one no longer does, the file has neither', async () => {
    const file = join(dir, 'settings.json');
    const store = createPinStore({ settingsFile: file, log: silentLogger });
    expect(await store.change(FIRST_RUN_PIN, '48151623')).toEqual({ ok: true });
    expect((await store.check(FIRST_RUN_PIN)).ok).toBe(false);
    expect(await store.check('48151623')).toEqual({ ok: true });
    // A fresh store (after a restart) reads the changed hash from the file.
    const restarted = createPinStore({ settingsFile: file, log: silentLogger });
    expect(await restarted.check('48151623')).toEqual({ ok: true });
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('48151623');
    expect(text).not.toContain(FIRST_RUN_PIN);
  });

  it('refuses a change with the wrong current PIN or a malformed new one, naming why', async () => {
    const store = createPinStore({ settingsFile: join(dir, 's.json'), log: silentLogger });
    const wrongPin = await store.change('0000', '1234');
    expect(wrongPin).toMatchObject({
      ok: false,
      reason: 'wrong-pin',
      attemptsLeft: MAX_WRONG_ATTEMPTS - 1,
    });
    const malformed = await store.change(FIRST_RUN_PIN, '12');
    expect(malformed).toMatchObject({ ok: false, reason: 'new-pin-invalid' });
    // The contract's schema accepts both answers, English `error` included (older panels show it).
    for (const result of [wrongPin, malformed]) {
      expect(ChangePinResultSchema.parse(result)).toEqual(result);
      expect(result.ok === false && result.error).toMatch(/PIN/);
    }
    expect(await store.check(FIRST_RUN_PIN)).toEqual({ ok: true });
  });

  it('refuses a change while the pad is locked out, saying until when', async () => {
    let now = 1_000_000;
    const store = createPinStore({
      settingsFile: join(dir, 's.json'),
      log: silentLogger,
      now: () => now,
    });
    for (let attempt = 1; attempt < MAX_WRONG_ATTEMPTS; attempt += 1) {
      expect(await store.change('0000', '1234')).toMatchObject({ reason: 'wrong-pin' });
    }
    const lockedOut = await store.change('0000', '1234');
    expect(lockedOut).toEqual({
      ok: false,
      reason: 'locked-out',
      lockedUntil: now + LOCKOUT_MS,
      error: expect.any(String),
    });
    expect(ChangePinResultSchema.parse(lockedOut)).toEqual(lockedOut);
    // Even the right PIN is refused until the lockout is over.
    now += 1000;
    expect(await store.change(FIRST_RUN_PIN, '1234')).toMatchObject({
      reason: 'locked-out',
      lockedUntil: 1_000_000 + LOCKOUT_MS,
    });
  });

  it('locks for five minutes after five wrong attempts, then opens again', async () => {
    let time = 1_000_000;
    const log = recordingLogger();
    const store = createPinStore({
      settingsFile: join(dir, 'settings.json'),
      log,
      now: () => time,
    });
    for (let attempt = 1; attempt < MAX_WRONG_ATTEMPTS; attempt += 1) {
      expect(await store.check('1111')).toEqual({
        ok: false,
        attemptsLeft: MAX_WRONG_ATTEMPTS - attempt,
        lockedUntil: null,
      });
    }
    expect(await store.check('1111')).toEqual({
      ok: false,
      attemptsLeft: 0,
      lockedUntil: time + LOCKOUT_MS,
    });
    // Even the right PIN is refused while locked.
    time += LOCKOUT_MS - 1;
    expect(await store.check(FIRST_RUN_PIN)).toMatchObject({ ok: false, attemptsLeft: 0 });
    time += 1;
    expect(store.lockedUntil()).toBeNull();
    expect(await store.check(FIRST_RUN_PIN)).toEqual({ ok: true });
    // Every attempt is logged, the digits never are.
    const attempts = log.lines.filter((line) => line.startsWith('staff-pin-attempt'));
    expect(attempts).toHaveLength(MAX_WRONG_ATTEMPTS + 2);
    expect(log.lines.join('\n')).not.toContain('1111');
    expect(log.lines.join('\n')).not.toContain(FIRST_RUN_PIN);
  });

  it('keeps the count of wrong attempts and the lockout across a restart', async () => {
    let time = 5_000_000;
    const file = join(dir, 'settings.json');
    const first = createPinStore({ settingsFile: file, log: silentLogger, now: () => time });
    for (let attempt = 0; attempt < MAX_WRONG_ATTEMPTS - 1; attempt += 1) await first.check('1111');
    const restarted = createPinStore({ settingsFile: file, log: silentLogger, now: () => time });
    expect(await restarted.check('1111')).toMatchObject({
      attemptsLeft: 0,
      lockedUntil: time + LOCKOUT_MS,
    });
    const again = createPinStore({ settingsFile: file, log: silentLogger, now: () => time });
    expect(await again.check(FIRST_RUN_PIN)).toMatchObject({ ok: false, attemptsLeft: 0 });
    time += LOCKOUT_MS;
    expect(await again.check(FIRST_RUN_PIN)).toEqual({ ok: true });
  });

  it('a right PIN resets the count of wrong ones', async () => {
    const store = createPinStore({ settingsFile: join(dir, 's.json'), log: silentLogger });
    for (let attempt = 1; attempt < MAX_WRONG_ATTEMPTS; attempt += 1) await store.check('9999');
    expect(await store.check(FIRST_RUN_PIN)).toEqual({ ok: true });
    expect(await store.check('9999')).toMatchObject({ attemptsLeft: MAX_WRONG_ATTEMPTS - 1 });
  });
});

describe('PIN store with damaged or unreadable settings: fails closed', () => {
  /** A settings file whose PIN staff changed to 48151623, as on a kiosk in use. */
  async function kioskSettings(): Promise<string> {
    const file = join(dir, 'settings.json');
    const store = createPinStore({ settingsFile: file, log: silentLogger });
    expect(await store.change(FIRST_RUN_PIN, '48151623')).toEqual({ ok: true });
    return file;
  }

  it('a trailing comma left by a hand edit: no PIN opens the panel, the file stays as it is', async () => {
    const file = await kioskSettings();
    const damaged = (await readFile(file, 'utf8')).replace(/\}\s*$/, ',}\n');
    await writeFile(file, damaged);
    const log = recordingLogger();
    const store = createPinStore({ settingsFile: file, log });
    for (const pin of [FIRST_RUN_PIN, '48151623', '0000']) {
      expect(await store.check(pin)).toEqual({ ok: false, reason: 'settings-damaged' });
    }
    expect(await store.change(FIRST_RUN_PIN, '1234')).toMatchObject({
      ok: false,
      reason: 'settings-damaged',
    });
    expect(await readFile(file, 'utf8')).toBe(damaged);
    const logged = log.lines.find((line) => line.startsWith('staff-settings-unreadable'));
    expect(logged).toContain(file.replace(/\\/g, '\\\\'));
    expect(logged).toMatch(/JSON/);
  });

  it('one failed read (EBUSY on Windows) does not bring back the first-run PIN', async () => {
    const file = await kioskSettings();
    const before = await readFile(file, 'utf8');
    let busy = true;
    const log = recordingLogger();
    const store = createPinStore({
      settingsFile: file,
      log,
      settingsFileSystem: {
        ...fsPromises,
        readFile: (async (path: string, encoding: BufferEncoding) => {
          if (busy) {
            throw Object.assign(new Error(`EBUSY: resource busy or locked, open '${path}'`), {
              code: 'EBUSY',
            });
          }
          return fsPromises.readFile(path, encoding);
        }) as typeof fsPromises.readFile,
      },
    });
    expect(await store.check(FIRST_RUN_PIN)).toEqual({ ok: false, reason: 'settings-damaged' });
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(log.lines.join('\n')).toMatch(/staff-settings-unreadable .*EBUSY/);
    // Once the file can be read again, the staff's own PIN works and the first-run one does not.
    busy = false;
    expect(await store.check(FIRST_RUN_PIN)).toMatchObject({ ok: false, attemptsLeft: 4 });
    expect(await store.check('48151623')).toEqual({ ok: true });
  });

  it('a staffPin entry that is not a PIN hash counts as damaged, not as a first run', async () => {
    const file = join(dir, 'settings.json');
    await writeFile(file, JSON.stringify({ staffPin: '202204' }));
    const store = createPinStore({ settingsFile: file, log: silentLogger });
    expect(await store.check(FIRST_RUN_PIN)).toEqual({ ok: false, reason: 'settings-damaged' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ staffPin: '202204' });
  });

  it('a settings file without a PIN yet (other settings only) is still a first run', async () => {
    const file = join(dir, 'settings.json');
    await writeFile(file, JSON.stringify({ other: 1 }));
    const store = createPinStore({ settingsFile: file, log: silentLogger });
    expect(await store.check(FIRST_RUN_PIN)).toEqual({ ok: true });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ other: 1 });
  });
});

describe('PIN lockout when the wall clock jumps', () => {
  const HOUR = 3_600_000;
  afterEach(() => vi.useRealTimers());

  async function lockOut(store: ReturnType<typeof createPinStore>): Promise<void> {
    for (let attempt = 0; attempt < MAX_WRONG_ATTEMPTS; attempt += 1) await store.check('1111');
    expect(store.lockedUntil()).not.toBeNull();
  }

  it('a lockout lasts its five minutes of real time, though the clock steps back 5 hours', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'performance'] });
    vi.setSystemTime(new Date('2022-04-01T10:00:00Z'));
    const store = createPinStore({ settingsFile: join(dir, 'settings.json'), log: silentLogger });
    await lockOut(store);
    vi.setSystemTime(new Date('2022-04-01T05:00:00Z')); // NTP corrects a local-time hardware clock
    vi.advanceTimersByTime(LOCKOUT_MS - 1000);
    expect(await store.check(FIRST_RUN_PIN)).toMatchObject({ ok: false, attemptsLeft: 0 });
    vi.advanceTimersByTime(1000);
    expect(await store.check(FIRST_RUN_PIN)).toEqual({ ok: true });
  });

  it('tells the pad when it opens in wall-clock time, after the clock stepped back in this run', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'performance'] });
    vi.setSystemTime(new Date('2022-04-01T10:00:00Z'));
    const store = createPinStore({ settingsFile: join(dir, 'settings.json'), log: silentLogger });
    vi.setSystemTime(new Date('2022-04-01T05:00:00Z')); // corrected before anyone typed a PIN
    for (let attempt = 1; attempt < MAX_WRONG_ATTEMPTS; attempt += 1) await store.check('1111');
    // The renderer counts down against its own Date.now(): the answer must be in that clock.
    expect(await store.check('1111')).toMatchObject({ lockedUntil: Date.now() + LOCKOUT_MS });
    vi.advanceTimersByTime(60_000);
    expect(await store.check('1111')).toMatchObject({
      lockedUntil: Date.now() + LOCKOUT_MS - 60_000,
    });
  });

  it('a stored lockout is clamped to its length from now after a restart', async () => {
    const file = join(dir, 'settings.json');
    let time = Date.UTC(2022, 3, 1, 15);
    await lockOut(createPinStore({ settingsFile: file, log: silentLogger, now: () => time }));
    // Restarted with the clock 5 hours back: the stored lockedUntil is 5 h 5 min ahead.
    time -= 5 * HOUR;
    const restarted = createPinStore({ settingsFile: file, log: silentLogger, now: () => time });
    expect(await restarted.check(FIRST_RUN_PIN)).toMatchObject({
      ok: false,
      lockedUntil: time + LOCKOUT_MS,
    });
    time += LOCKOUT_MS;
    expect(await restarted.check(FIRST_RUN_PIN)).toEqual({ ok: true });
  });
});
