// Runs in: main process (also Node tools). Reads a statistics export folder back (its export.json and
// its four CSVs), checking everything, or says in one English line why the folder is not one. Also
// finds the exports inside a folder (a USB stick's root, or a folder UNICEF collected them in).
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ExportManifest } from './export-manifest';
import {
  COMBINED_MANIFEST_FILE,
  EXPORT_MANIFEST_FILE,
  parseExportManifest,
} from './export-manifest';
import type { KioskStats } from './kiosk-stats';
import { readStatsCsvFiles, STATS_CSV_FILES, StatsCsvError } from './stats-csv';

export interface LoadedExport {
  folder: string;
  manifest: ExportManifest;
  stats: KioskStats;
}

export type ExportRead = { ok: true; export: LoadedExport } | { ok: false; problem: string };

/** Each CSV is a few hundred KB at most after weeks; anything far bigger is not ours. */
const MAX_CSV_BYTES = 50 * 1024 * 1024;

async function readSmallFile(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return undefined;
    if (info.size > MAX_CSV_BYTES) throw new StatsCsvError(`${basename(path)} is far too large`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof StatsCsvError) throw error;
    return undefined;
  }
}

async function folderProblem(folder: string): Promise<string | null> {
  try {
    if (!(await stat(folder)).isDirectory()) return 'it is a file, not a folder';
    const names = await readdir(folder);
    if (names.length === 0) return 'the folder is empty: it is not a statistics export';
    if (names.includes(EXPORT_MANIFEST_FILE)) return null;
    if (names.includes(COMBINED_MANIFEST_FILE)) {
      return "it is a combined report, not one kiosk's export: give the kiosks' own export folders";
    }
    return `there is no ${EXPORT_MANIFEST_FILE} in it: it is not a statistics export`;
  } catch {
    return 'the folder does not exist or cannot be read';
  }
}

export async function readStatsExport(folder: string): Promise<ExportRead> {
  const problem = await folderProblem(folder);
  if (problem) return { ok: false, problem };
  try {
    const manifestText = await readSmallFile(join(folder, EXPORT_MANIFEST_FILE));
    const checked = parseExportManifest(manifestText ?? '');
    if (!checked.ok) return { ok: false, problem: checked.problem };
    const files: Record<string, string> = {};
    for (const file of STATS_CSV_FILES) {
      const text = await readSmallFile(join(folder, file));
      if (text !== undefined) files[file] = text;
    }
    const tables = readStatsCsvFiles(files, checked.manifest.kioskId);
    const manifest = checked.manifest;
    return {
      ok: true,
      export: {
        folder,
        manifest,
        stats: {
          ...tables,
          kiosk: { id: manifest.kioskId, name: manifest.kioskName },
          exportedAt: Date.parse(manifest.exportedAt),
        },
      },
    };
  } catch (error) {
    if (error instanceof StatsCsvError) return { ok: false, problem: error.message };
    throw error;
  }
}

/** Sub-folders of `folder` that hold an export.json, sorted by name; [] when there are none. */
export async function findExportFolders(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).sort();
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    try {
      if ((await stat(join(path, EXPORT_MANIFEST_FILE))).isFile()) found.push(path);
    } catch {
      // not an export: skipped
    }
  }
  return found;
}
