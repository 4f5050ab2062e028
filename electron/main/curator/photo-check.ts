// Runs in: main process (also the web preview server). Decides whether a file the curator chose is a
// photograph the studio can use, before any pixel is decoded: size on disk, format and pixel count
// come from the file's header, so a 1 GB file or a 300-megapixel image is refused at once.
import sharp from 'sharp';
import type { Metadata } from 'sharp';
import { MAX_PHOTO_BYTES, MAX_PHOTO_MEGAPIXELS } from '../../../common/curator-constants';
import type { PhotoImportResult } from '../../../common/curator-contract';

export const ACCEPTED_PHOTO_FORMATS = ['jpeg', 'png', 'tiff', 'webp'] as const;

type Refusal = Extract<PhotoImportResult, { ok: false }>;

export interface PhotoHeader {
  format: string;
  /** As stored; `upright*` with the EXIF orientation applied. */
  uprightWidth: number;
  uprightHeight: number;
}

export function sizeRefusal(bytes: number): Refusal | null {
  return bytes > MAX_PHOTO_BYTES
    ? { ok: false, reason: 'file-too-large', bytes, maxBytes: MAX_PHOTO_BYTES }
    : null;
}

/** Reads the header only; the full decode (which finds truncated data) comes with the rendering. */
export async function checkPhotoHeader(
  source: Buffer,
): Promise<{ ok: true; header: PhotoHeader } | Refusal> {
  const tooLarge = sizeRefusal(source.length);
  if (tooLarge) return tooLarge;
  let metadata: Metadata;
  try {
    // No pixel limit here: the header is all that is read, and the limit is checked just below.
    metadata = await sharp(source, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, reason: 'not-an-image' };
  }
  const format = metadata.format ?? 'unknown';
  if (!(ACCEPTED_PHOTO_FORMATS as readonly string[]).includes(format)) {
    return { ok: false, reason: 'unsupported-format', format };
  }
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width === 0 || height === 0) return { ok: false, reason: 'not-an-image' };
  const megapixels = (width * height) / 1_000_000;
  if (megapixels > MAX_PHOTO_MEGAPIXELS) {
    return {
      ok: false,
      reason: 'too-many-pixels',
      megapixels: Math.round(megapixels * 10) / 10,
      maxMegapixels: MAX_PHOTO_MEGAPIXELS,
    };
  }
  return {
    ok: true,
    header: {
      format,
      uprightWidth: metadata.autoOrient.width,
      uprightHeight: metadata.autoOrient.height,
    },
  };
}
