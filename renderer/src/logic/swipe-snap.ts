// Runs in: renderer. Decides where a carousel swipe lands; pure so it can be tested without a browser.

/** A flick faster than this (px/s) moves one card even when the finger travelled only a little. */
export const FLICK_VELOCITY = 450;
/** Without a flick, the finger must drag this share of the card width to move one card. */
export const DRAG_SHARE_TO_MOVE = 0.22;

export interface SwipeRelease {
  /** Horizontal distance the finger travelled, px; negative = towards the left (next card). */
  offset: number;
  /** Horizontal speed at release, px/s; negative = towards the left. */
  velocity: number;
  /** Width of one card, px. */
  width: number;
  index: number;
  count: number;
}

/**
 * The card a swipe settles on. One swipe moves at most one card, however hard the flick. At the
 * first and last card the carousel rubber-bands (it does not wrap), so the index stays in range.
 */
export function snapIndex({ offset, velocity, width, index, count }: SwipeRelease): number {
  const direction = swipeDirection(offset, velocity, width);
  return clampIndex(index + direction, count);
}

function swipeDirection(offset: number, velocity: number, width: number): -1 | 0 | 1 {
  const flicked = Math.abs(velocity) >= FLICK_VELOCITY;
  // A flick against the drag (the finger changed its mind) follows the flick.
  if (flicked) return velocity < 0 ? 1 : -1;
  if (width > 0 && Math.abs(offset) >= width * DRAG_SHARE_TO_MOVE) return offset < 0 ? 1 : -1;
  return 0;
}

export function clampIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(Math.max(Math.round(index), 0), count - 1);
}
