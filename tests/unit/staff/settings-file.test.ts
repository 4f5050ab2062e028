// Runs in: Node (tests). The settings file shared by the PIN store and the kiosk name: writes made at
// the same moment through two handles of the same file both survive.
import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SettingsFileSystem } from '../../../electron/main/staff/settings-file';
import { createSettingsFile } from '../../../electron/main/staff/settings-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'settings-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings file', () => {
  it('keeps every key when two handles of the same file write at once', async () => {
    const path = join(dir, 'settings.json');
    const pinSide = createSettingsFile(path);
    const nameSide = createSettingsFile(path);
    await Promise.all([
      pinSide.write('staffPinHash', 'hash'),
      nameSide.write('kiosk', { name: 'Entrance' }),
      pinSide.write('lockout', { failures: 1 }),
    ]);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      staffPinHash: 'hash',
      kiosk: { name: 'Entrance' },
      lockout: { failures: 1 },
    });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('goes on writing after a write that failed', async () => {
    const path = join(dir, 'settings.json');
    const refused = (): Promise<never> => Promise.reject(new Error('EACCES: permission denied'));
    const broken = createSettingsFile(path, {
      ...fsPromises,
      mkdir: refused as SettingsFileSystem['mkdir'],
      open: refused as SettingsFileSystem['open'],
    });
    const working = createSettingsFile(path);
    const [failed, written] = await Promise.allSettled([
      broken.write('a', 1),
      working.write('b', 2),
    ]);
    expect(failed.status).toBe('rejected');
    expect(written.status).toBe('fulfilled');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ b: 2 });
  });
});
