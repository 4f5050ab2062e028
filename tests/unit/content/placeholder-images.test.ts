// Runs in: Node (vitest).
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { focalCropBox } from '../../../electron/main/images/focal-crop';
import { placeholderSvg } from '../../../tools/content/placeholder-art';
import { renderVariants } from '../../../electron/main/images/render-variants';

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
    const first = placeholderSvg({ heroId: 'hero-04', kind: 'draft' });
    expect(placeholderSvg({ heroId: 'hero-04', kind: 'draft' })).toBe(first);
    expect(placeholderSvg({ heroId: 'hero-05', kind: 'draft' })).not.toBe(first);
  });

  it('is drawn from shapes only: no text, no embedded pictures', () => {
    for (const kind of ['draft', 'photo-pending'] as const) {
      const svg = placeholderSvg({ heroId: 'daniil-kim', kind });
      expect(svg).not.toMatch(/<image|href=|<text|<tspan|<font/);
      // Nothing between the tags either: every visible mark is a shape.
      expect(svg.replace(/<[^>]*>/g, '').trim()).toBe('');
    }
  });

  it('draws a ready hero awaiting its photo differently from a draft', () => {
    const pending = placeholderSvg({ heroId: 'hero-04', kind: 'photo-pending' });
    const draft = placeholderSvg({ heroId: 'hero-04', kind: 'draft' });
    // Viewfinder corners only for the photograph still to come; dotted rings only for drafts.
    expect(pending).toContain('<path');
    expect(draft).not.toContain('<path');
    expect(draft).toContain('stroke-dasharray="0 ');
    expect(pending).not.toContain('stroke-dasharray="0 ');
  });

  it('keeps its rings in the upper part, clear of the overlaid name and buttons', () => {
    for (const heroId of ['yeldar-grebnev', 'hero-12', 'hero-30']) {
      for (const kind of ['draft', 'photo-pending'] as const) {
        const svg = placeholderSvg({ heroId, kind });
        const rings = [...svg.matchAll(/<circle cx="\d+" cy="(\d+)" r="(\d+)" fill="none"/g)];
        expect(rings.length).toBeGreaterThanOrEqual(3);
        for (const [, centreY, radius] of rings) {
          expect(Number(centreY) + Number(radius)).toBeLessThan(3840 * 0.6);
        }
      }
    }
  });

  it('renders to the kiosk sizes with a tiny blurred preview', async () => {
    const svg = placeholderSvg({ heroId: 'hero-07', kind: 'draft' });
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
