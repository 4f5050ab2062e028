// Runs in: renderer. Tells the browser that an element's touch strokes are the page's own, so that
// Chromium runs no scroll or fling of its own alongside the page's drag.
//
// Why: `touch-action` does not stop Chromium's fling. A fast flick on the carousel track (which
// follows the finger with its own pointer listeners) still starts a fling in the browser process:
// its fling controller sees the gesture before the touch-action filter drops its scrolls, so the
// fling moves nothing on screen but runs on for a second or more. The next touch anywhere "catches"
// that fling, and Chromium suppresses the catching touch's tap (its tap suppression after a fling
// cancel): the "Next hero" button tapped 1.2 s after a flick got its pointerdown and pointerup but
// no click. A cancelled touchmove starts no browser gesture at all.

/** The part of an element this needs: plain EventTarget, so it is tested without a browser. */
export type TouchMoveTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

const claim = (event: Event): void => {
  // An uncancelable move (the browser already scrolls) cannot be claimed; preventDefault on it
  // would only log a warning.
  if (event.cancelable) event.preventDefault();
};

/**
 * Cancels every touchmove inside `target` (listening actively: React's touch listeners are passive
 * and cannot cancel). Pointer events still arrive; only the browser's own gesture is stopped.
 * Returns the function that stops claiming.
 */
export function claimTouchMoves(target: TouchMoveTarget): () => void {
  target.addEventListener('touchmove', claim, { passive: false });
  return () => target.removeEventListener('touchmove', claim);
}
