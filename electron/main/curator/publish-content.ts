// Runs in: main process (also the web preview server). Publishing into the content folder, and
// undoing one publish. The one step that changes what the kiosk shows is the rename of content.json;
// every image it needs is copied in before, under names no published file has (studio renders are
// named after their pixels), so a crash or a full disk at any moment leaves the published content.json
// and every file it names byte for byte as they were. Files only the dropped content used are
// removed afterwards, except those the kept previous version needs for "Restore previous".
import { createHash, randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Content } from '../../../common/content-schema';
import { parseContentText } from '../../../common/content-schema';
import { listReferencedFiles } from '../content/check-content-files';
import { CONTENT_FILE_NAME } from '../content/load-content';
import type { CuratorFs } from './curator-fs';
import { fileExists, writeFileAtomic } from './curator-fs';
import { STUDIO_ASSETS_DIR } from './photo-store';

const PREVIOUS_DIR = 'previous';
/** Marks that there was no content.json before the publish: restoring removes it again. */
const PREVIOUS_NONE = 'none';

export interface PublishFolders {
  fs: CuratorFs;
  /** The content folder the kiosk reads (the override folder or --content-dir). */
  targetDir: string;
  /** The studio's working area (keeps the previous content.json). */
  workDir: string;
}

export interface PublishHooks {
  /** Runs after the images are in place, just before content.json is replaced: tests crash here. */
  beforeCommit?: () => void | Promise<void>;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** content.json as the tools write it: two-space JSON with a final newline. */
export const serialise = (content: Content): string => `${JSON.stringify(content, null, 2)}\n`;

async function readOrNull(fs: CuratorFs, file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch {
    return null;
  }
}

/** Copies each image the content names into the folder, unless a file of that name is there. */
async function copyMissingImages(
  folders: PublishFolders,
  content: Content,
  sourceOf: (path: string) => Promise<string | null>,
): Promise<void> {
  const { fs, targetDir } = folders;
  for (const file of listReferencedFiles(content)) {
    const target = join(targetDir, file.path);
    if (await fileExists(fs, target)) continue;
    const source = await sourceOf(file.path);
    if (source === null) throw new Error(`${file.path} is missing from the working area`);
    await fs.mkdir(dirname(target), { recursive: true });
    const temporary = join(dirname(target), `.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await fs.copyFile(source, temporary);
      await fs.rename(temporary, target);
    } catch (error) {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
  }
}

/** Removes studio files neither the published nor the kept previous content names, and leftovers. */
async function removeUnusedStudioFiles(folders: PublishFolders): Promise<void> {
  const { fs, targetDir } = folders;
  const used = new Set<string>();
  for (const file of [
    join(targetDir, CONTENT_FILE_NAME),
    join(folders.workDir, PREVIOUS_DIR, CONTENT_FILE_NAME),
  ]) {
    const bytes = await readOrNull(fs, file);
    const parsed = bytes ? parseContentText(bytes.toString('utf8')) : null;
    if (parsed?.ok) for (const image of listReferencedFiles(parsed.content)) used.add(image.path);
  }
  const studioDir = join(targetDir, STUDIO_ASSETS_DIR);
  for (const name of await fs.readdir(studioDir).catch(() => [] as string[])) {
    if (!used.has(`${STUDIO_ASSETS_DIR}/${name}`))
      await fs.rm(join(studioDir, name), { force: true });
  }
  for (const name of await fs.readdir(targetDir).catch(() => [] as string[])) {
    if (name.startsWith(`.${CONTENT_FILE_NAME}.`) && name.endsWith('.tmp')) {
      await fs.rm(join(targetDir, name), { force: true });
    }
  }
}

/**
 * Publishes validated content. `sourceOf` finds an image the folder lacks (the working area, or the
 * folder the draft came from). Returns the sha256 of the new content.json. Throws the file system's
 * error when something cannot be written; the published content is then unchanged.
 */
export async function publishContent(
  folders: PublishFolders,
  content: Content,
  sourceOf: (path: string) => Promise<string | null>,
  hooks: PublishHooks = {},
): Promise<string> {
  const { fs, targetDir, workDir } = folders;
  const contentFile = join(targetDir, CONTENT_FILE_NAME);
  await fs.mkdir(targetDir, { recursive: true });
  await copyMissingImages(folders, content, sourceOf);
  // The version being replaced is kept for "Restore previous" first: a crash after this step leaves
  // a previous that equals what is published, which is harmless.
  const previousDir = join(workDir, PREVIOUS_DIR);
  await fs.mkdir(previousDir, { recursive: true });
  const current = await readOrNull(fs, contentFile);
  await writeFileAtomic(
    fs,
    join(previousDir, current ? CONTENT_FILE_NAME : PREVIOUS_NONE),
    current ?? '',
  );
  await fs.rm(join(previousDir, current ? PREVIOUS_NONE : CONTENT_FILE_NAME), { force: true });
  await hooks.beforeCommit?.();
  const bytes = serialise(content);
  await writeFileAtomic(fs, contentFile, bytes);
  await removeUnusedStudioFiles(folders).catch(() => undefined); // tidying only
  return sha256(bytes);
}

export async function canRestorePrevious(folders: PublishFolders): Promise<boolean> {
  const previousDir = join(folders.workDir, PREVIOUS_DIR);
  return (
    (await fileExists(folders.fs, join(previousDir, CONTENT_FILE_NAME))) ||
    (await fileExists(folders.fs, join(previousDir, PREVIOUS_NONE)))
  );
}

/**
 * Puts the content.json from before the last publish back (or removes content.json when there was
 * none, so the kiosk falls back to its bundled content). Only one step: the kept copy is used up.
 * Returns false when there is nothing to restore.
 */
export async function restorePreviousContent(folders: PublishFolders): Promise<boolean> {
  const { fs, targetDir, workDir } = folders;
  const previousDir = join(workDir, PREVIOUS_DIR);
  const contentFile = join(targetDir, CONTENT_FILE_NAME);
  const previous = await readOrNull(fs, join(previousDir, CONTENT_FILE_NAME));
  if (previous) {
    await writeFileAtomic(fs, contentFile, previous);
  } else if (await fileExists(fs, join(previousDir, PREVIOUS_NONE))) {
    await fs.rm(contentFile, { force: true });
  } else {
    return false;
  }
  await fs.rm(previousDir, { recursive: true, force: true });
  await removeUnusedStudioFiles(folders).catch(() => undefined);
  return true;
}
