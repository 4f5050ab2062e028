// Runs in: Node (vitest). Builds small, valid content folders in temp directories from the shipped
// content.json, so each test can break exactly one thing.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Content } from '../../../../common/content-schema';
import { listReferencedFiles } from '../../../../electron/main/content/check-content-files';

export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export async function readShippedContent(): Promise<Content> {
  return JSON.parse(await readFile(join(REPOSITORY_ROOT, 'content.json'), 'utf8')) as Content;
}

export async function makeTempDir(prefix = 'content-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface ContentFolderOptions {
  /** How many of the shipped heroes to keep (default 2, fast to check). */
  heroes?: number;
  /** Change the content before it is written. */
  mutate?: (content: Content) => void;
  /** Write this text as content.json instead of the (mutated) content. */
  rawText?: string;
  /** Existing folder to fill instead of a new temp folder. */
  into?: string;
}

/** A content folder holding content.json and copies of the images the kept heroes refer to. */
export async function createContentFolder(options: ContentFolderOptions = {}): Promise<string> {
  const dir = options.into ?? (await makeTempDir());
  const content = await readShippedContent();
  content.heroes = content.heroes.slice(0, options.heroes ?? 2);
  for (const file of listReferencedFiles(content)) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(REPOSITORY_ROOT, file.path), target);
  }
  options.mutate?.(content);
  await writeFile(
    join(dir, 'content.json'),
    options.rawText ?? `${JSON.stringify(content, null, 2)}\n`,
  );
  return dir;
}
