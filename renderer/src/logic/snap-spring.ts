// Runs in: renderer. The carousel track's snap spring, stepped frame by frame; pure so it can be
// tested without a browser or a clock.

export interface SpringOptions {
  stiffness: number;
  damping: number;
  mass: number;
}

/** Nearly critically damped: the card arrives quickly and settles without a visible bounce. */
export const SNAP_SPRING: SpringOptions = { stiffness: 320, damping: 36, mass: 0.9 };

/** Closer than this (px) and slower than REST_SPEED, the spring lands exactly on its target. */
export const REST_DISTANCE_PX = 0.5;
/** px/s. */
export const REST_SPEED = 20;

/** Integration step (ms): small enough to stay stable and smooth at this stiffness. */
const STEP_MS = 1;
/**
 * A frame that came very late (a stalled tab, a busy PC) advances the spring by at most this much
 * (ms), so the track never jumps across the screen in one frame.
 */
export const MAX_FRAME_MS = 64;

export interface SpringState {
  /** px. */
  position: number;
  /** px/s. */
  velocity: number;
}

export interface SpringStep extends SpringState {
  /** At its target and still: the caller stops asking for frames. */
  atRest: boolean;
}

/** Advances the spring towards `target` by `elapsedMs` (semi-implicit Euler in 1 ms steps). */
export function stepSpring(
  state: SpringState,
  target: number,
  elapsedMs: number,
  { stiffness, damping, mass }: SpringOptions = SNAP_SPRING,
): SpringStep {
  let { position, velocity } = state;
  const steps = Math.ceil(Math.min(Math.max(elapsedMs, 0), MAX_FRAME_MS) / STEP_MS);
  const dt = STEP_MS / 1000;
  for (let step = 0; step < steps; step += 1) {
    const acceleration = (-stiffness * (position - target) - damping * velocity) / mass;
    velocity += acceleration * dt;
    position += velocity * dt;
  }
  if (Math.abs(position - target) < REST_DISTANCE_PX && Math.abs(velocity) < REST_SPEED) {
    return { position: target, velocity: 0, atRest: true };
  }
  return { position, velocity, atRest: false };
}
