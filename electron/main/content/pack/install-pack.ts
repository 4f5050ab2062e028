// Runs in: main process. Installs a verified content pack into the kiosk's override folder:
// verify the pack where it is, copy it into a staging folder beside the override folder (same disk,
// so renames are atomic), verify the copy again (the bytes that will run, whatever the stick does
// meanwhile), then swap the folders with two renames. The replaced folder is kept as
// `<override>.previous`; a swap cut short by a power cut is finished or undone at the next start.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { PackRefusal } from '../../../../common/content-pack';
import { PACK_MANIFEST_FILE } from '../../../../common/content-pack';
import type { VerifiedPack } from './verify-pack';
import { verifyPack } from './verify-pack';

export type InstallOutcome = { ok: true; pack: VerifiedPack } | { ok: false; refusal: PackRefusal };

export interface InstallHooks {
  /** Tests: runs after the copy was verified, before the swap (e.g. to fail the swap). */
  beforeSwap?: () => void | Promise<void>;
}

const STAGING_SUFFIX = '.staging-';
const SWAPPING_SUFFIX = '.swapping';
const PREVIOUS_SUFFIX = '.previous';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Tidies what an install cut short left beside the override folder: staging copies are removed;
 * a swap that moved the old folder aside is completed if the new one is in place, else undone.
 */
export async function recoverInterruptedInstall(overrideDir: string): Promise<void> {
  const parent = dirname(overrideDir);
  const name = basename(overrideDir);
  const swapping = overrideDir + SWAPPING_SUFFIX;
  if (await exists(swapping)) {
    if (await exists(overrideDir)) await keepAsPrevious(overrideDir, swapping);
    else await rename(swapping, overrideDir);
  }
  const leftovers = (await readdir(parent).catch(() => [] as string[])).filter((entry) =>
    entry.startsWith(name + STAGING_SUFFIX),
  );
  for (const leftover of leftovers)
    await rm(join(parent, leftover), { recursive: true, force: true });
}

async function keepAsPrevious(overrideDir: string, swapping: string): Promise<void> {
  const previous = overrideDir + PREVIOUS_SUFFIX;
  await rm(previous, { recursive: true, force: true });
  await rename(swapping, previous);
}

async function copyPack(pack: VerifiedPack, staging: string): Promise<void> {
  for (const path of [PACK_MANIFEST_FILE, ...pack.manifest.files.map((file) => file.path)]) {
    const target = join(staging, path);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(pack.directory, path), target);
  }
}

/** Moves the staged folder into place; the running folder is either the old or the new, never a mix. */
async function swapIn(overrideDir: string, staging: string): Promise<void> {
  const swapping = overrideDir + SWAPPING_SUFFIX;
  const hadOverride = await exists(overrideDir);
  if (hadOverride) await rename(overrideDir, swapping);
  try {
    await rename(staging, overrideDir);
  } catch (error) {
    if (hadOverride) await rename(swapping, overrideDir);
    throw error;
  }
  if (hadOverride) await keepAsPrevious(overrideDir, swapping);
}

export async function installPack(
  packDir: string,
  overrideDir: string,
  hooks: InstallHooks = {},
): Promise<InstallOutcome> {
  await recoverInterruptedInstall(overrideDir);
  const source = await verifyPack(packDir);
  if (!source.ok) return source;
  const staging = `${overrideDir}${STAGING_SUFFIX}${randomBytes(4).toString('hex')}`;
  try {
    await mkdir(dirname(overrideDir), { recursive: true });
    await copyPack(source.pack, staging);
    const copy = await verifyPack(staging);
    if (!copy.ok) {
      await rm(staging, { recursive: true, force: true });
      return copy;
    }
    await hooks.beforeSwap?.();
    await swapIn(overrideDir, staging);
    return { ok: true, pack: { ...copy.pack, directory: overrideDir } };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { ok: false, refusal: { code: 'install-failed', error: (error as Error).message } };
  }
}
