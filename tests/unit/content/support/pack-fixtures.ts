// Runs in: Node (vitest, and the Playwright pack spec). Content packs made from the shipped content,
// ways to break them one defect at a time, and a fingerprint of a whole folder tree to prove that a
// refused pack left the running content byte-for-byte as it was.
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackManifest } from '../../../../common/content-pack';
import { PACK_MANIFEST_FILE } from '../../../../common/content-pack';
import { sha256File } from '../../../../electron/main/content/pack/pack-files';
import { writePack } from '../../../../electron/main/content/pack/write-pack';
import type { ContentFolderOptions } from './content-folder';
import { createContentFolder, makeTempDir, removeDir } from './content-folder';

export const PACK_TIME = new Date('2022-04-01T09:00:00Z');

export interface PackOptions extends Pick<ContentFolderOptions, 'heroes' | 'mutate'> {
  label?: string;
  /** Folder to write the pack into (a stand-in for a USB stick); a new temp folder without. */
  outDir?: string;
  now?: Date;
}

/** Writes a valid pack of the shipped content (2 heroes unless told) and returns its folder. */
export async function makePack(options: PackOptions = {}): Promise<string> {
  const contentDir = await createContentFolder({ heroes: options.heroes, mutate: options.mutate });
  try {
    const result = await writePack({
      contentDir,
      outDir: options.outDir ?? (await makeTempDir('pack-out-')),
      label: options.label ?? 'Test pack',
      appVersion: '0.1.0',
      now: options.now ?? PACK_TIME,
    });
    if (!result.ok) throw new Error(`fixture pack refused: ${result.message}`);
    return result.folder;
  } finally {
    await removeDir(contentDir);
  }
}

export async function readManifest(folder: string): Promise<PackManifest> {
  return JSON.parse(await readFile(join(folder, PACK_MANIFEST_FILE), 'utf8')) as PackManifest;
}

export async function writeManifest(folder: string, manifest: unknown): Promise<void> {
  await writeFile(join(folder, PACK_MANIFEST_FILE), JSON.stringify(manifest, null, 2));
}

/** Makes pack.json match the files again after a test edited one: the defect left is the edit. */
export async function relistFiles(folder: string, extra: readonly string[] = []): Promise<void> {
  const manifest = await readManifest(folder);
  const paths = [...manifest.files.map((file) => file.path), ...extra];
  manifest.files = [];
  for (const path of paths) {
    const file = join(folder, path);
    manifest.files.push({ path, size: (await lstat(file)).size, sha256: await sha256File(file) });
  }
  await writeManifest(folder, manifest);
}

/** The first image pack.json lists (content.json comes after `assets/` in sorted order). */
export async function firstImage(folder: string): Promise<string> {
  const image = (await readManifest(folder)).files.find((file) => file.path.startsWith('assets/'));
  if (!image) throw new Error('the fixture pack has no image');
  return image.path;
}

/** sha256 over every path, type, and byte (or link target) below `dir`: equal means untouched. */
export async function fingerprintTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const paths = entries.map((entry) => join(entry.parentPath, entry.name)).sort();
  for (const path of paths) {
    const info = await lstat(path);
    hash.update(`${path}\0${info.mode}\0`);
    if (info.isSymbolicLink()) hash.update(await readlink(path));
    else if (info.isFile()) hash.update(await readFile(path));
  }
  return hash.digest('hex');
}

/** items[index], failing the test with a clear message when it is not there. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at ${index} of ${items.length}`);
  return item;
}
