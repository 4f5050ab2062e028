// Runs in: Node (tools). `npm run stats:report -- <export folders...> [--out <dir>]`: merges the
// statistics exports of several kiosks into one report.html and one set of CSVs (each row keeps its
// kiosk). A folder may also be one that holds exports (a USB stick's root). Every input is checked
// first: if one is not a readable export, nothing is written and the exit code says so.
// Exit codes, as content:check: 0 written, 1 an input is not a valid export, 2 usage error.
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  COMBINED_MANIFEST_FILE,
  EXPORT_MANIFEST_FILE,
  combinedManifest,
  manifestText,
} from '../../electron/main/stats/export-manifest';
import { chooseExports } from '../../electron/main/stats/merge-exports';
import type { LoadedExport } from '../../electron/main/stats/read-stats-export';
import { findExportFolders, readStatsExport } from '../../electron/main/stats/read-stats-export';
import { REPORT_FILE, writeReportFolder } from '../../electron/main/stats/write-report-folder';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export const USAGE =
  'Usage: npm run stats:report -- <export folder> [more folders...] [--out <folder>]';

export interface CommandIo {
  cwd: string;
  now: number;
  out: (line: string) => void;
  error: (line: string) => void;
}

function defaultOutName(now: number): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `heroes-of-children-report-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A folder given that is not an export but holds some (a stick's root) stands for those exports. */
async function expandFolder(folder: string): Promise<string[]> {
  let names: string[] = [];
  try {
    names = await readdir(folder);
  } catch {
    return [folder];
  }
  if (names.includes(EXPORT_MANIFEST_FILE) || names.includes(COMBINED_MANIFEST_FILE))
    return [folder];
  const inside = await findExportFolders(folder);
  return inside.length > 0 ? inside : [folder];
}

export async function runStatsReport(argv: readonly string[], io: CommandIo): Promise<number> {
  let positionals: string[];
  let outOption: string | undefined;
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string' } },
    });
    positionals = parsed.positionals;
    outOption = parsed.values.out;
  } catch (error) {
    io.error(`${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (positionals.length === 0) {
    io.error(`Give at least one export folder.\n${USAGE}`);
    return EXIT_USAGE;
  }

  const folders = (
    await Promise.all(positionals.map((path) => expandFolder(resolve(io.cwd, path))))
  ).flat();
  const loaded: LoadedExport[] = [];
  const problems: string[] = [];
  for (const folder of folders) {
    const read = await readStatsExport(folder);
    if (read.ok) loaded.push(read.export);
    else problems.push(`${folder}: ${read.problem}`);
  }
  if (problems.length > 0) {
    for (const problem of problems) io.error(problem);
    io.error('Nothing was written. Leave that folder out, or export its kiosk again.');
    return EXIT_BAD_INPUT;
  }

  const out = resolve(io.cwd, outOption ?? defaultOutName(io.now));
  if (loaded.some((entry) => resolve(entry.folder) === out)) {
    io.error(
      `--out ${out} is one of the exports: choose another folder, so no export is overwritten.\n${USAGE}`,
    );
    return EXIT_USAGE;
  }
  const { kept, notes } = chooseExports(loaded);
  await mkdir(out, { recursive: true });
  await writeReportFolder({
    folder: out,
    kiosks: kept.map((entry) => entry.stats),
    manifest: {
      file: COMBINED_MANIFEST_FILE,
      text: manifestText(
        combinedManifest({
          generatedAt: io.now,
          exports: kept.map((entry) => entry.manifest),
          notes,
        }),
      ),
    },
    generatedAt: io.now,
    notes,
  });
  for (const note of notes) io.out(`Note: ${note}`);
  const names = kept.map((entry) => entry.manifest.kioskName).join(', ');
  io.out(
    `Report of ${kept.length} kiosk${kept.length === 1 ? '' : 's'} (${names}): ${join(out, REPORT_FILE)}`,
  );
  return EXIT_OK;
}
