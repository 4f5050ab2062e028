// Runs in: Node (vitest).
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { focalCropBox } from '../../../tools/content/focal-crop';
import { placeholderSvg } from '../../../tools/content/placeholder-art';
import { renderVariants } from '../../../tools/content/render-variants';

describe('focalCropBox', () => {
  const portrait = { width: 1080, height: 1920 };

  it('takes the full height of a landscape photo, centred on the focal point', () => {
    expect(focalCropBox({ width: 6000, height: 4000 }, portrait, { x: 0.5, y: 0.5 })).toEqual({
      left: 1875,
      top: 0,
      width: 2250,
      height: 4000,
    });
  });

  it('stops at the edges instead of leaving the photo', () => {
    expect(focalCropBox({ width: 6000, height: 4000 }, portrait, { x: 0, y: 0 }).left).toBe(0);
    expect(focalCropBox({ width: 6000, height: 4000 }, portrait, { x: 1, y: 1 }).left).toBe(3750);
  });

  it('takes the full width of a very tall photo', () => {
    expect(focalCropBox({ width: 1000, height: 4000 }, portrait, { x: 0.5, y: 0.1 })).toEqual({
      left: 0,
      top: 0,
      width: 1000,
      height: 1778,
    });
  });
});

describe('placeholder artwork', () => {
  it('is the same for the same hero and different for another', () => {
    const first = placeholderSvg({ heroId: 'hero-04', number: 4, kind: 'draft' });
    expect(placeholderSvg({ heroId: 'hero-04', number: 4, kind: 'draft' })).toBe(first);
    expect(placeholderSvg({ heroId: 'hero-05', number: 5, kind: 'draft' })).not.toBe(first);
  });

  it('is drawn from shapes and text only, marked as a placeholder in three languages', () => {
    const svg = placeholderSvg({ heroId: 'daniil-kim', number: 2, kind: 'photo-pending' });
    expect(svg).not.toMatch(/<image|href=/);
    expect(svg).toContain('photo to be supplied');
    expect(svg).toContain('фото будет добавлено');
    expect(svg).toContain('фотосурет кейін қосылады');
  });

  it('renders to the kiosk sizes with a tiny blurred preview', async () => {
    const svg = placeholderSvg({ heroId: 'hero-07', number: 7, kind: 'draft' });
    const variants = await renderVariants(Buffer.from(svg), { x: 0.5, y: 0.4 }, { make4k: false });
    expect(await sharp(variants.portrait).metadata()).toMatchObject({ width: 1080, height: 1920 });
    expect(await sharp(variants.thumbnail).metadata()).toMatchObject({ width: 360, height: 480 });
    expect(variants.portrait4k).toBeNull();
    expect(variants.portrait.length).toBeLessThan(150 * 1024);
    expect(variants.blurDataUri.length).toBeLessThan(1000);
    const blur = Buffer.from(variants.blurDataUri.split(',')[1] ?? '', 'base64');
    expect((await sharp(blur).metadata()).width).toBe(24);
  }, 30_000);
});
