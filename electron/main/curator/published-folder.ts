// Runs in: main process (also the web preview server). What the studio needs to know about the folder
// it publishes to, and where a draft's image files are: the working area first, then the published
// folder, then the folder the draft came from (the bundled content, before the first publish).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Content } from '../../../common/content-schema';
import { parseContentText } from '../../../common/content-schema';
import { CONTENT_FILE_NAME } from '../content/load-content';
import { resolveContentFile } from '../content/resolve-content-file';
import type { CuratorFs } from './curator-fs';
import { fileExists, writeFileAtomic } from './curator-fs';

export const PUBLISH_RECORD_FILE = 'published.json';

export interface PublishedFolderState {
  /** The published content, or null when the folder has no valid content.json yet. */
  content: Content | null;
  /** sha256 of content.json, '' when there is none. */
  hash: string;
  publishedAt: number | null;
}

export async function readPublishedFolder(
  fs: CuratorFs,
  targetDir: string,
  workDir: string,
): Promise<PublishedFolderState> {
  let bytes: Buffer | null = null;
  try {
    bytes = await fs.readFile(join(targetDir, CONTENT_FILE_NAME));
  } catch {
    // no content.json yet: the kiosk runs the bundled content
  }
  const parsed = bytes ? parseContentText(bytes.toString('utf8').replace(/^\uFEFF/, '')) : null;
  let publishedAt: number | null = null;
  try {
    const record = JSON.parse((await fs.readFile(join(workDir, PUBLISH_RECORD_FILE))).toString());
    if (typeof record?.publishedAt === 'number') publishedAt = record.publishedAt as number;
  } catch {
    // never published from the studio
  }
  return {
    content: parsed?.ok ? parsed.content : null,
    hash: bytes ? createHash('sha256').update(bytes).digest('hex') : '',
    publishedAt,
  };
}

export async function recordPublish(fs: CuratorFs, workDir: string, at: number): Promise<void> {
  await writeFileAtomic(
    fs,
    join(workDir, PUBLISH_RECORD_FILE),
    JSON.stringify({ publishedAt: at }),
  );
}

/**
 * The file behind an image path of the draft, looked up in each folder in turn; null for a path that
 * would leave its folder, or a file that is nowhere.
 */
export async function findMediaFile(
  fs: CuratorFs,
  folders: readonly string[],
  path: string,
): Promise<string | null> {
  for (const folder of folders) {
    const file = resolveContentFile(folder, path);
    if (file && (await fileExists(fs, file))) return file;
  }
  return null;
}
