// Runs in: tests. The crops the studio draws: the portrait and thumbnail cut around the focal point
// as the photo pipeline cuts them, the landscape screen's window positioned like object-position.
import { describe, expect, it } from 'vitest';
import {
  coverWindow,
  cropBackground,
  screenCrops,
} from '../../../renderer/src/curator/crop-geometry';

describe('screen crops', () => {
  it('keeps a landscape original’s face in the portrait crop', () => {
    const crops = screenCrops({ width: 6000, height: 4000 }, { x: 0.9, y: 0.3 });
    expect(crops.portrait.height).toBe(4000);
    expect(crops.portrait.width).toBe(2250);
    // As far right as the edge allows.
    expect(crops.portrait.left).toBe(6000 - 2250);
    expect(crops.thumbnail.width / crops.thumbnail.height).toBeCloseTo(3 / 4, 2);
  });

  it('shows the focal part of the portrait on the landscape screen', () => {
    const box = { left: 0, top: 0, width: 1080, height: 1920 };
    const top = coverWindow(box, { width: 960, height: 1080 }, { x: 0.5, y: 0 });
    const bottom = coverWindow(box, { width: 960, height: 1080 }, { x: 0.5, y: 1 });
    expect(top.top).toBe(0);
    expect(bottom.top + bottom.height).toBeCloseTo(1920, 5);
    expect(top.width / top.height).toBeCloseTo(960 / 1080, 5);
  });

  it('draws a box as a background that fills its element', () => {
    const style = cropBackground(
      '/a.jpg',
      { width: 2000, height: 1000 },
      {
        left: 500,
        top: 0,
        width: 1000,
        height: 1000,
      },
    );
    expect(style).toEqual({
      backgroundImage: 'url("/a.jpg")',
      backgroundSize: '200% 100%',
      backgroundPosition: '50% 0%',
    });
  });
});
