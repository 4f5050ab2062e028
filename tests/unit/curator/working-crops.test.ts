// Runs in: Node (vitest). The studio decodes a photograph only as large as its working crops need,
// and renders the 4K portrait straight from the file: the crops must still be the picture the
// full-size pipeline (content:import's) cuts, for any focal point and EXIF orientation.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { FocalPoint } from '../../../common/content-schema';
import { scaleCropBox } from '../../../electron/main/images/focal-crop';
import type { ImageSize } from '../../../electron/main/images/image-specs';
import {
  PORTRAIT_4K_SIZE,
  PORTRAIT_SIZE,
  THUMBNAIL_SIZE,
} from '../../../electron/main/images/image-specs';
import {
  decodeUpright,
  renderCrop,
  renderCropFromSource,
} from '../../../electron/main/images/render-variants';
import { workingSize } from '../../../electron/main/images/working-size';

const NEEDS = { crop: PORTRAIT_SIZE, longSide: 1600 };

/**
 * A photograph with detail everywhere: cells of 120 px whose colour changes with their place, so a
 * crop cut a few pixels off shows at every cell edge. Stored with the given EXIF orientation.
 */
async function patternedPhoto(stored: ImageSize, orientation: number): Promise<Buffer> {
  const cell = 120;
  const cells: string[] = [];
  for (let y = 0; y < stored.height; y += cell) {
    for (let x = 0; x < stored.width; x += cell) {
      const hue = Math.round((x / stored.width) * 300 + (y / stored.height) * 60);
      const light = ((x + y) / cell) % 2 === 0 ? 30 : 70;
      cells.push(
        `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="hsl(${hue},70%,${light}%)"/>`,
      );
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${stored.width}" height="${stored.height}">${cells.join('')}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 92 }).withMetadata({ orientation }).toBuffer();
}

/** Mean absolute difference of two images' pixels, 0..255, compared at a tenth of their size. */
async function meanDifference(a: Buffer, b: Buffer): Promise<number> {
  const { width = 0, height = 0 } = await sharp(a).metadata();
  const small = { width: Math.round(width / 10), height: Math.round(height / 10) };
  const [pixelsA, pixelsB] = await Promise.all(
    [a, b].map((image) =>
      sharp(image)
        .resize(small.width, small.height, { fit: 'fill' })
        .removeAlpha()
        .raw()
        .toBuffer(),
    ),
  );
  if (!pixelsA || !pixelsB || pixelsA.length !== pixelsB.length) throw new Error('sizes differ');
  let sum = 0;
  for (let index = 0; index < pixelsA.length; index += 1) {
    sum += Math.abs((pixelsA[index] ?? 0) - (pixelsB[index] ?? 0));
  }
  return sum / pixelsA.length;
}

const FOCAL_POINTS: FocalPoint[] = [
  { x: 0.5, y: 0.4 },
  { x: 0.08, y: 0.93 },
  { x: 0.97, y: 0.03 },
  { x: 0.31, y: 0.62 },
];
/**
 * Closer than this is the same picture: resampling and WebP differences measured 0.4 to 1.0; a crop
 * 4 px off measured 9 (the control below).
 */
const SAME_PICTURE = 3;

describe('working size', () => {
  it('is the smallest size whose portrait crop still has 1080x1920 pixels', () => {
    // A camera's 24 MP portrait: its portrait crop is 3375x6000, a third of it is enough.
    expect(workingSize({ width: 4000, height: 6000 }, NEEDS)).toEqual({
      width: 1280,
      height: 1920,
    });
    // Landscape: the crop is 2250x4000 of 6000x4000.
    expect(workingSize({ width: 6000, height: 4000 }, NEEDS)).toEqual({
      width: 2880,
      height: 1920,
    });
    // A very wide panorama: the crop's width decides.
    expect(workingSize({ width: 12000, height: 2000 }, NEEDS)).toEqual({
      width: 11520,
      height: 1920,
    });
    // Smaller than the crop: never enlarged.
    expect(workingSize({ width: 800, height: 600 }, NEEDS)).toEqual({ width: 800, height: 600 });
  });

  it("moves a box onto the smaller copy, inside it, at the copy's scale", () => {
    const box = { left: 625, top: 0, width: 3375, height: 6000 };
    expect(scaleCropBox(box, { width: 4000, height: 6000 }, { width: 1280, height: 1920 })).toEqual(
      { left: 200, top: 0, width: 1080, height: 1920 },
    );
    const edge = scaleCropBox(
      { left: 999, top: 0, width: 1001, height: 10 },
      { width: 2000, height: 10 },
      { width: 3, height: 1 },
    );
    expect(edge.left + edge.width).toBeLessThanOrEqual(3);
  });
});

describe('crops from the working copy', () => {
  // 6: a camera turned clockwise; 8: anticlockwise; 3: upside down; 1: as stored.
  it.each([6, 8, 3, 1])(
    'EXIF orientation %i: portrait and thumbnail are the full-size pipeline’s picture',
    async (orientation) => {
      const photo = await patternedPhoto({ width: 4000, height: 3000 }, orientation);
      const full = await decodeUpright(photo);
      const upright = full.fullSize;
      const working = await decodeUpright(photo, {
        fullSize: upright,
        at: workingSize(upright, NEEDS),
      });
      // The point of it: far fewer pixels decoded.
      expect(working.width * working.height).toBeLessThan((full.width * full.height) / 2);
      expect(working.fullSize).toEqual(upright);
      for (const focal of FOCAL_POINTS) {
        for (const target of [PORTRAIT_SIZE, THUMBNAIL_SIZE]) {
          const expected = await renderCrop(full, target, focal);
          const actual = await renderCrop(working, target, focal);
          expect(await sharp(actual).metadata()).toMatchObject(target);
          expect(await meanDifference(actual, expected)).toBeLessThan(SAME_PICTURE);
        }
      }
    },
    120_000,
  );

  it('the comparison sees a crop cut a few pixels off (the control)', async () => {
    const photo = await patternedPhoto({ width: 4000, height: 3000 }, 6);
    const full = await decodeUpright(photo);
    const focal = { x: 0.5, y: 0.62 };
    const expected = await renderCrop(full, PORTRAIT_SIZE, focal);
    // 0.004 of 3000 px: 12 px of the original, about 4 px of the 1080-wide crop.
    const shifted = await renderCrop(full, PORTRAIT_SIZE, { x: focal.x + 0.004, y: focal.y });
    expect(await meanDifference(shifted, expected)).toBeGreaterThan(SAME_PICTURE);
  }, 60_000);

  it.each([6, 8])(
    'EXIF orientation %i: the 4K portrait straight from the file is the full-size pipeline’s',
    async (orientation) => {
      const photo = await patternedPhoto({ width: 4000, height: 3000 }, orientation);
      const full = await decodeUpright(photo);
      for (const focal of [FOCAL_POINTS[1], FOCAL_POINTS[2]] as FocalPoint[]) {
        const fromFile = await renderCropFromSource(photo, full.fullSize, PORTRAIT_4K_SIZE, focal);
        expect(await sharp(fromFile).metadata()).toMatchObject(PORTRAIT_4K_SIZE);
        expect(
          await meanDifference(fromFile, await renderCrop(full, PORTRAIT_4K_SIZE, focal)),
        ).toBeLessThan(SAME_PICTURE);
      }
    },
    120_000,
  );
});
