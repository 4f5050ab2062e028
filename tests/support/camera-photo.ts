// Runs in: tests (vitest and Playwright, in Node). A camera-sized photograph made at test time, so no
// big binary is committed: a 6000x4000 JPEG stored sideways with EXIF orientation 6 (the camera was
// turned: it shows as a 4000x6000 portrait) and GPS coordinates the studio must strip. A red square
// marks the stored image's top-left corner, which shows at the top right once the rotation is honoured.
import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';

export const CAMERA_PHOTO_STORED = { width: 6000, height: 4000 } as const;
/** Size as a viewer shows it, EXIF orientation applied. */
export const CAMERA_PHOTO_UPRIGHT = { width: 4000, height: 6000 } as const;
/** Written into IFD0 so tests can tell the original's EXIF from anything the studio writes. */
export const CAMERA_MAKE = 'HeroesTestCam';

const cached = new Map<number, Promise<Buffer>>();

async function render(variant: number): Promise<Buffer> {
  const marker = await sharp({
    create: { width: 800, height: 800, channels: 3, background: { r: 220, g: 20, b: 30 } },
  })
    .png()
    .toBuffer();
  return sharp({
    create: { ...CAMERA_PHOTO_STORED, channels: 3, background: { r: 70, g: 110, b: 150 } },
  })
    .composite([{ input: marker, left: 0, top: 0 }])
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: {
        Make: CAMERA_MAKE,
        Orientation: '6',
        ...(variant > 0 ? { ImageDescription: `Variant ${variant}` } : {}),
      },
      // IFD3 is the GPS directory.
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 10/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '71/1 26/1 0/1',
      },
    })
    .toBuffer();
}

/**
 * The photograph's bytes (made once per process). A `variant` above 0 is the same picture with its
 * number in the EXIF description: other bytes, so the studio takes it as a new original (the
 * benchmark's runs).
 */
export function cameraPhoto(variant = 0): Promise<Buffer> {
  let photo = cached.get(variant);
  if (!photo) {
    photo = render(variant);
    cached.set(variant, photo);
  }
  return photo;
}

/** Writes the photograph to `path`, e.g. for a file input in a browser test. */
export async function writeCameraPhoto(path: string, variant = 0): Promise<string> {
  await writeFile(path, await cameraPhoto(variant));
  return path;
}

/** True when EXIF data carries a GPS directory (tag 0x8825, in either byte order). */
export function hasGpsDirectory(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}
