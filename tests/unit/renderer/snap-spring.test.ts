import { describe, expect, it } from 'vitest';
import {
  MAX_FRAME_MS,
  REST_DISTANCE_PX,
  SNAP_SPRING,
  stepSpring,
} from '../../../renderer/src/logic/snap-spring';
import type { SpringStep } from '../../../renderer/src/logic/snap-spring';

/** Steps the spring at 60 frames a second until it rests; returns every frame. */
function run(from: number, to: number, velocity = 0, maxFrames = 600): SpringStep[] {
  const frames: SpringStep[] = [];
  let state = { position: from, velocity };
  for (let frame = 0; frame < maxFrames; frame += 1) {
    const step = stepSpring(state, to, 1000 / 60);
    frames.push(step);
    if (step.atRest) break;
    state = step;
  }
  return frames;
}

describe('stepSpring', () => {
  it('brings the track to its card and lands exactly on it', () => {
    const frames = run(-300, -1080);
    const last = frames.at(-1);
    expect(last).toEqual({ position: -1080, velocity: 0, atRest: true });
    // About half a second at 60 frames a second: quick, and not a snap cut.
    expect(frames.length).toBeGreaterThan(15);
    expect(frames.length).toBeLessThan(60);
  });

  it('does not visibly overshoot the card from a still start', () => {
    const positions = run(0, -1080).map((frame) => frame.position);
    expect(Math.min(...positions)).toBeGreaterThan(-1080 - REST_DISTANCE_PX * 4);
  });

  it('carries the finger’s speed: a flick towards the card arrives sooner', () => {
    const still = run(-400, -1080).length;
    const flicked = run(-400, -1080, -3000).length;
    expect(flicked).toBeLessThan(still);
  });

  it('moves nothing for no elapsed time, and no further than its longest frame for a late one', () => {
    const state = { position: 0, velocity: 0 };
    expect(stepSpring(state, -1080, 0)).toEqual({ position: 0, velocity: 0, atRest: false });
    expect(stepSpring(state, -1080, 10_000)).toEqual(stepSpring(state, -1080, MAX_FRAME_MS));
  });

  it('rests at once when it is already there', () => {
    expect(stepSpring({ position: -1080.2, velocity: 5 }, -1080, 16)).toEqual({
      position: -1080,
      velocity: 0,
      atRest: true,
    });
  });

  it('uses the snap spring by default', () => {
    const state = { position: 0, velocity: 0 };
    expect(stepSpring(state, 500, 16)).toEqual(stepSpring(state, 500, 16, SNAP_SPRING));
    expect(stepSpring(state, 500, 16)).not.toEqual(
      stepSpring(state, 500, 16, { ...SNAP_SPRING, stiffness: 100 }),
    );
  });
});
