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
