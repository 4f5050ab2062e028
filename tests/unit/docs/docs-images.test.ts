// Runs in: Node (vitest). The documentation pictures' own logic: each fits its byte budget at the
// width a guide shows, or the script says which one does not; the staff gesture is drawn where the
// renderer listens for it.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { compressScreenshot } from '../../../tools/docs-images/compress-image';
import { cornerSize, gestureOverlaySvg } from '../../../tools/docs-images/gesture-overlay';

/** A screenshot no encoder can shrink much: every pixel random. */
async function noisyScreenshot(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

describe('compressScreenshot', () => {
  it('scales to the width asked for and writes WebP under the budget', async () => {
    const png = await noisyScreenshot(400, 600);
    const webp = await compressScreenshot(png, { width: 200, maxBytes: 150 * 1024 });
    const metadata = await sharp(webp).metadata();
    expect(metadata.format).toBe('webp');
    expect(metadata.width).toBe(200);
    expect(metadata.height).toBe(300);
    expect(webp.length).toBeLessThan(150 * 1024);
  });

  it('lowers the quality until the picture fits', async () => {
    const png = await noisyScreenshot(400, 600);
    const best = await compressScreenshot(png, { width: 200, maxBytes: 10 * 1024 * 1024 });
    const squeezed = await compressScreenshot(png, { width: 200, maxBytes: best.length });
    expect(squeezed.length).toBeLessThan(best.length);
  });

  it('says so when even the lowest quality is over the budget', async () => {
    const png = await noisyScreenshot(400, 600);
    await expect(compressScreenshot(png, { width: 200, maxBytes: 1024 })).rejects.toThrow(
      /over the 1 KB budget: give the shot a smaller width/,
    );
  });
});

describe('the staff gesture picture', () => {
  it('sizes the corners as the renderer does: 10 % of the short side, within 64 to 160 px', () => {
    expect(cornerSize({ width: 1080, height: 1920 })).toBe(108);
    expect(cornerSize({ width: 1920, height: 1080 })).toBe(108);
    expect(cornerSize({ width: 2160, height: 3840 })).toBe(160);
    expect(cornerSize({ width: 480, height: 800 })).toBe(64);
  });

  it('marks the top-left corner 1 and the bottom-right corner 2', () => {
    const svg = gestureOverlaySvg({ width: 1080, height: 1920 });
    expect(svg).toContain('<rect x="0" y="0" width="108" height="108"');
    expect(svg).toContain('<rect x="972" y="1812" width="108" height="108"');
    expect(svg).toContain('Hold still 3 s');
    expect(svg).toContain('Within 2 s');
  });
});
