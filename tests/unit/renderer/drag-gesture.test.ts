import { describe, expect, it } from 'vitest';
import {
  AXIS_LOCK_PX,
  TAP_SLOP_PX,
  VELOCITY_WINDOW_MS,
  createDragTracker,
  velocityX,
  withElasticEnds,
} from '../../../renderer/src/logic/drag-gesture';

const at = (x: number, y: number, time: number) => ({ x, y, time });

describe('createDragTracker', () => {
  it('is a tap while the finger stays within the slop', () => {
    const tracker = createDragTracker(at(500, 900, 0));
    expect(tracker.move(at(500 + TAP_SLOP_PX - 1, 900, 16))).toEqual({
      moved: false,
      axis: null,
      offsetX: TAP_SLOP_PX - 1,
    });
    expect(tracker.release().moved).toBe(false);
  });

  it('is no longer a tap once the finger passed the slop, even if it comes back', () => {
    const tracker = createDragTracker(at(500, 900, 0));
    tracker.move(at(500, 900 + TAP_SLOP_PX, 16));
    expect(tracker.release(at(500, 900, 32)).moved).toBe(true);
  });

  it('locks to the axis the finger first travels far along, and keeps it', () => {
    const horizontal = createDragTracker(at(500, 900, 0));
    expect(horizontal.move(at(505, 902, 16)).axis).toBeNull();
    expect(horizontal.move(at(500 - AXIS_LOCK_PX, 903, 32)).axis).toBe('x');
    expect(horizontal.move(at(490, 1200, 48)).axis).toBe('x');

    const vertical = createDragTracker(at(500, 900, 0));
    expect(vertical.move(at(504, 900 + AXIS_LOCK_PX, 16)).axis).toBe('y');
    expect(vertical.move(at(900, 910, 32)).axis).toBe('y');
  });

  it('reports the horizontal offset from the touch', () => {
    const tracker = createDragTracker(at(860, 900, 0));
    tracker.move(at(600, 905, 16));
    expect(tracker.release(at(300, 910, 32)).offsetX).toBe(-560);
  });

  it('measures the speed over the last moments before release', () => {
    const tracker = createDragTracker(at(800, 900, 0));
    // Slow at first, then fast: only the fast end counts.
    for (let time = 10; time <= 400; time += 10) tracker.move(at(800 - time / 10, 900, time));
    for (let time = 410; time <= 600; time += 10)
      tracker.move(at(760 - (time - 400) * 2, 900, time));
    expect(tracker.release().velocityX).toBeCloseTo(-2000, 0);
  });

  it('has no speed when the finger stopped before letting go', () => {
    const tracker = createDragTracker(at(800, 900, 0));
    tracker.move(at(500, 900, 50));
    expect(tracker.release(at(500, 900, 50 + VELOCITY_WINDOW_MS * 3)).velocityX).toBeCloseTo(0, 5);
  });
});

describe('velocityX', () => {
  it('is zero for one sample or no time', () => {
    expect(velocityX([at(0, 0, 0)])).toBe(0);
    expect(velocityX([at(0, 0, 5), at(100, 0, 5)])).toBe(0);
  });

  it('spans back to the first sample older than the window', () => {
    const samples = [at(0, 0, 0), at(10, 0, 50), at(20, 0, 100), at(120, 0, 150)];
    // From t=0 (150 ms back, the first past the window): 120 px in 0.15 s.
    expect(velocityX(samples)).toBeCloseTo(800, 5);
  });
});

describe('withElasticEnds', () => {
  const range = { min: -2000, max: 0 };

  it('follows the finger inside the range', () => {
    expect(withElasticEnds(-700, range, 0.18)).toBe(-700);
  });

  it('moves only a share of the way past either end', () => {
    expect(withElasticEnds(100, range, 0.18)).toBeCloseTo(18, 5);
    expect(withElasticEnds(-2100, range, 0.18)).toBeCloseTo(-2018, 5);
  });
});
