// Runs in: Node (tools).
// The last step of an import: staged images and content.json replace the current ones by renames, and
// an import that was killed between those renames is undone on the next run.
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseContentText } from '../../common/content-schema';
import { checkReferencedFiles } from '../../electron/main/content/check-content-files';
import { CONTENT_FILE_NAME } from '../../electron/main/content/load-content';

/** Staging folders are created inside the content folder (same file system, so renames are atomic). */
export const STAGING_PREFIX = '.import-';
/** Imported photographs live here, one folder per hero; the import owns this folder entirely. */
export const IMPORTED_ASSETS_DIR = 'assets/heroes';
const PREVIOUS_ASSETS = 'previous-heroes';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** True when content.json is valid and every image it names is present. */
async function currentContentIsWhole(contentDir: string): Promise<boolean> {
  try {
    const parsed = parseContentText(await readFile(join(contentDir, CONTENT_FILE_NAME), 'utf8'));
    return parsed.ok && (await checkReferencedFiles(contentDir, parsed.content)).length === 0;
  } catch {
    return false;
  }
}

/**
 * Removes staging folders left by an interrupted import. If the import died after moving the old
 * images aside but before content.json was replaced, the old images are put back first.
 * Returns a sentence for the curator when something was undone, else null.
 */
export async function recoverInterruptedImport(contentDir: string): Promise<string | null> {
  let message: string | null = null;
  const leftovers = (await readdir(contentDir)).filter((name) => name.startsWith(STAGING_PREFIX));
  for (const leftover of leftovers) {
    const previous = join(contentDir, leftover, PREVIOUS_ASSETS);
    if ((await exists(previous)) && !(await currentContentIsWhole(contentDir))) {
      const assets = join(contentDir, IMPORTED_ASSETS_DIR);
      await rm(assets, { recursive: true, force: true });
      await rename(previous, assets);
      message = 'An earlier import was interrupted; its changes were undone before this one.';
    }
    await rm(join(contentDir, leftover), { recursive: true, force: true });
  }
  return message;
}

/**
 * Moves the staged assets/heroes and content.json into place with renames, undoing the first if the
 * second fails: the folder ends with either the old or the new content, never a mix.
 */
export async function swapIn(
  contentDir: string,
  staging: string,
  hooks?: { betweenSwaps?: () => void | Promise<void> },
): Promise<void> {
  const assets = join(contentDir, IMPORTED_ASSETS_DIR);
  const previousAssets = join(staging, PREVIOUS_ASSETS);
  const hadAssets = await exists(assets);
  await mkdir(dirname(assets), { recursive: true });
  if (hadAssets) await rename(assets, previousAssets);
  try {
    await rename(join(staging, 'heroes'), assets);
  } catch (error) {
    if (hadAssets) await rename(previousAssets, assets);
    throw error;
  }
  try {
    await hooks?.betweenSwaps?.();
    await rename(join(staging, CONTENT_FILE_NAME), join(contentDir, CONTENT_FILE_NAME));
  } catch (error) {
    await rm(assets, { recursive: true, force: true });
    if (hadAssets) await rename(previousAssets, assets);
    throw error;
  }
}
