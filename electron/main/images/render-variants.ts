// Runs in: main process (the curator studio) and Node (tools: content:import, placeholders).
// Turns one source image into the files the kiosk shows: portrait, optional 4K portrait, thumbnail and
// a tiny blurred data URI. Shared by the placeholder generator and the curator's import.
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import type { FocalPoint } from '../../../common/content-schema';
import { focalCropBox, scaleCropBox } from './focal-crop';
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

/** A photograph decoded once, EXIF orientation baked into its pixels, as raw sRGB. */
export interface UprightImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
  /**
   * The upright photograph's own size: crop boxes are measured on it, whatever size these pixels
   * were decoded at, so a crop is the same picture either way.
   */
  fullSize: ImageSize;
}

const DEFAULT_PIXEL_LIMIT = 268_402_689;

/**
 * Decodes the source and applies its EXIF orientation, so crop boxes are computed on what people
 * see. The raw pixels carry no metadata at all: every file made from them is free of EXIF and GPS.
 * `failOn: 'truncated'` makes a file whose data ends early an error instead of a grey band.
 * With `at` (the upright size scaled down, see working-size.ts) the resize is part of the decode,
 * so a JPEG is decoded at a half, quarter or eighth of its size to begin with (shrink-on-load).
 */
export async function decodeUpright(
  source: Buffer | string,
  options: { limitInputPixels?: number; fullSize?: ImageSize; at?: ImageSize } = {},
): Promise<UprightImage> {
  let pipeline = sharp(source, {
    failOn: 'truncated',
    limitInputPixels: options.limitInputPixels ?? DEFAULT_PIXEL_LIMIT,
  }).rotate();
  const { fullSize, at } = options;
  const scaled = fullSize && at && (at.width < fullSize.width || at.height < fullSize.height);
  if (scaled) pipeline = pipeline.resize(at.width, at.height, { fit: 'fill' });
  const upright = await pipeline.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = upright.info;
  return {
    data: upright.data,
    width,
    height,
    channels,
    fullSize: scaled ? { width: fullSize.width, height: fullSize.height } : { width, height },
  };
}

export function fromUpright(image: UprightImage): Sharp {
  const { width, height, channels } = image;
  return sharp(image.data, { raw: { width, height, channels } });
}

/** One crop of the target's shape around the focal point, as WebP. */
export async function renderCrop(
  image: UprightImage,
  target: ImageSize,
  focal: FocalPoint,
): Promise<Buffer> {
  return fromUpright(image)
    .extract(scaleCropBox(focalCropBox(image.fullSize, target, focal), image.fullSize, image))
    .resize(target.width, target.height, { fit: 'fill' })
    .webp({ quality: WEBP_QUALITY })
    .toBuffer();
}

/**
 * One crop straight from the source file, decoded at full size inside libvips for just this render:
 * nothing the size of the decoded photograph is kept after it (the studio's 4K portrait).
 */
export async function renderCropFromSource(
  source: Buffer,
  upright: ImageSize,
  target: ImageSize,
  focal: FocalPoint,
): Promise<Buffer> {
  return sharp(source, { failOn: 'truncated', limitInputPixels: DEFAULT_PIXEL_LIMIT })
    .rotate()
    .extract(focalCropBox(upright, target, focal))
    .resize(target.width, target.height, { fit: 'fill' })
    .webp({ quality: WEBP_QUALITY })
    .toBuffer();
}

/** True when the portrait crop has enough pixels for a 2160x3840 file. */
export function canMake4k(image: ImageSize, focal: FocalPoint): boolean {
  return focalCropBox(image, PORTRAIT_4K_SIZE, focal).width >= PORTRAIT_4K_SIZE.width;
}

/** The tiny blurred preview shown while the portrait decodes, as a data URI. */
export async function blurDataUri(portrait: Buffer): Promise<string> {
  const blurHeight = Math.round(
    (BLUR_PLACEHOLDER_WIDTH * PORTRAIT_SIZE.height) / PORTRAIT_SIZE.width,
  );
  const blur = await sharp(portrait)
    .resize(BLUR_PLACEHOLDER_WIDTH, blurHeight)
    .blur(1)
    .webp({ quality: 40 })
    .toBuffer();
  return `data:image/webp;base64,${blur.toString('base64')}`;
}

/** Renders every variant of an already decoded photograph around the focal point. */
export async function renderVariantsOf(
  image: UprightImage,
  focal: FocalPoint,
  options: { make4k: boolean } = { make4k: true },
): Promise<RenderedVariants> {
  const portrait = await renderCrop(image, PORTRAIT_SIZE, focal);
  const portrait4k =
    options.make4k && canMake4k(image.fullSize, focal)
      ? await renderCrop(image, PORTRAIT_4K_SIZE, focal)
      : null;
  const thumbnail = await renderCrop(image, THUMBNAIL_SIZE, focal);
  return { portrait, portrait4k, thumbnail, blurDataUri: await blurDataUri(portrait) };
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
  return renderVariantsOf(await decodeUpright(source), focal, options);
}
