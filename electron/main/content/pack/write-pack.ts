// Runs in: main process (the curator studio's "Export pack") and Node tools (`npm run content:pack`).
// Writes a content pack: content.json and only the images it names, copied into a hidden folder
// beside the target, each copy hashed, pack.json written, the result checked exactly as a kiosk
// would check it, and only then renamed to `heroes-content-<date>-<hash>/`. A pack a kiosk would
// refuse is never left behind.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PackFile, PackManifest, PackRefusal } from '../../../../common/content-pack';
import {
  MAX_PACK_LABEL_LENGTH,
  PACK_FOLDER_PREFIX,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  PACK_MANIFEST_FILE,
  PACK_PROBLEMS_SHOWN,
  PACK_SHORT_HASH_LENGTH,
} from '../../../../common/content-pack';
import { listReferencedFiles } from '../check-content-files';
import { CONTENT_FILE_NAME, readContentFolder } from '../load-content';
import { packHash, sha256File } from './pack-files';
import { describePackRefusal, verifyPack } from './verify-pack';
import { writeDurably } from '../../write-durably';

export interface WritePackOptions {
  /** A content folder: content.json and the images it names. */
  contentDir: string;
  /** Where the pack folder is created (a USB stick's root, say). */
  outDir: string;
  label: string;
  appVersion: string;
  now?: Date;
}

export type WritePackResult =
  | { ok: true; folder: string; manifest: PackManifest; hash: string }
  | { ok: false; refusal: PackRefusal; message: string };

/** `heroes-content-2022-04-01-3f2a9c0b1d4e`: the local date it was made, the pack's short hash. */
export function packFolderName(createdAt: Date, hash: string): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${createdAt.getFullYear()}-${pad(createdAt.getMonth() + 1)}-${pad(createdAt.getDate())}`;
  return `${PACK_FOLDER_PREFIX}${date}-${hash.slice(0, PACK_SHORT_HASH_LENGTH)}`;
}

/** "Pack of 2022-04-01 14:05" when the curator gives no label. */
export function defaultPackLabel(createdAt: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `Pack of ${createdAt.getFullYear()}-${pad(createdAt.getMonth() + 1)}-${pad(createdAt.getDate())} ` +
    `${pad(createdAt.getHours())}:${pad(createdAt.getMinutes())}`
  );
}

/** Copies and flushes to the device: staff pull the stick right after the export. */
async function copyDurably(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
  const handle = await open(to, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function copyIntoPack(
  contentDir: string,
  folder: string,
  paths: string[],
): Promise<PackFile[]> {
  const files: PackFile[] = [];
  for (const path of paths) {
    const target = join(folder, path);
    await copyDurably(join(contentDir, path), target);
    // The copy's own bytes are what the pack vouches for.
    files.push({ path, size: (await stat(target)).size, sha256: await sha256File(target) });
  }
  return files;
}

function refused(refusal: PackRefusal): WritePackResult {
  return { ok: false, refusal, message: describePackRefusal(refusal) };
}

export async function writePack(options: WritePackOptions): Promise<WritePackResult> {
  const createdAt = options.now ?? new Date();
  const label = options.label.trim().slice(0, MAX_PACK_LABEL_LENGTH) || defaultPackLabel(createdAt);
  const source = await readContentFolder(options.contentDir);
  if (!source.ok) {
    return refused({
      code: 'invalid-content',
      problems: source.problems.slice(0, PACK_PROBLEMS_SHOWN),
      problemCount: source.problems.length,
    });
  }
  const paths = [
    CONTENT_FILE_NAME,
    ...new Set(listReferencedFiles(source.content).map((file) => file.path)),
  ].sort();
  await mkdir(options.outDir, { recursive: true });
  const working = join(
    options.outDir,
    `.${PACK_FOLDER_PREFIX}writing-${randomBytes(4).toString('hex')}`,
  );
  try {
    const files = await copyIntoPack(options.contentDir, working, paths);
    const manifest: PackManifest = {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      appVersion: options.appVersion,
      createdAt: createdAt.toISOString(),
      label,
      files,
    };
    await writeDurably(join(working, PACK_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    const check = await verifyPack(working);
    if (!check.ok) {
      await rm(working, { recursive: true, force: true });
      return refused(check.refusal);
    }
    const hash = packHash(files);
    const folder = join(options.outDir, packFolderName(createdAt, hash));
    // The same content packed again the same day: the new label and date replace the old pack.
    await rm(folder, { recursive: true, force: true });
    await rename(working, folder);
    return { ok: true, folder, manifest, hash };
  } catch (error) {
    await rm(working, { recursive: true, force: true });
    throw error;
  }
}
