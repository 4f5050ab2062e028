// Runs in: main process (also Node tools). Decides which exports a combined report counts. The same
// export given twice (same exportId) counts once; two exports of the same kiosk (same kioskId) count
// as the newer one only, because a kiosk's statistics log only grows: its newer export already holds
// every visit of the older. Each decision leaves a note for the report.
import type { LoadedExport } from './read-stats-export';

export interface MergeDecision {
  kept: LoadedExport[];
  /** English sentences, shown in the report and printed by the tool. */
  notes: string[];
}

function when(time: number): string {
  return new Date(time).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

/** `preferred`: an export that wins over every other of its kiosk (the one being made right now). */
export function chooseExports(
  exports: readonly LoadedExport[],
  preferred?: LoadedExport,
): MergeDecision {
  const notes: string[] = [];
  const byExportId = new Map<string, LoadedExport>();
  for (const entry of preferred ? [preferred, ...exports] : exports) {
    const seen = byExportId.get(entry.manifest.exportId);
    if (seen) {
      notes.push(
        `${entry.folder} is the same export as ${seen.folder} (kiosk "${entry.manifest.kioskName}"): counted once.`,
      );
      continue;
    }
    byExportId.set(entry.manifest.exportId, entry);
  }
  const byKiosk = new Map<string, LoadedExport>();
  for (const entry of byExportId.values()) {
    const current = byKiosk.get(entry.manifest.kioskId);
    if (!current) {
      byKiosk.set(entry.manifest.kioskId, entry);
      continue;
    }
    const entryWins =
      current !== preferred &&
      (entry === preferred || entry.stats.exportedAt > current.stats.exportedAt);
    const newer = entryWins ? entry : current;
    const older = entryWins ? current : entry;
    notes.push(
      `Kiosk "${older.manifest.kioskName}": its export of ${when(older.stats.exportedAt)} (${older.folder}) ` +
        `was left out; the export of ${when(newer.stats.exportedAt)} already includes those visits.`,
    );
    byKiosk.set(entry.manifest.kioskId, newer);
  }
  const kept = [...byKiosk.values()].sort(
    (a, b) =>
      a.manifest.kioskName.localeCompare(b.manifest.kioskName) ||
      a.manifest.kioskId.localeCompare(b.manifest.kioskId),
  );
  return { kept, notes };
}
