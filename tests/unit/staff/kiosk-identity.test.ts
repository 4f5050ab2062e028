// Runs in: Node (tests). The kiosk's name and id: the host name until staff choose a name, a random id
// made once and kept, names refused with a reason, and nothing lost when the settings cannot be read.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkKioskName, defaultKioskName, kioskNameSlug } from '../../../common/kiosk-name';
import { silentLogger } from '../../../electron/main/log/logger';
import { createKioskIdentityStore } from '../../../electron/main/staff/kiosk-identity';

let dir: string;
let settingsFile: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-identity-'));
  settingsFile = join(dir, 'settings.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

let ids = 0;
const store = (hostname = 'KIOSK-PC-07') =>
  createKioskIdentityStore({
    settingsFile,
    hostname,
    log: silentLogger,
    newId: () => `00000000-0000-4000-8000-00000000000${(ids += 1)}`,
  });

describe('kiosk name rules', () => {
  it.each([
    ['Entrance', { ok: true, name: 'Entrance' }],
    ['  Вход, 1 этаж  ', { ok: true, name: 'Вход, 1 этаж' }],
    ['Кіреберіс', { ok: true, name: 'Кіреберіс' }],
    ['x'.repeat(40), { ok: true, name: 'x'.repeat(40) }],
    ['😀'.repeat(40), { ok: true, name: '😀'.repeat(40) }],
    ['', { ok: false, reason: 'empty' }],
    ['\t \n', { ok: false, reason: 'empty' }],
    ['x'.repeat(41), { ok: false, reason: 'too-long' }],
    ['Hall\u0000A', { ok: false, reason: 'invalid-characters' }],
    ['Hall\u202eA', { ok: false, reason: 'invalid-characters' }],
    ['Hall\u00a0A', { ok: false, reason: 'invalid-characters' }],
  ])('%j', (raw, expected) => {
    expect(checkKioskName(raw)).toEqual(expected);
  });

  it('makes a host name into a name that passes, and a folder-safe slug', () => {
    expect(defaultKioskName('KIOSK-PC-07')).toBe('KIOSK-PC-07');
    expect(defaultKioskName('\u0000\u0001')).toBe('kiosk');
    expect(checkKioskName(defaultKioskName('a'.repeat(80))).ok).toBe(true);
    expect(kioskNameSlug('Entrance, east / 1st floor')).toBe('entrance-east-1st-floor');
    expect(kioskNameSlug('../..')).toBe('kiosk');
    expect(kioskNameSlug('Вход')).toBe('вход');
  });
});

describe('kiosk identity', () => {
  it('is the host name with a random id made once and kept', async () => {
    const first = await store().get();
    expect(first).toEqual({ id: '00000000-0000-4000-8000-000000000001', name: 'KIOSK-PC-07' });
    expect(await store('renamed-pc').get()).toEqual({ ...first, name: 'renamed-pc' });
  });

  it('keeps a name staff chose, and the other settings beside it', async () => {
    await writeFile(settingsFile, JSON.stringify({ staffPin: { hash: 'kept' } }));
    const identity = store();
    const { id } = await identity.get();
    expect(await identity.setName('Entrance')).toEqual({ ok: true, name: 'Entrance' });
    expect(await store('other-host').get()).toEqual({ id, name: 'Entrance' });
    const saved = JSON.parse(await readFile(settingsFile, 'utf8'));
    expect(saved.staffPin).toEqual({ hash: 'kept' });
  });

  it('refuses a bad name with its reason and keeps the old one', async () => {
    const identity = store();
    await identity.setName('Entrance');
    expect(await identity.setName('x'.repeat(41))).toEqual({ ok: false, reason: 'too-long' });
    expect((await identity.get()).name).toBe('Entrance');
  });

  it('two quick renames both land, the last one wins', async () => {
    const identity = store();
    await Promise.all([identity.setName('First'), identity.setName('Second')]);
    expect((await store().get()).name).toBe('Second');
  });

  it('ignores a tampered name or id in the file', async () => {
    await writeFile(settingsFile, JSON.stringify({ kiosk: { id: '../../x', name: 'a\u0000b' } }));
    const identity = await store().get();
    expect(identity.name).toBe('KIOSK-PC-07');
    expect(identity.id).toMatch(/^00000000-/);
  });
});
