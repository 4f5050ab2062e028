import { describe, expect, it } from 'vitest';
import { FLICK_VELOCITY, snapIndex } from '../../../renderer/src/logic/swipe-snap';

const base = { width: 1000, index: 3, count: 10 };

describe('snapIndex', () => {
  it('stays on the card after a short slow drag', () => {
    expect(snapIndex({ ...base, offset: -100, velocity: -50 })).toBe(3);
    expect(snapIndex({ ...base, offset: 100, velocity: 50 })).toBe(3);
  });

  it('moves one card after a long slow drag, in the direction of the finger', () => {
    expect(snapIndex({ ...base, offset: -400, velocity: 0 })).toBe(4);
    expect(snapIndex({ ...base, offset: 400, velocity: 0 })).toBe(2);
  });

  it('moves one card on a short fast flick', () => {
    expect(snapIndex({ ...base, offset: -30, velocity: -FLICK_VELOCITY - 1 })).toBe(4);
    expect(snapIndex({ ...base, offset: 30, velocity: FLICK_VELOCITY + 1 })).toBe(2);
  });

  it('never moves more than one card, however far or fast', () => {
    expect(snapIndex({ ...base, offset: -2500, velocity: -9000 })).toBe(4);
    expect(snapIndex({ ...base, offset: 2500, velocity: 9000 })).toBe(2);
  });

  it('follows a flick against the drag', () => {
    expect(snapIndex({ ...base, offset: -400, velocity: FLICK_VELOCITY * 2 })).toBe(2);
  });

  it('rubber-bands at both ends instead of wrapping', () => {
    expect(snapIndex({ ...base, index: 0, offset: 600, velocity: 3000 })).toBe(0);
    expect(snapIndex({ ...base, index: 9, offset: -600, velocity: -3000 })).toBe(9);
  });
});
