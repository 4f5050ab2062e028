// Runs in: main process (also Node tools). Writes a folder of statistics: the four CSVs, report.html
// and the manifest that says what the folder is. Each file is synced to disk, because staff pull the
// stick right after; the manifest is written last, so a folder cut short is never taken for a
// complete export.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { KioskStats } from './kiosk-stats';
import { buildReportData } from './report-data';
import { renderReportHtml } from './report-html';
import { statsCsvFiles } from './stats-csv';
import { writeDurably } from '../write-durably';

export const REPORT_FILE = 'report.html';

export interface ReportFolderInput {
  folder: string;
  kiosks: readonly KioskStats[];
  /** File name and text of the manifest (export.json or combined.json). */
  manifest: { file: string; text: string };
  heroNames?: ReadonlyMap<string, string>;
  generatedAt: number;
  notes?: readonly string[];
}

export async function writeReportFolder(input: ReportFolderInput): Promise<void> {
  await mkdir(input.folder, { recursive: true });
  for (const [file, text] of Object.entries(statsCsvFiles(input.kiosks))) {
    await writeDurably(join(input.folder, file), text);
  }
  const data = buildReportData(input.kiosks, input.heroNames);
  const html = renderReportHtml(data, { generatedAt: input.generatedAt, notes: input.notes });
  await writeDurably(join(input.folder, REPORT_FILE), html);
  await writeDurably(join(input.folder, input.manifest.file), input.manifest.text);
}
