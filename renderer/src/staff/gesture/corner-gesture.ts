// Runs in: renderer. Recognises the hidden staff gesture from raw pointer events: hold the top-left
// corner still for about three seconds, let go, then tap the bottom-right corner within two seconds.
// Pure (no DOM): the layer feeds it events, tests feed it thousands of random ones.
// A child tapping, swiping or leaning on the screen does not complete it: taps are far shorter than
// the hold, a second finger or any movement cancels it, and the finishing tap must land in the
// opposite corner, alone, soon after.

export type GesturePointerType = 'down' | 'move' | 'up' | 'cancel';

export interface GesturePointerEvent {
  type: GesturePointerType;
  pointerId: number;
  x: number;
  y: number;
  /** Milliseconds, any monotonic clock (event.timeStamp). */
  time: number;
  /** Size of the screen the coordinates are in. */
  width: number;
  height: number;
}

export interface CornerGestureOptions {
  /** How long the first corner is held. */
  holdMs: number;
  /** Holding longer than this is leaning on the screen, not the gesture. */
  maxHoldMs: number;
  /** Time after letting go of the first corner in which the second corner is tapped. */
  tapWindowMs: number;
  /** A tap lifts within this time. */
  maxTapMs: number;
  /** Movement allowed while holding or tapping, in CSS pixels (fingers wobble). */
  maxMovePx: number;
  /** Corner zone size as a fraction of the shorter screen side, clamped to min/max pixels. */
  cornerFraction: number;
  minCornerPx: number;
  maxCornerPx: number;
}

export const DEFAULT_CORNER_GESTURE: CornerGestureOptions = {
  holdMs: 3000,
  maxHoldMs: 10_000,
  tapWindowMs: 2000,
  maxTapMs: 800,
  maxMovePx: 24,
  cornerFraction: 0.1,
  minCornerPx: 64,
  maxCornerPx: 160,
};

export interface CornerGesture {
  /** Returns true exactly when this event completes the gesture. */
  handle(event: GesturePointerEvent): boolean;
  /** The corner hold is done and the gesture waits for the tap (the hold's own click is not a visitor's). */
  isArmed(): boolean;
  reset(): void;
}

/** A finger "down" for longer than this without an up or cancel was lost track of. */
const STALE_POINTER_MS = 30_000;

type Phase =
  | { name: 'idle' }
  | { name: 'holding'; pointerId: number; startX: number; startY: number; since: number }
  | { name: 'armed'; until: number }
  | { name: 'tapping'; pointerId: number; startX: number; startY: number; since: number }
  // Some other touch is on the screen: wait until every finger is off before starting again.
  | { name: 'spoiled' };

export function cornerSize(width: number, height: number, options: CornerGestureOptions): number {
  const size = Math.min(width, height) * options.cornerFraction;
  return Math.min(options.maxCornerPx, Math.max(options.minCornerPx, size));
}

export function createCornerGesture(overrides: Partial<CornerGestureOptions> = {}): CornerGesture {
  const options = { ...DEFAULT_CORNER_GESTURE, ...overrides };
  let phase: Phase = { name: 'idle' };
  // Fingers on the screen and when they went down (a lost pointerup must not block the gesture forever).
  const down = new Map<number, number>();

  const inTopLeft = (event: GesturePointerEvent) => {
    const size = cornerSize(event.width, event.height, options);
    return event.x <= size && event.y <= size;
  };
  const inBottomRight = (event: GesturePointerEvent) => {
    const size = cornerSize(event.width, event.height, options);
    return event.x >= event.width - size && event.y >= event.height - size;
  };
  const movedTooFar = (event: GesturePointerEvent, startX: number, startY: number) =>
    Math.hypot(event.x - startX, event.y - startY) > options.maxMovePx;

  function onDown(event: GesturePointerEvent): void {
    for (const [pointerId, since] of down) {
      if (pointerId === event.pointerId || event.time - since > STALE_POINTER_MS) {
        down.delete(pointerId);
      }
    }
    const othersDown = down.size > 0;
    down.set(event.pointerId, event.time);
    if (othersDown) {
      phase = { name: 'spoiled' };
      return;
    }
    if (phase.name === 'armed' && event.time <= phase.until && inBottomRight(event)) {
      phase = {
        name: 'tapping',
        pointerId: event.pointerId,
        startX: event.x,
        startY: event.y,
        since: event.time,
      };
    } else if (inTopLeft(event)) {
      phase = {
        name: 'holding',
        pointerId: event.pointerId,
        startX: event.x,
        startY: event.y,
        since: event.time,
      };
    } else {
      phase = { name: 'idle' };
    }
  }

  function onMove(event: GesturePointerEvent): void {
    if (
      (phase.name === 'holding' || phase.name === 'tapping') &&
      phase.pointerId === event.pointerId &&
      movedTooFar(event, phase.startX, phase.startY)
    ) {
      phase = { name: 'idle' };
    }
  }

  function onUp(event: GesturePointerEvent): boolean {
    down.delete(event.pointerId);
    if (phase.name === 'spoiled') {
      if (down.size === 0) phase = { name: 'idle' };
      return false;
    }
    if (phase.name === 'armed' || phase.name === 'idle') return false;
    if (phase.pointerId !== event.pointerId) return false;
    const duration = event.time - phase.since;
    const still = !movedTooFar(event, phase.startX, phase.startY);
    if (phase.name === 'holding') {
      const heldLongEnough = duration >= options.holdMs && duration <= options.maxHoldMs;
      phase =
        heldLongEnough && still && inTopLeft(event)
          ? { name: 'armed', until: event.time + options.tapWindowMs }
          : { name: 'idle' };
      return false;
    }
    const completed = duration <= options.maxTapMs && still && inBottomRight(event);
    phase = { name: 'idle' };
    return completed;
  }

  return {
    handle(event) {
      switch (event.type) {
        case 'down':
          onDown(event);
          return false;
        case 'move':
          onMove(event);
          return false;
        case 'up':
          return onUp(event);
        case 'cancel':
          down.delete(event.pointerId);
          phase = down.size === 0 ? { name: 'idle' } : { name: 'spoiled' };
          return false;
      }
    },
    isArmed: () => phase.name === 'armed',
    reset() {
      phase = { name: 'idle' };
      down.clear();
    },
  };
}
