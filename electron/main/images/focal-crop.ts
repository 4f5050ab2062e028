// Runs in: main process (the curator studio) and Node (tools: content:import, placeholders).
// Where to cut a target shape out of a photograph so the focal point (usually the face) stays in view.
import type { FocalPoint } from '../../../common/content-schema';
import type { ImageSize } from './image-specs';

export interface CropBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest box with the target's aspect ratio that fits in the source, centred on the focal point
 * as far as the edges allow.
 */
export function focalCropBox(source: ImageSize, target: ImageSize, focal: FocalPoint): CropBox {
  const targetAspect = target.width / target.height;
  let width = source.width;
  let height = Math.round(width / targetAspect);
  if (height > source.height) {
    height = source.height;
    width = Math.round(height * targetAspect);
  }
  width = Math.min(width, source.width);
  height = Math.min(height, source.height);
  const clamp = (value: number, max: number): number =>
    Math.max(0, Math.min(max, Math.round(value)));
  return {
    left: clamp(focal.x * source.width - width / 2, source.width - width),
    top: clamp(focal.y * source.height - height / 2, source.height - height),
    width,
    height,
  };
}

/**
 * A box measured on an image of size `from`, moved onto the same picture decoded at size `to`
 * (smaller): what the studio cuts from its working copy to get the crop the full-size photograph
 * would give. Stays inside `to`.
 */
export function scaleCropBox(box: CropBox, from: ImageSize, to: ImageSize): CropBox {
  const scaleX = to.width / from.width;
  const scaleY = to.height / from.height;
  const width = Math.min(to.width, Math.max(1, Math.round(box.width * scaleX)));
  const height = Math.min(to.height, Math.max(1, Math.round(box.height * scaleY)));
  return {
    left: Math.min(to.width - width, Math.round(box.left * scaleX)),
    top: Math.min(to.height - height, Math.round(box.top * scaleY)),
    width,
    height,
  };
}
