// Runs in: tests (vitest). Folders for the studio's CSV import: one held in memory (the injected file
// reader; a file may give only its size, to stand for a 1 GB file that must never be read), and small
// photographs and a cut-short JPEG made with sharp at test time.
import sharp from 'sharp';
import type { CsvFolder } from '../../../../electron/main/curator/csv-import';

/** A file's bytes, or only its size (reading it fails the test). */
export type MemoryFile = Buffer | { size: number };

export interface MemoryFolder extends CsvFolder {
  /** Paths whose bytes were read. */
  reads: string[];
}

export function memoryFolder(files: Record<string, MemoryFile>): MemoryFolder {
  const reads: string[] = [];
  return {
    reads,
    list: async () => Object.keys(files),
    size: async (path) => {
      const file = files[path];
      if (file === undefined) return null;
      return Buffer.isBuffer(file) ? file.length : file.size;
    },
    read: async (path) => {
      const file = files[path];
      if (!Buffer.isBuffer(file)) throw new Error(`${path} must not be read`);
      reads.push(path);
      return file;
    },
  };
}

/** A small JPEG (portrait-shaped by default): a few milliseconds to render. */
export function smallPhoto(width = 600, height = 900, colour = '#4070a0'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}

/** A JPEG whose header is whole and whose data stops half-way. */
export async function truncatedPhoto(): Promise<Buffer> {
  const whole = await sharp({
    create: {
      width: 900,
      height: 1200,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg()
    .toBuffer();
  return whole.subarray(0, Math.floor(whole.length / 2));
}
