// Runs in: renderer. Follows one finger on the carousel track: whether it is a tap or a drag, which
// axis it is locked to, how far it went and how fast it was moving when it let go. Pure (pointer
// samples in, figures out), so the gesture is tested without a browser; CarouselTrack feeds it.
//
// The carousel had framer-motion's drag for this. Its pan session measures the track's layout on
// every touch (20 to 35 ms at 4x CPU throttling), which a slow kiosk PC pays as the swipe starts.

/** A finger that moved less than this (px) from where it touched is still a tap. */
export const TAP_SLOP_PX = 3;
/** The drag picks its axis once the finger has moved this far (px) along one of them. */
export const AXIS_LOCK_PX = 10;
/** The release speed is measured over the finger's last this many milliseconds. */
export const VELOCITY_WINDOW_MS = 100;

export interface PointerSample {
  x: number;
  y: number;
  /** Event time, ms. */
  time: number;
}

export type DragAxis = 'x' | 'y';

export interface DragState {
  /** Moved past the tap slop: the touch's end is not a tap. */
  moved: boolean;
  /** The axis the drag follows, once the finger chose one. */
  axis: DragAxis | null;
  /** Horizontal distance from the touch, px; negative = towards the left. */
  offsetX: number;
}

export interface DragRelease extends DragState {
  /** Horizontal speed over the last VELOCITY_WINDOW_MS, px/s; negative = towards the left. */
  velocityX: number;
}

export interface DragTracker {
  move(sample: PointerSample): DragState;
  release(sample?: PointerSample): DragRelease;
}

export function createDragTracker(start: PointerSample): DragTracker {
  // Every sample of the touch: a few hundred at most, gone with the tracker at the lift.
  const history: PointerSample[] = [start];
  let moved = false;
  let axis: DragAxis | null = null;

  const state = (): DragState => ({ moved, axis, offsetX: (history.at(-1) ?? start).x - start.x });

  const take = (sample: PointerSample): void => {
    history.push(sample);
    const dx = Math.abs(sample.x - start.x);
    const dy = Math.abs(sample.y - start.y);
    if (!moved && Math.hypot(dx, dy) >= TAP_SLOP_PX) moved = true;
    if (axis === null && Math.max(dx, dy) >= AXIS_LOCK_PX) axis = dx >= dy ? 'x' : 'y';
  };

  return {
    move(sample) {
      take(sample);
      return state();
    },
    release(sample) {
      if (sample) take(sample);
      return { ...state(), velocityX: velocityX(history) };
    },
  };
}

/**
 * Speed between the newest sample and the newest one at least VELOCITY_WINDOW_MS older (or the
 * oldest kept), px/s. A finger that stopped before letting go has no speed.
 */
export function velocityX(history: readonly PointerSample[]): number {
  const newest = history[history.length - 1];
  if (!newest || history.length < 2) return 0;
  let from = history[0] as PointerSample;
  for (let index = history.length - 2; index >= 0; index -= 1) {
    const sample = history[index] as PointerSample;
    from = sample;
    if (newest.time - sample.time > VELOCITY_WINDOW_MS) break;
  }
  const seconds = (newest.time - from.time) / 1000;
  if (seconds <= 0) return 0;
  return (newest.x - from.x) / seconds;
}

/**
 * The track's position for a drag: it follows the finger between `min` and `max`, and past them
 * moves only `elasticity` of the way (the ends rubber-band).
 */
export function withElasticEnds(
  position: number,
  { min, max }: { min: number; max: number },
  elasticity: number,
): number {
  if (position < min) return min + (position - min) * elasticity;
  if (position > max) return max + (position - max) * elasticity;
  return position;
}
