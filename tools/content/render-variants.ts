// Runs in: Node (tools).
// Turns one source image into the files the kiosk shows: portrait, optional 4K portrait, thumbnail and
// a tiny blurred data URI. Shared by the placeholder generator and the curator's import.
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import type { FocalPoint } from '../../common/content-schema';
import { focalCropBox } from './focal-crop';
import type { ImageSize } from './image-specs';
import {
  BLUR_PLACEHOLDER_WIDTH,
  PORTRAIT_4K_SIZE,
  PORTRAIT_SIZE,
  THUMBNAIL_SIZE,
  WEBP_QUALITY,
} from './image-specs';

export interface RenderedVariants {
  portrait: Buffer;
  /** Only when the source is at least 4K-sized after cropping. */
  portrait4k: Buffer | null;
  thumbnail: Buffer;
  /** `data:image/webp;base64,...` */
  blurDataUri: string;
}

/**
 * Reads the source once, applies its EXIF orientation (then drops all metadata, GPS included: sharp
 * writes none unless asked) and renders every variant around the focal point.
 */
export async function renderVariants(
  source: Buffer,
  focal: FocalPoint,
  options: { make4k: boolean } = { make4k: true },
): Promise<RenderedVariants> {
  // Bake the orientation into the pixels first so crop boxes are computed on what people see.
  const upright = await sharp(source, { failOn: 'truncated' })
    .rotate()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height, channels } = upright.info;
  const fromUpright = (): Sharp => sharp(upright.data, { raw: { width, height, channels } });
  const sourceSize: ImageSize = { width, height };

  const crop = async (target: ImageSize): Promise<Buffer> =>
    fromUpright()
      .extract(focalCropBox(sourceSize, target, focal))
      .resize(target.width, target.height, { fit: 'fill' })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer();

  const portraitBox = focalCropBox(sourceSize, PORTRAIT_4K_SIZE, focal);
  const canMake4k = portraitBox.width >= PORTRAIT_4K_SIZE.width;
  const portrait = await crop(PORTRAIT_SIZE);
  const portrait4k = options.make4k && canMake4k ? await crop(PORTRAIT_4K_SIZE) : null;
  const thumbnail = await crop(THUMBNAIL_SIZE);
  const blurHeight = Math.round(
    (BLUR_PLACEHOLDER_WIDTH * PORTRAIT_SIZE.height) / PORTRAIT_SIZE.width,
  );
  const blur = await sharp(portrait)
    .resize(BLUR_PLACEHOLDER_WIDTH, blurHeight)
    .blur(1)
    .webp({ quality: 40 })
    .toBuffer();
  return {
    portrait,
    portrait4k,
    thumbnail,
    blurDataUri: `data:image/webp;base64,${blur.toString('base64')}`,
  };
}
