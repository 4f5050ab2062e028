// Runs in: Node (tests). Writing a content pack and verifying it as a kiosk does: the manifest, the
// paths, the files, the hashes, the content and the image budgets.
import { appendFile, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PACK_FORMAT_VERSION,
  PackManifestSchema,
  PackRefusalSchema,
} from '../../../common/content-pack';
import type { PackRefusal } from '../../../common/content-pack';
import { FILE_SIZE_BUDGETS } from '../../../common/image-budgets';
import {
  isSafePackPath,
  isSystemClutter,
  packHash,
} from '../../../electron/main/content/pack/pack-files';
import { describePackRefusal, verifyPack } from '../../../electron/main/content/pack/verify-pack';
import { packFolderName, writePack } from '../../../electron/main/content/pack/write-pack';
import { createContentFolder, makeTempDir, removeDir } from './support/content-folder';
import {
  firstImage,
  makePack,
  PACK_TIME,
  readManifest,
  relistFiles,
  writeManifest,
  nth,
} from './support/pack-fixtures';

const cleanup: string[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((dir) => removeDir(dir)));
});

async function pack(options: Parameters<typeof makePack>[0] = {}): Promise<string> {
  const folder = await makePack(options);
  cleanup.push(join(folder, '..'));
  return folder;
}

describe('writePack', () => {
  it('writes content.json, only the images it names, and pack.json listing each with size and sha256', async () => {
    const contentDir = await createContentFolder({ heroes: 2 });
    cleanup.push(contentDir);
    // An image the content does not use must stay behind.
    await writeFile(join(contentDir, 'assets', 'unused.webp'), 'not used');
    const outDir = await makeTempDir('pack-out-');
    cleanup.push(outDir);

    const result = await writePack({
      contentDir,
      outDir,
      label: '  April opening  ',
      appVersion: '0.1.0',
      now: PACK_TIME,
    });

    if (!result.ok) throw new Error(result.message);
    expect(basename(result.folder)).toMatch(/^heroes-content-2022-04-01-[0-9a-f]{12}$/);
    const manifest = PackManifestSchema.parse(await readManifest(result.folder));
    expect(manifest).toMatchObject({
      formatVersion: PACK_FORMAT_VERSION,
      appVersion: '0.1.0',
      createdAt: PACK_TIME.toISOString(),
      label: 'April opening',
    });
    const paths = manifest.files.map((file) => file.path);
    expect(paths).toContain('content.json');
    expect(paths).not.toContain('assets/unused.webp');
    expect(paths.length).toBe(5); // content.json + portrait and thumbnail of 2 heroes
    expect(await readFile(join(result.folder, 'content.json'))).toEqual(
      await readFile(join(contentDir, 'content.json')),
    );
    expect(basename(result.folder)).toBe(packFolderName(PACK_TIME, result.hash));
    expect(result.hash).toBe(packHash(manifest.files));
  });

  it('refuses a content folder a kiosk would refuse, and leaves no folder behind', async () => {
    const contentDir = await createContentFolder({
      heroes: 1,
      mutate: (content) => {
        nth(content.heroes, 0).photo.thumbnail = 'assets/missing.webp';
      },
    });
    cleanup.push(contentDir);
    const outDir = await makeTempDir('pack-out-');
    cleanup.push(outDir);
    const result = await writePack({ contentDir, outDir, label: 'x', appVersion: '0.1.0' });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'invalid-content' } });
    expect(await readdir(outDir)).toEqual([]);
  });

  it('gives the same hash to the same content, whatever the label and date', async () => {
    const first = await pack({ label: 'one' });
    const second = await pack({ label: 'two', now: new Date('2022-04-09T10:00:00Z') });
    expect(packHash((await readManifest(first)).files)).toBe(
      packHash((await readManifest(second)).files),
    );
  });
});

describe('pack paths', () => {
  it.each(['content.json', 'assets/heroes/a/portrait.webp', 'a.b-c_d'])('accepts %s', (path) => {
    expect(isSafePackPath(path)).toBe(true);
  });
  it.each([
    '../content.json',
    'assets/../../x',
    '/etc/passwd',
    'C:\\x.webp',
    'C:x',
    'assets\\x.webp',
    'assets//x',
    './x',
    '',
    'a\nb',
  ])('refuses %j', (path) => {
    expect(isSafePackPath(path)).toBe(false);
  });
  it('knows the clutter Finder and Explorer leave', () => {
    expect(
      ['.DS_Store', '._portrait.webp', 'Thumbs.db', 'desktop.ini'].every(isSystemClutter),
    ).toBe(true);
    expect(isSystemClutter('portrait.webp')).toBe(false);
  });
});

describe('verifyPack', () => {
  it('accepts a fresh pack and returns its content and hash', async () => {
    const folder = await pack();
    const result = await verifyPack(folder);
    if (!result.ok) throw new Error(describePackRefusal(result.refusal));
    expect(result.pack.content.heroes).toHaveLength(2);
    expect(result.pack.hash).toBe(packHash((await readManifest(folder)).files));
  });

  it('ignores .DS_Store and Thumbs.db left by a laptop that opened the stick', async () => {
    const folder = await pack();
    await writeFile(join(folder, '.DS_Store'), 'finder');
    await writeFile(join(folder, 'assets', 'Thumbs.db'), 'explorer');
    expect((await verifyPack(folder)).ok).toBe(true);
  });

  it('reads hashes only when asked: listing checks sizes, installing checks every byte', async () => {
    const folder = await pack();
    const image = join(folder, await firstImage(folder));
    const bytes = await readFile(image);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff; // same size, other bytes
    await writeFile(image, bytes);
    expect((await verifyPack(folder, { checkHashes: false })).ok).toBe(true);
    expect(await verifyPack(folder)).toMatchObject({ ok: false, refusal: { code: 'wrong-hash' } });
    await appendFile(image, 'x');
    expect(await verifyPack(folder, { checkHashes: false })).toMatchObject({
      ok: false,
      refusal: { code: 'wrong-hash' },
    });
  });

  it('reads the format version before anything else, so a newer pack says so', async () => {
    const folder = await pack();
    await writeManifest(folder, { formatVersion: PACK_FORMAT_VERSION + 1, whatever: true });
    expect(await verifyPack(folder)).toEqual({
      ok: false,
      refusal: {
        code: 'newer-format',
        formatVersion: PACK_FORMAT_VERSION + 1,
        supported: PACK_FORMAT_VERSION,
      },
    });
  });

  it('refuses an image over its budget even when pack.json agrees with it', async () => {
    const folder = await pack();
    const manifest = await readManifest(folder);
    const thumbnail = manifest.files.find((file) => file.path.includes('thumb'));
    if (!thumbnail) throw new Error('no thumbnail in the fixture');
    await appendFile(join(folder, thumbnail.path), Buffer.alloc(FILE_SIZE_BUDGETS.thumbnail));
    await relistFiles(folder);
    const result = await verifyPack(folder);
    expect(result).toMatchObject({
      ok: false,
      refusal: { code: 'image-over-budget', path: thumbnail.path, maxBytes: 120 * 1024 },
    });
  });

  it('refuses a symbolic link to a folder', async () => {
    const folder = await pack();
    const outside = await makeTempDir('outside-');
    cleanup.push(outside);
    await symlink(outside, join(folder, 'assets', 'more'));
    expect(await verifyPack(folder)).toEqual({
      ok: false,
      refusal: { code: 'unsafe-path', path: 'assets/more' },
    });
  });

  it('words every refusal in one English line and keeps to the contract schema', () => {
    const refusals: PackRefusal[] = [
      { code: 'manifest-invalid', error: 'ENOENT' },
      { code: 'newer-format', formatVersion: 2, supported: 1 },
      { code: 'unsafe-path', path: '../x' },
      { code: 'extra-file', path: 'x' },
      { code: 'missing-file', path: 'x' },
      { code: 'wrong-hash', path: 'x' },
      { code: 'invalid-content', problems: [{ field: 'heroes', message: 'bad' }], problemCount: 4 },
      { code: 'image-over-budget', path: 'x', bytes: 2, maxBytes: 1 },
      { code: 'pack-gone' },
      { code: 'content-dir-in-use', directory: '/d' },
      { code: 'install-failed', error: 'ENOSPC' },
    ];
    for (const refusal of refusals) {
      expect(PackRefusalSchema.parse(refusal)).toEqual(refusal);
      expect(describePackRefusal(refusal)).not.toContain('\n');
    }
    expect(describePackRefusal(nth(refusals, 6))).toBe(
      'content.json is not valid: heroes: bad; and 3 more',
    );
  });
});
