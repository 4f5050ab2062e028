// Runs in: Node (tools). Turns a full-size screenshot into a committed documentation image: scaled
// down to the width a guide shows, WebP, and under a byte budget so the repository stays small.
import sharp from 'sharp';

export interface CompressOptions {
  /** Width of the written image in pixels; the height follows the screenshot's shape. */
  width: number;
  /** The written file must be smaller than this. */
  maxBytes: number;
}

/** Qualities tried in turn, best first: most screens fit at the first one. */
export const WEBP_QUALITIES = [82, 74, 66, 58, 50, 42] as const;

export async function compressScreenshot(png: Buffer, options: CompressOptions): Promise<Buffer> {
  const resized = await sharp(png)
    .resize({ width: options.width, kernel: 'lanczos3' })
    .png()
    .toBuffer();
  let smallest = Number.POSITIVE_INFINITY;
  for (const quality of WEBP_QUALITIES) {
    const webp = await sharp(resized).webp({ quality, effort: 6 }).toBuffer();
    if (webp.length < options.maxBytes) return webp;
    smallest = Math.min(smallest, webp.length);
  }
  throw new Error(
    `still ${Math.round(smallest / 1024)} KB at WebP quality ${WEBP_QUALITIES.at(-1)}, ` +
      `over the ${Math.round(options.maxBytes / 1024)} KB budget: give the shot a smaller width`,
  );
}
