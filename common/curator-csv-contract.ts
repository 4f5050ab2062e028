// Runs in: every process (main and the preview validate with it; the renderer imports its types only).
// The studio's CSV import: a folder with heroes.csv and the photographer's originals becomes the hero
// list of the working copy (a new autosaved revision), all or nothing, every problem by row and column.
// Electron picks the folder with the system dialog ('curator:import-csv'); the web preview receives it
// over HTTP (common/csv-upload.ts). Both end in electron/main/curator/csv-import.ts.
import { z } from 'zod';
import type { CsvProblem } from './csv-problems';
import type { CuratorWriteFailure } from './curator-contract';
import { MAX_CSV_UPLOAD_FILES } from './csv-upload';

export type { CsvProblem, CsvProblemCode } from './csv-problems';

export const csvImportRequestSchemas = {
  /** Electron only: the system folder dialog, then the import into the working copy at this revision. */
  'curator:import-csv': z.strictObject({ baseRevision: z.number().int().min(0) }),
} satisfies Record<string, z.ZodType>;

/** The listing at the head of a preview upload (common/csv-upload.ts's packCsvUpload). */
export const CsvUploadListingSchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        path: z.string().min(1).max(1000),
        size: z.number().int().min(0),
        sent: z.boolean(),
      }),
    )
    .max(MAX_CSV_UPLOAD_FILES),
});

export type CsvImportResult =
  | {
      ok: true;
      /** The working copy's new revision: open it again to see the imported heroes. */
      revision: number;
      heroes: number;
      /** Photographs rendered from the folder. */
      photos: number;
      /** Heroes without a photo in their row, keeping the one they had. */
      keptPhotos: number;
      warnings: CsvProblem[];
    }
  /** Nothing was changed; every problem found is listed. */
  | { ok: false; reason: 'problems'; problems: CsvProblem[]; warnings: CsvProblem[] }
  /** The folder dialog was closed without a folder. */
  | { ok: false; reason: 'cancelled' }
  /** Electron's dialog asked for in the preview, or the upload in Electron. */
  | { ok: false; reason: 'unavailable' }
  /** Another import (a photo or a CSV) is running: try again when it is done. */
  | { ok: false; reason: 'busy' }
  /** The working copy changed since the import was asked for: nothing was changed. */
  | { ok: false; reason: 'conflict' }
  /** The imported heroes would make the working copy larger than it may be. */
  | { ok: false; reason: 'too-large'; bytes: number; maxBytes: number }
  /** The preview upload is over MAX_CSV_UPLOAD_BYTES. */
  | { ok: false; reason: 'upload-too-large'; bytes: number; maxBytes: number }
  | CuratorWriteFailure;

export interface CsvImportResponses {
  'curator:import-csv': CsvImportResult;
}
