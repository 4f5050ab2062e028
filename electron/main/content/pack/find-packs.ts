// Runs in: main process. Finds content pack folders: a folder holding pack.json, either the root
// itself (a --packs-dir pointing straight at a pack) or one level below it (the root of a USB stick).
// Each gets an id derived from its real path, the only name the renderer ever uses for it.
import { createHash } from 'node:crypto';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { PackSummary } from '../../../../common/content-pack';
import { PACK_MANIFEST_FILE } from '../../../../common/content-pack';

export interface PackRoot {
  directory: string;
  location: PackSummary['location'];
}

export interface FoundPack {
  id: string;
  directory: string;
  folderName: string;
  location: PackSummary['location'];
}

/** A hidden folder (a pack being written, a system folder) is never offered. */
const HIDDEN = /^[.$]/;

async function hasManifest(directory: string): Promise<boolean> {
  return stat(join(directory, PACK_MANIFEST_FILE)).then(
    (info) => info.isFile(),
    () => false,
  );
}

async function subfolders(directory: string): Promise<string[]> {
  try {
    const entries = await readdir(directory, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && !HIDDEN.test(entry.name))
      .map((entry) => join(directory, entry.name))
      .sort();
  } catch {
    return []; // a drive that went away, or a folder we may not read
  }
}

export function packIdOf(realDirectory: string): string {
  return createHash('sha256').update(realDirectory).digest('hex').slice(0, 16);
}

export async function findPacks(roots: readonly PackRoot[]): Promise<FoundPack[]> {
  const found = new Map<string, FoundPack>();
  for (const root of roots) {
    const candidates = (await hasManifest(root.directory))
      ? [root.directory]
      : await subfolders(root.directory);
    for (const candidate of candidates) {
      if (!(await hasManifest(candidate))) continue;
      const real = await realpath(candidate).catch(() => null);
      if (real === null) continue;
      const id = packIdOf(real);
      if (!found.has(id)) {
        found.set(id, {
          id,
          directory: real,
          folderName: basename(real),
          location: root.location,
        });
      }
    }
  }
  return [...found.values()];
}
