// Runs in: main process (also the web preview server). The two folders a CSV import reads: a folder
// on disk chosen in Electron's dialog, and the files the web preview received in one upload (a JSON
// listing, then the bytes; common/csv-upload.ts). Neither hands out a file outside the folder.
import { resolve } from 'node:path';
import { CsvUploadListingSchema } from '../../../common/curator-csv-contract';
import { isSentInUpload } from '../../../common/csv-upload';
import { isInside } from '../content/check-content-files';
import type { CuratorFs } from './curator-fs';
import type { CsvFolder } from './csv-import';
import { isPathInsideFolder } from './csv-import';

/** A folder on disk: sizes come from stat, so a 1 GB file is refused without being read. */
export function diskCsvFolder(fs: CuratorFs, dir: string): CsvFolder {
  const root = resolve(dir);
  const fileOf = (path: string): string | null => {
    if (!isPathInsideFolder(path)) return null;
    const file = resolve(root, path);
    return isInside(root, file) ? file : null;
  };
  return {
    list: () => fs.readdir(root),
    async size(path) {
      const file = fileOf(path);
      if (file === null) return null;
      try {
        const stats = await fs.stat(file);
        return stats.isFile() ? stats.size : null;
      } catch {
        return null;
      }
    },
    async read(path) {
      const file = fileOf(path);
      if (file === null) throw new Error(`not inside the folder: ${path}`);
      return fs.readFile(file);
    },
  };
}

export type UploadedFolder = { ok: true; folder: CsvFolder } | { ok: false; error: string };

/**
 * The preview's upload as a folder. Refused (with a reason for the HTTP 400) when the listing is
 * not one, a file claims to be sent that may not be, or the bytes do not add up.
 */
export function uploadedCsvFolder(body: Buffer): UploadedFolder {
  if (body.length < 4) return { ok: false, error: 'no listing' };
  const listingLength = body.readUInt32BE(0);
  if (4 + listingLength > body.length) return { ok: false, error: 'listing cut short' };
  let listing: unknown;
  try {
    listing = JSON.parse(body.subarray(4, 4 + listingLength).toString('utf8'));
  } catch {
    return { ok: false, error: 'listing is not JSON' };
  }
  const parsed = CsvUploadListingSchema.safeParse(listing);
  if (!parsed.success) return { ok: false, error: 'listing is not a folder listing' };
  const files = new Map<string, { size: number; bytes: Buffer | null }>();
  let offset = 4 + listingLength;
  for (const entry of parsed.data.files) {
    if (entry.sent !== isSentInUpload(entry.path, entry.size)) {
      return { ok: false, error: `${entry.path}: sent when it may not be, or the other way` };
    }
    let bytes: Buffer | null = null;
    if (entry.sent) {
      if (offset + entry.size > body.length) return { ok: false, error: 'files cut short' };
      bytes = body.subarray(offset, offset + entry.size);
      offset += entry.size;
    }
    files.set(entry.path, { size: entry.size, bytes });
  }
  if (offset !== body.length) return { ok: false, error: 'more bytes than the listing says' };
  return {
    ok: true,
    folder: {
      list: async () => [...files.keys()],
      size: async (path) => files.get(path)?.size ?? null,
      async read(path) {
        const bytes = files.get(path)?.bytes;
        if (!bytes) throw new Error(`not sent: ${path}`);
        return bytes;
      },
    },
  };
}
