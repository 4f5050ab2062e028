// Runs in: Node (vitest). The studio's photo pipeline: a camera-sized JPEG (EXIF rotation, GPS) made
// upright, stripped and cropped around its focal point; and every bad file refused with its code,
// nothing published changed, the draft untouched: not an image, truncated, 1 GB, 300 megapixels.
import { open as openFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURATOR_MEDIA_PREFIX } from '../../../common/curator-constants';
import type { PhotoImportResult } from '../../../common/curator-contract';
import {
  cameraPhoto,
  CAMERA_MAKE,
  CAMERA_PHOTO_UPRIGHT,
  hasGpsDirectory,
} from '../../support/camera-photo';
import { removeDir } from '../content/support/content-folder';
import type { StudioFixture } from './support/studio';
import { createStudioFixture } from './support/studio';

let fixture: StudioFixture;
let chosen: string | null = null;
let publishedBefore: string;

beforeAll(async () => {
  fixture = await createStudioFixture({ chooseFile: async () => chosen });
  publishedBefore = await fixture.publishedBytes();
}, 60_000);
afterAll(async () => {
  await fixture.studio.rendersSettled();
  await removeDir(fixture.targetDir);
  await removeDir(fixture.workDir);
});

async function mediaFile(path: string): Promise<Buffer> {
  const file = await fixture.studio.resolveMediaFile(path);
  if (!file) throw new Error(`${CURATOR_MEDIA_PREFIX}${path} is not served`);
  const { readFile } = await import('node:fs/promises');
  return readFile(file);
}

function expectRefused(result: PhotoImportResult, reason: string): void {
  expect(result).toMatchObject({ ok: false, reason });
}

/** A JPEG whose header says width x height, its data that of a 16x16 image. */
async function jpegClaiming(width: number, height: number): Promise<Buffer> {
  const small = await sharp({
    create: { width: 16, height: 16, channels: 3, background: '#808080' },
  })
    .jpeg()
    .toBuffer();
  const sof = small.indexOf(Buffer.from([0xff, 0xc0]));
  small.writeUInt16BE(height, sof + 5);
  small.writeUInt16BE(width, sof + 7);
  return small;
}

describe('curator photo import', () => {
  it('turns a camera original upright, strips its metadata and GPS, and renders the kiosk crops', async () => {
    const original = await cameraPhoto();
    const before = await sharp(original).metadata();
    expect(before.exif?.includes(Buffer.from(CAMERA_MAKE))).toBe(true);
    expect(hasGpsDirectory(before.exif)).toBe(true);

    const result = await fixture.studio.importPhoto('hero-04', 'IMG_0001.JPG', original);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(result.photo.original).toMatchObject({
      fileName: 'IMG_0001.JPG',
      ...CAMERA_PHOTO_UPRIGHT,
      pending4k: true,
    });
    expect(result.photo.focalPoint).toEqual({ x: 0.5, y: 0.4 });
    expect(result.photo.placeholder).toMatch(/^data:image\/webp;base64,/);
    for (const [path, size] of [
      [result.photo.portrait, { width: 1080, height: 1920 }],
      [result.photo.thumbnail, { width: 360, height: 480 }],
      [result.photo.original.preview, { width: 1067, height: 1600 }],
    ] as const) {
      const metadata = await sharp(await mediaFile(path)).metadata();
      expect({ width: metadata.width, height: metadata.height }).toEqual(size);
      expect(metadata.format).toBe('webp');
      expect(metadata.exif).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
    }
    // The red corner of the stored image shows at the top right once the rotation is honoured.
    const preview = await sharp(await mediaFile(result.photo.original.preview))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => {
      const at = (y * preview.info.width + x) * preview.info.channels;
      return [...preview.data.subarray(at, at + 3)];
    };
    expect(pixel(preview.info.width - 20, 20)[0]).toBeGreaterThan(180); // red
    expect(pixel(20, 20)[0]).toBeLessThan(120); // blue-grey
  }, 120_000);

  it('moves the focal point: new crops from the kept original, under new names', async () => {
    const first = await fixture.studio.importPhoto('hero-04', 'a.jpg', await cameraPhoto());
    if (!first.ok) throw new Error('import refused');
    const moved = await fixture.studio.handlers['curator:set-focal-point']({
      originalId: first.photo.original.id,
      focalPoint: { x: 0.95, y: 0.05 },
    });
    if (!moved.ok) throw new Error(`refused: ${moved.reason}`);
    expect(moved.photo.focalPoint).toEqual({ x: 0.95, y: 0.05 });
    expect(moved.photo.portrait).not.toBe(first.photo.portrait);
    // The crop now takes the right-hand side, where the red corner is.
    const crop = await sharp(await mediaFile(moved.photo.portrait)).stats();
    const before = await sharp(await mediaFile(first.photo.portrait)).stats();
    expect(crop.channels[0]?.mean ?? 0).toBeGreaterThan(before.channels[0]?.mean ?? 0);
    const unknown = await fixture.studio.handlers['curator:set-focal-point']({
      originalId: 'f'.repeat(64),
      focalPoint: { x: 0.5, y: 0.5 },
    });
    expect(unknown).toEqual({ ok: false, reason: 'no-original' });
  }, 120_000);

  it('refuses a file that is not an image', async () => {
    const result = await fixture.studio.importPhoto('hero-04', 'notes.jpg', Buffer.from('hello'));
    expectRefused(result, 'not-an-image');
  });

  it('refuses a truncated JPEG (the header is fine, the data ends early)', async () => {
    const whole = await cameraPhoto();
    const result = await fixture.studio.importPhoto(
      'hero-04',
      'cut.jpg',
      whole.subarray(0, Math.floor(whole.length / 3)),
    );
    expectRefused(result, 'truncated');
  }, 60_000);

  it('refuses 300 megapixels from the header, before decoding anything', async () => {
    const result = await fixture.studio.importPhoto(
      'hero-04',
      'huge.jpg',
      await jpegClaiming(20_000, 15_000),
    );
    expect(result).toEqual({
      ok: false,
      reason: 'too-many-pixels',
      megapixels: 300,
      maxMegapixels: 100,
    });
  });

  it('refuses a format the kiosk pipeline does not take (GIF)', async () => {
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect(await fixture.studio.importPhoto('hero-04', 'a.gif', gif)).toEqual({
      ok: false,
      reason: 'unsupported-format',
      format: 'gif',
    });
  });

  it('the dialog: a 1 GB file is refused by its size without being read; closing it is "cancelled"', async () => {
    const big = join(fixture.workDir, 'one-gigabyte.jpg');
    const handle = await openFile(big, 'w');
    await handle.truncate(1024 * 1024 * 1024); // sparse: takes no disk space
    await handle.close();
    chosen = big;
    expect(await fixture.studio.handlers['curator:choose-photo']({ heroKey: 'hero-04' })).toEqual({
      ok: false,
      reason: 'file-too-large',
      bytes: 1024 * 1024 * 1024,
      maxBytes: 300 * 1024 * 1024,
    });
    chosen = null;
    expectRefused(
      await fixture.studio.handlers['curator:choose-photo']({ heroKey: 'hero-04' }),
      'cancelled',
    );
    chosen = join(fixture.workDir, 'gone.jpg');
    expectRefused(
      await fixture.studio.handlers['curator:choose-photo']({ heroKey: 'hero-04' }),
      'read-failed',
    );
    const notImage = join(fixture.workDir, 'letter.jpg');
    await writeFile(notImage, 'Dear curator');
    chosen = notImage;
    expectRefused(
      await fixture.studio.handlers['curator:choose-photo']({ heroKey: 'hero-04' }),
      'not-an-image',
    );
  });

  it('after every refusal the published content is byte for byte the same, and the draft untouched', async () => {
    expect(await fixture.publishedBytes()).toBe(publishedBefore);
    const opened = await fixture.studio.handlers['curator:open'](undefined);
    expect(opened.workingCopy.revision).toBe(1);
  });
});
