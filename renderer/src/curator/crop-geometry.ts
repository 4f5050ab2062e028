// Runs in: renderer (the studio's chunk). Where each screen's picture comes from in the original,
// so the studio draws the crops exactly as the kiosk will show them: the portrait and thumbnail
// files are cut around the focal point by the photo pipeline (focalCropBox), and a landscape screen
// shows the portrait file in its left half, positioned on the focal point (object-position, as the
// Portrait component does).
import type { FocalPoint } from '../../../common/content-schema';
// Pure modules (no Node, no Electron) shared with the photo pipeline, so the studio draws exactly the
// boxes main cuts; they belong in common/ (asked of the services' branch).
/* eslint-disable no-restricted-imports */
import { focalCropBox } from '../../../electron/main/images/focal-crop';
import type { CropBox } from '../../../electron/main/images/focal-crop';
import type { ImageSize } from '../../../electron/main/images/image-specs';
import { PORTRAIT_SIZE, THUMBNAIL_SIZE } from '../../../electron/main/images/image-specs';
/* eslint-enable no-restricted-imports */

export type { CropBox };

/** The photograph's half of a 1920x1080 landscape screen. */
export const LANDSCAPE_PHOTO_AREA: ImageSize = { width: 960, height: 1080 };

export interface ScreenCrops {
  portrait: CropBox;
  landscape: CropBox;
  thumbnail: CropBox;
}

export function screenCrops(source: ImageSize, focal: FocalPoint): ScreenCrops {
  const portrait = focalCropBox(source, PORTRAIT_SIZE, focal);
  return {
    portrait,
    landscape: coverWindow(portrait, LANDSCAPE_PHOTO_AREA, focal),
    thumbnail: focalCropBox(source, THUMBNAIL_SIZE, focal),
  };
}

/** The part of `box` that object-fit: cover shows in an area of `area`'s shape, at `focal`. */
export function coverWindow(box: CropBox, area: ImageSize, focal: FocalPoint): CropBox {
  const areaAspect = area.width / area.height;
  const boxAspect = box.width / box.height;
  if (boxAspect < areaAspect) {
    const height = box.width / areaAspect;
    return { ...box, top: box.top + (box.height - height) * focal.y, height };
  }
  const width = box.height * areaAspect;
  return { ...box, left: box.left + (box.width - width) * focal.x, width };
}

/** CSS that draws `box` of a `source`-sized image filling its element (same shape as the box). */
export function cropBackground(
  url: string,
  source: ImageSize,
  box: CropBox,
): { backgroundImage: string; backgroundSize: string; backgroundPosition: string } {
  const percent = (offset: number, size: number, whole: number): string =>
    whole === size ? '0%' : `${(offset / (whole - size)) * 100}%`;
  return {
    backgroundImage: `url("${url}")`,
    backgroundSize: `${(source.width / box.width) * 100}% ${(source.height / box.height) * 100}%`,
    backgroundPosition: `${percent(box.left, box.width, source.width)} ${percent(box.top, box.height, source.height)}`,
  };
}
