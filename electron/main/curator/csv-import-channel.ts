// Runs in: main process (also the web preview server). The studio's CSV import as a channel: Electron's
// folder dialog ('curator:import-csv') and the preview's upload both run the import (csv-import.ts)
// against the working copy at the revision the studio named, then save its heroes as a new revision
// with the studio's own save (ids, size limit, conflicts). One import at a time, photo or CSV; the
// studio's photo progress shows "photo x of N" meanwhile.
import type {
  CuratorSaveResult,
  DraftContent,
  PhotoProgress,
} from '../../../common/curator-contract';
import type { CsvImportResult } from '../../../common/curator-csv-contract';
import { formatCsvProblem } from '../../../common/csv-problems';
import type { Logger } from '../log/logger';
import type { CuratorFs } from './curator-fs';
import { diskCsvFolder, uploadedCsvFolder } from './csv-folder';
import type { CsvFolder } from './csv-import';
import { importHeroesCsv } from './csv-import';
import type { PhotoStore } from './photo-store';

export interface CsvImportChannelOptions {
  fs: CuratorFs;
  photos: Pick<PhotoStore, 'importPhoto' | 'setFocalPoint'>;
  /** Electron: the system folder dialog, resolving the chosen folder or null. Absent: upload. */
  chooseFolder?: () => Promise<string | null>;
  /** The working copy as it is now. */
  current(): Promise<{ revision: number; content: DraftContent }>;
  /** The studio's save (curator:save), from `baseRevision`. */
  save(baseRevision: number, content: DraftContent): Promise<CuratorSaveResult>;
  /** The studio's import in progress (shared with the photo import): null when none. */
  progress: { get(): PhotoProgress | null; set(progress: PhotoProgress | null): void };
  log: Logger;
}

export interface CsvImportChannel {
  /** 'curator:import-csv': the dialog, then the import. */
  importFromDialog(baseRevision: number): Promise<CsvImportResult>;
  /** The preview's upload (its HTTP body), then the import; `badUpload`: the body is not one. */
  importUpload(
    baseRevision: number,
    body: Buffer,
  ): Promise<CsvImportResult | { badUpload: string }>;
}

export function createCsvImportChannel(options: CsvImportChannelOptions): CsvImportChannel {
  const { progress, log } = options;

  async function run(baseRevision: number, folder: CsvFolder): Promise<CsvImportResult> {
    if (progress.get()) return { ok: false, reason: 'busy' };
    progress.set({ heroKey: '', fileName: 'heroes.csv', stage: 'checking', fraction: 0 });
    try {
      const copy = await options.current();
      if (copy.revision !== baseRevision) return { ok: false, reason: 'conflict' };
      const outcome = await importHeroesCsv({
        folder,
        heroes: copy.content.heroes,
        photos: options.photos,
        onProgress: ({ done, total, fileName, stage, fraction }) =>
          progress.set({
            heroKey: '',
            fileName,
            stage,
            fraction: total === 0 ? 1 : (done + fraction) / total,
            batch: { done, total },
          }),
      });
      if (!outcome.ok) {
        log.info('curator-csv-refused', {
          problems: outcome.problems.length,
          first: outcome.problems.slice(0, 3).map(formatCsvProblem),
        });
        const { problems, warnings } = outcome;
        return { ok: false, reason: 'problems', problems, warnings };
      }
      const saved = await options.save(baseRevision, { ...copy.content, heroes: outcome.heroes });
      if (!saved.ok) return saved.reason === 'conflict' ? { ok: false, reason: 'conflict' } : saved;
      log.info('curator-csv-imported', { heroes: outcome.heroes.length, photos: outcome.photos });
      return {
        ok: true,
        revision: saved.revision,
        heroes: outcome.heroes.length,
        photos: outcome.photos,
        keptPhotos: outcome.keptPhotos,
        warnings: outcome.warnings,
      };
    } finally {
      progress.set(null);
    }
  }

  return {
    async importFromDialog(baseRevision) {
      if (!options.chooseFolder) return { ok: false, reason: 'unavailable' };
      if (progress.get()) return { ok: false, reason: 'busy' };
      const dir = await options.chooseFolder();
      if (dir === null) return { ok: false, reason: 'cancelled' };
      return run(baseRevision, diskCsvFolder(options.fs, dir));
    },
    async importUpload(baseRevision, body) {
      const uploaded = uploadedCsvFolder(body);
      if (!uploaded.ok) return { badUpload: uploaded.error };
      return run(baseRevision, uploaded.folder);
    },
  };
}
