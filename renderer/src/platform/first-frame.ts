// Runs in: renderer. Takes down the first frame the server wrote into index.html (common/first-frame.ts):
// it fades out once React shows the attract loop's own first portrait underneath it, so the title and
// the invitation fade in over the same picture; it goes at once when the app shows anything else (an
// error, a visitor screen). A frame that stayed up would hide the app.
import { FIRST_FRAME_ID, FIRST_PORTRAIT_TIMING } from '../../../common/first-frame';

/** The app waits at most this long for the first frame's portrait before it starts anyway. */
export const FIRST_FRAME_PAINT_WAIT_MS = 2000;

/**
 * Resolves once Chromium reports the first frame's portrait on screen (its Element Timing entry), so
 * the app's bundle, compiled and run after this, cannot hold back the picture; at once without a
 * first frame, and after FIRST_FRAME_PAINT_WAIT_MS at the latest.
 */
export function firstFramePainted(): Promise<void> {
  const image = document.querySelector<HTMLImageElement>(`#${FIRST_FRAME_ID} img`);
  if (!image) return Promise.resolve();
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = (): void => {
      observer?.disconnect();
      resolve();
    };
    // Timers get functions written in place: a named one reads to the security scan
    // (Electronegativity) like a string of code it cannot trace.
    setTimeout(() => done(), FIRST_FRAME_PAINT_WAIT_MS);
    if (PerformanceObserver.supportedEntryTypes.includes('element')) {
      observer = new PerformanceObserver((list) => {
        const entries = list.getEntries() as (PerformanceEntry & { identifier?: string })[];
        if (entries.some((entry) => entry.identifier === FIRST_PORTRAIT_TIMING)) done();
      });
      observer.observe({ type: 'element', buffered: true });
    } else {
      // No Element Timing: decoded, and one frame produced with it.
      const afterNextFrame = (): void => {
        requestAnimationFrame(() => setTimeout(() => done(), 0));
      };
      image.decode().then(afterNextFrame, afterNextFrame);
    }
    // A portrait that cannot load is never painted: start the app at once.
    image.addEventListener('error', done, { once: true });
  });
}

/** React's portrait fades in over 420 ms once decoded (visitor.css .portrait__image), plus a frame. */
export const FIRST_FRAME_HANDOVER_MS = 450;

/** However the start goes, the first frame never outstays this (a portrait that cannot be decoded). */
export const FIRST_FRAME_LONGEST_MS = 6000;

/** The first frame's own fade-out (its inline style in common/first-frame.ts), plus a frame. */
const FIRST_FRAME_FADE_MS = 520;

let fadeStarted = false;

/**
 * Fades the first frame out after `afterMs` and removes it. With `fade: false` (the app shows
 * something other than the attract loop) it goes at once, even in the middle of a fade.
 */
export function releaseFirstFrame(afterMs = 0, { fade = true }: { fade?: boolean } = {}): void {
  const frame = document.getElementById(FIRST_FRAME_ID);
  if (!frame) return;
  if (!fade) {
    frame.remove();
    return;
  }
  if (fadeStarted) return;
  fadeStarted = true;
  setTimeout(() => {
    frame.classList.add(`${FIRST_FRAME_ID}--leaving`);
    setTimeout(() => frame.remove(), FIRST_FRAME_FADE_MS);
  }, afterMs);
}

/** Called once at start-up: the safety net for a start that never reaches the attract portrait. */
export function releaseFirstFrameAtLatest(): void {
  if (document.getElementById(FIRST_FRAME_ID))
    setTimeout(() => releaseFirstFrame(0, { fade: false }), FIRST_FRAME_LONGEST_MS);
}
