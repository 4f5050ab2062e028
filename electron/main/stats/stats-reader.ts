// Runs in: main process. Reads the statistics log back. A power cut can leave the last line of a file
// torn at any byte: every complete line before it is kept, the torn fragment is skipped (the writer
// starts its next append on a fresh line, so the fragment never glues onto a good record).
import { readFile } from 'node:fs/promises';
import { listStatsFiles } from './stats-files';
import type { StatsRecord } from './stats-record';
import { parseStatsLine } from './stats-record';

export function parseStatsText(text: string): StatsRecord[] {
  const records: StatsRecord[] = [];
  for (const line of text.split('\n')) {
    const record = parseStatsLine(line);
    if (record) records.push(record);
  }
  return records;
}

export async function readStatsRecords(dir: string): Promise<StatsRecord[]> {
  const records: StatsRecord[] = [];
  for (const file of await listStatsFiles(dir)) {
    let text: string;
    try {
      text = await readFile(file.path, 'utf8');
    } catch {
      continue; // removed or unreadable: the other files still count
    }
    records.push(...parseStatsText(text));
  }
  return records;
}
