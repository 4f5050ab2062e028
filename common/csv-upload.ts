// Runs in: every process (no zod: the renderer packs the upload with it). The CSV import's folder:
// which files it reads, their limits, and how the web preview receives a folder the curator picked
// in the browser (one POST: a JSON list of the folder's files, then the bytes of those sent).
import { MAX_PHOTO_BYTES } from './curator-constants';

export const HEROES_CSV_NAME = 'heroes.csv';
/** A spreadsheet of 200 heroes with long stories is well under 1 MB. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;
/** The whole upload in the preview (heroes.csv and the photos it names, each within its limit). */
export const MAX_CSV_UPLOAD_BYTES = 1024 * 1024 * 1024;
/** The folder's listing in an upload: more files than this is not a folder of portraits. */
export const MAX_CSV_UPLOAD_FILES = 2000;
/** The photo column names files with these endings (any capitals). */
export const CSV_PHOTO_EXTENSIONS: readonly string[] = [
  '.jpg',
  '.jpeg',
  '.png',
  '.tif',
  '.tiff',
  '.webp',
];

export const hasPhotoExtension = (path: string): boolean =>
  CSV_PHOTO_EXTENSIONS.includes(path.slice(path.lastIndexOf('.')).toLowerCase());

/** The preview's CSV import endpoint: POST the packed folder (application/octet-stream). */
export const previewCsvUploadPath = (baseRevision: number): string =>
  `/api/curator/csv?baseRevision=${baseRevision}`;

/** One file of the picked folder: its path inside it ('/' separated) and size; `sent` when its bytes follow. */
export interface CsvUploadEntry {
  path: string;
  size: number;
  sent: boolean;
}

/**
 * Whether a file's bytes travel: heroes.csv and photographs within their limits. A larger one is
 * listed by name and size only, so a 1 GB photo is reported as too large without being sent.
 */
export function isSentInUpload(path: string, size: number): boolean {
  if (path === HEROES_CSV_NAME) return size <= MAX_CSV_BYTES;
  return hasPhotoExtension(path) && size <= MAX_PHOTO_BYTES;
}

/**
 * The upload's body: a 4-byte big-endian length, the JSON listing `{ files: CsvUploadEntry[] }`,
 * then the bytes of every sent file in the listing's order.
 */
export function packCsvUpload(picked: readonly { path: string; file: Blob }[]): {
  /** Made only when asked: an upload over the limit is refused before any file is touched. */
  body(): Blob;
  bytes: number;
} {
  // Only what the import may read is listed: a folder's other documents stay on the computer.
  const files = picked.filter(({ path }) => path === HEROES_CSV_NAME || hasPhotoExtension(path));
  const entries: CsvUploadEntry[] = files.map(({ path, file }) => ({
    path,
    size: file.size,
    sent: isSentInUpload(path, file.size),
  }));
  const listing = new TextEncoder().encode(JSON.stringify({ files: entries }));
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, listing.length);
  const sent = files.filter((_, index) => entries[index]?.sent).map(({ file }) => file);
  const bytes = sent.reduce((total, file) => total + file.size, length.length + listing.length);
  return { body: () => new Blob([length, listing, ...sent]), bytes };
}
