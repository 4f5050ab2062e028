// Runs in: main process. "Export statistics": this kiosk's CSVs, report.html and export.json in a
// dated folder on the first removable drive that accepts it, else <userData>/exports/. When the stick
// already holds exports of other kiosks, a combined report of all of them goes into the new folder's
// all-kiosks/ (the kiosk's own files stay its own, so another kiosk or the stats:report tool can
// merge them again later).
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { kioskNameSlug } from '../../../common/kiosk-name';
import type { Logger } from '../log/logger';
import {
  COMBINED_MANIFEST_FILE,
  EXPORT_MANIFEST_FILE,
  combinedManifest,
  createExportManifest,
  manifestText,
} from './export-manifest';
import type { KioskRef, KioskStats } from './kiosk-stats';
import { statsTables } from './kiosk-stats';
import { chooseExports } from './merge-exports';
import type { LoadedExport } from './read-stats-export';
import { findExportFolders, readStatsExport } from './read-stats-export';
import type { StatsRecord } from './stats-record';
import { writeReportFolder } from './write-report-folder';

export { toCsv } from './stats-csv';

export const COMBINED_FOLDER = 'all-kiosks';

export interface StatsExportInput {
  records: readonly StatsRecord[];
  kiosk: KioskRef;
  appVersion: string;
  /** English hero names by id, when content is loaded, to make the sheets and report readable. */
  heroNames?: ReadonlyMap<string, string>;
  now: number;
  userDataDir: string;
  removableDriveRoots: readonly string[];
  log: Logger;
  newExportId?: () => string;
}

export interface StatsExportOutcome {
  folder: string;
  /** Present when other kiosks' exports were found beside this one. */
  combined?: { folder: string; kiosks: number };
}

function folderName(now: number, kioskName: string): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `heroes-of-children-stats-${date.getFullYear()}-${pad(date.getMonth() + 1)}-` +
    `${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}` +
    `-${kioskNameSlug(kioskName)}`
  );
}

async function writeOwnExport(folder: string, own: LoadedExport, input: StatsExportInput) {
  await writeReportFolder({
    folder,
    kiosks: [own.stats],
    manifest: { file: EXPORT_MANIFEST_FILE, text: manifestText(own.manifest) },
    heroNames: input.heroNames,
    generatedAt: input.now,
  });
}

/** Every other export on the stick, merged with this one; null when there is no other kiosk. */
async function writeCombined(
  root: string,
  own: LoadedExport,
  input: StatsExportInput,
): Promise<StatsExportOutcome['combined'] | null> {
  const others: LoadedExport[] = [];
  const notes: string[] = [];
  for (const folder of await findExportFolders(root)) {
    if (folder === own.folder) continue;
    const read = await readStatsExport(folder);
    if (read.ok) others.push(read.export);
    else notes.push(`${folder} was skipped: ${read.problem}.`);
  }
  const decision = chooseExports(others, own);
  if (decision.kept.length < 2) return null;
  const folder = join(own.folder, COMBINED_FOLDER);
  const allNotes = [...decision.notes, ...notes];
  await writeReportFolder({
    folder,
    kiosks: decision.kept.map((entry) => entry.stats),
    manifest: {
      file: COMBINED_MANIFEST_FILE,
      text: manifestText(
        combinedManifest({
          generatedAt: input.now,
          exports: decision.kept.map((entry) => entry.manifest),
          notes: allNotes,
        }),
      ),
    },
    heroNames: input.heroNames,
    generatedAt: input.now,
    notes: allNotes,
  });
  input.log.info('stats-combined', { folder, kiosks: decision.kept.length, notes: allNotes });
  return { folder, kiosks: decision.kept.length };
}

/** Tries each removable drive in turn, then the user data folder; throws when nothing could be written. */
export async function exportStats(input: StatsExportInput): Promise<StatsExportOutcome> {
  const name = folderName(input.now, input.kiosk.name);
  const stats: KioskStats = {
    ...statsTables(input.records, input.heroNames),
    kiosk: input.kiosk,
    exportedAt: input.now,
  };
  const manifest = createExportManifest({
    exportId: (input.newExportId ?? randomUUID)(),
    kiosk: input.kiosk,
    exportedAt: input.now,
    appVersion: input.appVersion,
  });
  for (const root of input.removableDriveRoots) {
    const own: LoadedExport = { folder: join(root, name), manifest, stats };
    try {
      await writeOwnExport(own.folder, own, input);
    } catch (error) {
      input.log.warn('stats-export-drive-failed', {
        root,
        error: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    input.log.info('stats-exported', { folder: own.folder, removable: true });
    try {
      const combined = await writeCombined(root, own, input);
      return combined ? { folder: own.folder, combined } : { folder: own.folder };
    } catch (error) {
      // This kiosk's own export is on the stick: a failed combined report does not undo it.
      input.log.error('stats-combine-failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      return { folder: own.folder };
    }
  }
  const folder = join(input.userDataDir, 'exports', name);
  await writeOwnExport(folder, { folder, manifest, stats }, input);
  input.log.info('stats-exported', { folder, removable: false });
  return { folder };
}
