// Runs in: main process. Names of the statistics files: numbered, so rotation never renames anything
// (a rename is one more step a power cut could interrupt) and the order to read them in is the name.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const STATS_FILE = /^events-(\d{6})\.jsonl$/;

export function statsFileName(index: number): string {
  return `events-${String(index).padStart(6, '0')}.jsonl`;
}

function statsFiles(dir: string, names: readonly string[]): { index: number; path: string }[] {
  return names
    .map((name) => ({ name, match: STATS_FILE.exec(name) }))
    .filter((entry) => entry.match !== null)
    .map((entry) => ({ index: Number(entry.match?.[1]), path: join(dir, entry.name) }))
    .sort((a, b) => a.index - b.index);
}

/** The number of the newest statistics file among these file names, or null when there is none. */
export function latestStatsFileIndex(names: readonly string[]): number | null {
  return statsFiles('', names).at(-1)?.index ?? null;
}

/** Existing statistics files in `dir`, oldest first, with their index; [] when the folder is missing. */
export async function listStatsFiles(dir: string): Promise<{ index: number; path: string }[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return statsFiles(dir, names);
}
