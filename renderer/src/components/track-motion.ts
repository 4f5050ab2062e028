// Runs in: renderer. Moves the carousel track: the finger's position is written straight to the
// track's transform, and a snap steps the spring (logic/snap-spring.ts) once per frame. Nothing
// else runs per frame: no animation library's frame loop, no motion values, no React. A frame of the
// drag or the snap is one style write, which keeps frames short on a slow kiosk PC. (A Web
// Animations snap, played by the compositor, dropped more frames on the benchmark machine's software
// compositor than this.) The track is written on whole device pixels: a layer at a fractional offset
// is resampled on every frame it is drawn, which on a software compositor cost more than twice the
// time of a plain copy (traced: 276 against 122 ms of quad drawing per swipe), and its words blur.
import { stepSpring } from '../logic/snap-spring';
import type { SpringStep } from '../logic/snap-spring';

/** Within this distance of its card (px) a snap counts as ended (see `Snap.ended`). */
export const SNAP_NEARLY_DONE_PX = 4;

/** The reduced-motion change of hero: the new portrait fades in where the old one was. */
const FADE_IN = { from: 0.15, durationMs: 400 } as const;

/** A snap in progress. */
export interface Snap {
  /** Where the track is heading (px). */
  to: number;
  /** Stops the snap where it is; `ended` settles. */
  stop(): void;
  /**
   * Settles once the track is within SNAP_NEARLY_DONE_PX of `to`, or the snap stopped: the spring's
   * last pixels take another ~300 ms, and a visitor's next swipe often starts in them.
   */
  ended: Promise<undefined>;
}

/** requestAnimationFrame, or a fake one in tests. */
export interface FrameClock {
  request(callback: (time: number) => void): number;
  cancel(handle: number): void;
}

/** The part of the track element the motion touches. */
export interface TrackElement {
  style: { transform: string };
  animate?: HTMLElement['animate'];
}

export interface TrackMotion {
  /** The element to move; null when it unmounts. Stable, so it can be a React ref callback. */
  attach(element: TrackElement | null): void;
  /** px. */
  position(): number;
  /** Puts the track at `x` at once (the finger, a new screen size), stopping a snap. */
  jump(x: number): void;
  /** Springs the track to `to`, carrying `velocity` (px/s), from where it is. */
  snapTo(to: number, velocity: number): Snap;
  /** Fades the track in (reduced motion's change of hero). */
  fadeIn(): void;
  /** A snap or a fade is playing. */
  isMoving(): boolean;
  /** Stops a snap and a fade. */
  stop(): void;
}

const browserFrameClock: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** Device pixels per CSS pixel, read at each write (a screen can change its scale). */
export type PixelRatio = () => number;

const browserPixelRatio: PixelRatio = () => globalThis.devicePixelRatio || 1;

export function createTrackMotion(
  frames: FrameClock = browserFrameClock,
  pixelRatio: PixelRatio = browserPixelRatio,
): TrackMotion {
  let element: TrackElement | null = null;
  /** Where the track is (px), fractions included: the spring and the finger work on this. */
  let position = 0;
  /** What the element's transform says now (px, on a device pixel); undefined before a write. */
  let written: number | undefined;
  let snap: Snap | null = null;
  let fade: Animation | undefined;

  const place = (x: number): void => {
    position = x;
    if (!element) return;
    const ratio = pixelRatio();
    // `+ 0` turns -0 into 0.
    const onPixel = Math.round(x * ratio) / ratio + 0;
    // The spring's last fractions of a pixel, or a finger that moved less than one, change nothing
    // on screen: no write, so that frame runs no style, paint or layer update.
    if (onPixel === written) return;
    written = onPixel;
    element.style.transform = `translateX(${onPixel}px)`;
  };

  const snapTo = (to: number, velocity: number): Snap => {
    snap?.stop();
    let resolveEnded = (): void => undefined;
    const ended = new Promise<undefined>((resolve) => {
      resolveEnded = () => resolve(undefined);
    });
    let state: SpringStep = { position, velocity, atRest: false };
    let lastTime: number | undefined;
    let handle: number | undefined;
    const onFrame = (time: number): void => {
      // The first frame only reads the clock: the spring starts from the release, and the track
      // is already where the finger left it.
      if (lastTime !== undefined) {
        state = stepSpring(state, to, time - lastTime);
        place(state.position);
        if (Math.abs(state.position - to) <= SNAP_NEARLY_DONE_PX) resolveEnded();
      }
      lastTime = time;
      if (state.atRest) {
        current.stop();
        return;
      }
      handle = frames.request(onFrame);
    };
    const current: Snap = {
      to,
      ended,
      stop: () => {
        if (handle !== undefined) frames.cancel(handle);
        handle = undefined;
        if (snap === current) snap = null;
        resolveEnded();
      },
    };
    snap = current;
    handle = frames.request(onFrame);
    return current;
  };

  return {
    attach: (next) => {
      element = next;
      written = undefined;
      if (element) place(position);
    },
    position: () => position,
    jump: (x) => {
      snap?.stop();
      place(x);
    },
    snapTo,
    fadeIn: () => {
      fade?.cancel();
      fade = element?.animate?.([{ opacity: FADE_IN.from }, { opacity: 1 }], {
        duration: FADE_IN.durationMs,
        easing: 'ease-out',
      });
    },
    isMoving: () => snap !== null || fade?.playState === 'running',
    stop: () => {
      snap?.stop();
      fade?.cancel();
      fade = undefined;
    },
  };
}
