// Runs in: Node (tests). Installing a content pack into the override folder: a good pack is staged,
// verified again and swapped in whole; every broken pack in the catalogue is refused with its own
// code, and the running content (the override folder and everything beside it) stays byte for byte.
import {
  appendFile,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PackRefusalCode } from '../../../common/content-pack';
import { PACK_FORMAT_VERSION } from '../../../common/content-pack';
import { FILE_SIZE_BUDGETS } from '../../../common/image-budgets';
import {
  installPack,
  recoverInterruptedInstall,
} from '../../../electron/main/content/pack/install-pack';
import { readContentFolder } from '../../../electron/main/content/load-content';
import { makeTempDir, removeDir } from './support/content-folder';
import {
  firstImage,
  fingerprintTree,
  makePack,
  readManifest,
  relistFiles,
  writeManifest,
  nth,
} from './support/pack-fixtures';

let userDataDir: string;
let overrideDir: string;
let outside: string;
const cleanup: string[] = [];

beforeEach(async () => {
  userDataDir = await makeTempDir('kiosk-user-data-');
  outside = await makeTempDir('outside-');
  overrideDir = join(userDataDir, 'content');
  cleanup.push(userDataDir, outside);
  // The kiosk already runs an installed pack: the one a broken pack must not disturb.
  const running = await makePack({ heroes: 1, label: 'Running' });
  cleanup.push(join(running, '..'));
  const first = await installPack(running, overrideDir);
  if (!first.ok) throw new Error('could not install the running pack');
});

afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((dir) => removeDir(dir)));
});

async function freshPack(): Promise<string> {
  const folder = await makePack({ heroes: 2, label: 'New' });
  cleanup.push(join(folder, '..'));
  return folder;
}

type Defect = (pack: string) => Promise<void>;

const BROKEN_PACKS: [string, PackRefusalCode, Defect][] = [
  [
    'a photo with other bytes of the same size',
    'wrong-hash',
    async (pack) => {
      const path = join(pack, await firstImage(pack));
      const bytes = await readFile(path);
      bytes[100] = (bytes[100] ?? 0) ^ 0x01;
      await writeFile(path, bytes);
    },
  ],
  [
    'a photo cut short on the way',
    'wrong-hash',
    async (pack) => {
      const path = join(pack, await firstImage(pack));
      await writeFile(path, (await readFile(path)).subarray(0, 200));
    },
  ],
  [
    'content.json edited after packing',
    'wrong-hash',
    async (pack) => appendFile(join(pack, 'content.json'), ' '),
  ],
  ['a missing photo', 'missing-file', async (pack) => rm(join(pack, await firstImage(pack)))],
  ['a missing content.json', 'missing-file', async (pack) => rm(join(pack, 'content.json'))],
  [
    'a file pack.json does not list',
    'extra-file',
    async (pack) => writeFile(join(pack, 'assets', 'notes.txt'), 'hello'),
  ],
  [
    'a listed file content.json does not use',
    'extra-file',
    async (pack) => {
      await writeFile(join(pack, 'assets', 'spare.webp'), 'spare');
      await relistFiles(pack, ['assets/spare.webp']);
    },
  ],
  [
    'a listed path with ../',
    'unsafe-path',
    async (pack) => {
      await writeFile(join(pack, '..', 'evil.webp'), 'evil');
      const manifest = await readManifest(pack);
      manifest.files.push({ path: '../evil.webp', size: 4, sha256: '0'.repeat(64) });
      await writeManifest(pack, manifest);
    },
  ],
  [
    'an absolute listed path',
    'unsafe-path',
    async (pack) => {
      const manifest = await readManifest(pack);
      manifest.files.push({ path: '/etc/hostname', size: 1, sha256: '0'.repeat(64) });
      await writeManifest(pack, manifest);
    },
  ],
  [
    'a Windows drive path',
    'unsafe-path',
    async (pack) => {
      const manifest = await readManifest(pack);
      nth(manifest.files, 0).path = 'C:\\Windows\\win.ini';
      await writeManifest(pack, manifest);
    },
  ],
  [
    'a photo that is a symbolic link out of the pack',
    'unsafe-path',
    async (pack) => {
      const image = await firstImage(pack);
      await rename(join(pack, image), join(outside, 'photo.webp'));
      await symlink(join(outside, 'photo.webp'), join(pack, image));
    },
  ],
  [
    'a newer pack format',
    'newer-format',
    async (pack) => {
      const manifest = await readManifest(pack);
      await writeManifest(pack, { ...manifest, formatVersion: PACK_FORMAT_VERSION + 1 });
    },
  ],
  ['no pack.json', 'manifest-invalid', async (pack) => rm(join(pack, 'pack.json'))],
  [
    'pack.json that is not JSON',
    'manifest-invalid',
    async (pack) => writeFile(join(pack, 'pack.json'), '{"files": ['),
  ],
  [
    'a file listed twice',
    'manifest-invalid',
    async (pack) => {
      const manifest = await readManifest(pack);
      manifest.files.push(nth(manifest.files, 0));
      await writeManifest(pack, manifest);
    },
  ],
  [
    'content.json that is not valid content (re-hashed to match)',
    'invalid-content',
    async (pack) => {
      const content = JSON.parse(await readFile(join(pack, 'content.json'), 'utf8')) as {
        heroes: { name: { kk: string } }[];
      };
      nth(content.heroes, 0).name.kk = '';
      await writeFile(join(pack, 'content.json'), JSON.stringify(content));
      await relistFiles(pack);
    },
  ],
  [
    'content.json naming a photo the pack lacks (re-hashed to match)',
    'missing-file',
    async (pack) => {
      const text = await readFile(join(pack, 'content.json'), 'utf8');
      const image = await firstImage(pack);
      await writeFile(join(pack, 'content.json'), text.replace(image, 'assets/elsewhere.webp'));
      await rm(join(pack, image));
      const manifest = await readManifest(pack);
      manifest.files = manifest.files.filter((file) => file.path !== image);
      await writeManifest(pack, manifest);
      await relistFiles(pack);
    },
  ],
  [
    'a portrait over its budget (re-hashed to match)',
    'image-over-budget',
    async (pack) => {
      const manifest = await readManifest(pack);
      const portrait = manifest.files.find((file) => file.path.includes('portrait'));
      if (!portrait) throw new Error('no portrait in the fixture');
      await appendFile(join(pack, portrait.path), Buffer.alloc(FILE_SIZE_BUDGETS.portrait));
      await relistFiles(pack);
    },
  ],
];

describe('a broken pack is refused and the running content stays byte for byte', () => {
  it.each(BROKEN_PACKS)('%s: %s', async (_name, code, breakPack) => {
    const pack = await freshPack();
    await breakPack(pack);
    const before = await fingerprintTree(userDataDir);

    const outcome = await installPack(pack, overrideDir);

    expect(outcome).toMatchObject({ ok: false, refusal: { code } });
    expect(await fingerprintTree(userDataDir)).toBe(before);
  });
});

describe('installPack', () => {
  it('swaps the new pack in whole and keeps the replaced folder as content.previous', async () => {
    const runningManifest = await readFile(join(overrideDir, 'pack.json'), 'utf8');
    const pack = await freshPack();

    const outcome = await installPack(pack, overrideDir);

    expect(outcome).toMatchObject({ ok: true, pack: { directory: overrideDir } });
    const loaded = await readContentFolder(overrideDir);
    expect(loaded.ok && loaded.content.heroes.length).toBe(2);
    expect(await readFile(join(overrideDir, 'pack.json'), 'utf8')).toBe(
      await readFile(join(pack, 'pack.json'), 'utf8'),
    );
    expect(await readFile(join(overrideDir + '.previous', 'pack.json'), 'utf8')).toBe(
      runningManifest,
    );
    expect((await readdir(userDataDir)).sort()).toEqual(['content', 'content.previous']);
  });

  it('copies no clutter from the stick', async () => {
    const pack = await freshPack();
    await writeFile(join(pack, '.DS_Store'), 'finder');
    expect((await installPack(pack, overrideDir)).ok).toBe(true);
    expect(await readdir(overrideDir)).not.toContain('.DS_Store');
  });

  it('a failure during the swap leaves the running content as it was', async () => {
    const pack = await freshPack();
    const before = await fingerprintTree(userDataDir);
    const outcome = await installPack(pack, overrideDir, {
      beforeSwap: () => {
        throw new Error('disk full');
      },
    });
    expect(outcome).toEqual({
      ok: false,
      refusal: { code: 'install-failed', error: 'disk full' },
    });
    expect(await fingerprintTree(userDataDir)).toBe(before);
  });

  it('installs into a kiosk that has no override folder yet', async () => {
    await rm(overrideDir, { recursive: true });
    const outcome = await installPack(await freshPack(), overrideDir);
    expect(outcome.ok).toBe(true);
    expect((await readContentFolder(overrideDir)).ok).toBe(true);
  });
});

describe('recoverInterruptedInstall', () => {
  it('puts the old folder back when the power went between the two renames', async () => {
    const before = await fingerprintTree(overrideDir);
    await rename(overrideDir, overrideDir + '.swapping');
    await mkdir(overrideDir + '.staging-0badf00d');
    await recoverInterruptedInstall(overrideDir);
    expect(await fingerprintTree(overrideDir)).toBe(before);
    expect(await readdir(userDataDir)).toEqual(['content']);
  });

  it('finishes a swap whose new folder is already in place', async () => {
    await rename(overrideDir, overrideDir + '.swapping');
    await mkdir(overrideDir);
    await writeFile(join(overrideDir, 'content.json'), '{}');
    await recoverInterruptedInstall(overrideDir);
    expect((await readdir(userDataDir)).sort()).toEqual(['content', 'content.previous']);
    expect(await readFile(join(overrideDir, 'content.json'), 'utf8')).toBe('{}');
  });
});
