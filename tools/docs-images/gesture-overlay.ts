// Runs in: Node (tools). Draws where staff hold and tap for the hidden staff gesture, over a
// screenshot: the two corner zones the renderer listens to, numbered in the order of the gesture.
import sharp from 'sharp';
import { DEFAULT_CORNER_GESTURE } from '../../renderer/src/staff/gesture/corner-gesture';

export interface ScreenSize {
  width: number;
  height: number;
}

/** The corner zone's side in CSS pixels, as corner-gesture.ts computes it for this screen. */
export function cornerSize({ width, height }: ScreenSize): number {
  const { cornerFraction, minCornerPx, maxCornerPx } = DEFAULT_CORNER_GESTURE;
  const side = Math.min(width, height) * cornerFraction;
  return Math.round(Math.min(maxCornerPx, Math.max(minCornerPx, side)));
}

/** An SVG of the screen's size: both zones outlined, a number in each, a label beside it. */
export function gestureOverlaySvg(screen: ScreenSize): string {
  const side = cornerSize(screen);
  const holdSeconds = DEFAULT_CORNER_GESTURE.holdMs / 1000;
  const tapSeconds = DEFAULT_CORNER_GESTURE.tapWindowMs / 1000;
  const zone = (x: number, y: number, number: number): string =>
    `<rect x="${x}" y="${y}" width="${side}" height="${side}" rx="12" fill="rgba(255,214,0,0.35)" stroke="#ffd600" stroke-width="8"/>` +
    `<text x="${x + side / 2}" y="${y + side / 2 + 26}" font-size="72" font-weight="800" text-anchor="middle" fill="#0b1620">${number}</text>`;
  const label = (x: number, y: number, anchor: 'start' | 'end', lines: string[]): string =>
    lines
      .map(
        (line, index) =>
          `<text x="${x}" y="${y + index * 68}" font-size="56" font-weight="700" text-anchor="${anchor}" fill="#ffd600" stroke="#0b1620" stroke-width="10" paint-order="stroke">${line}</text>`,
      )
      .join('');
  const right = screen.width - side;
  const bottom = screen.height - side;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${screen.width}" height="${screen.height}" font-family="Noto Sans, DejaVu Sans, sans-serif">`,
    // The screen dimmed, so the two corners and the words stand out.
    `<rect width="${screen.width}" height="${screen.height}" fill="rgba(6,12,16,0.6)"/>`,
    zone(0, 0, 1),
    label(24, side + 70, 'start', [`1. Hold still ${holdSeconds} s,`, '    then lift']),
    zone(right, bottom, 2),
    label(screen.width - 24, bottom - 90, 'end', [`2. Within ${tapSeconds} s,`, 'tap once']),
    '</svg>',
  ].join('');
}

/** The screenshot with the gesture drawn over it, as PNG. */
export async function drawGesture(png: Buffer): Promise<Buffer> {
  const image = sharp(png);
  const { width, height } = await image.metadata();
  if (!width || !height) throw new Error('the screenshot has no size');
  const overlay = Buffer.from(gestureOverlaySvg({ width, height }));
  return image
    .composite([{ input: overlay }])
    .png()
    .toBuffer();
}
