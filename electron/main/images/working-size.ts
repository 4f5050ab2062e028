// Runs in: main process (the curator studio). How small the studio may decode a photograph and still
// cut its working crops at full quality: a 24-megapixel camera original decodes about ten times
// faster at the size its 1080x1920 portrait crop needs (JPEG shrink-on-load does most of it).
import type { FocalPoint } from '../../../common/content-schema';
import { focalCropBox } from './focal-crop';
import type { ImageSize } from './image-specs';

/** Any focal point: the box's size depends only on the source's and the target's shapes. */
const ANY_FOCAL: FocalPoint = { x: 0.5, y: 0.5 };

/**
 * The smallest size of the upright photograph at which the crop of `crop`'s shape still has at
 * least `crop`'s pixels and the long side at least `longSide`: never larger than the original.
 */
export function workingSize(
  upright: ImageSize,
  needs: { crop: ImageSize; longSide: number },
): ImageSize {
  const box = focalCropBox(upright, needs.crop, ANY_FOCAL);
  const scale = Math.min(
    1,
    Math.max(
      needs.crop.width / box.width,
      needs.crop.height / box.height,
      needs.longSide / Math.max(upright.width, upright.height),
    ),
  );
  if (scale === 1) return { width: upright.width, height: upright.height };
  // Rounded up, so the scaled box never falls a pixel short of the crop it must fill.
  return {
    width: Math.min(upright.width, Math.ceil(upright.width * scale)),
    height: Math.min(upright.height, Math.ceil(upright.height * scale)),
  };
}
