import { describe, expect, it } from 'vitest';
import type { Photo } from '../../../common/content-schema';
import { portraitSources } from '../../../common/portrait-sources';

const photo = {
  portrait: 'heroes/a/portrait.webp',
  thumbnail: 'heroes/a/thumb.webp',
} as Photo;

describe('portraitSources', () => {
  it('offers the 4K file beside the 1080 px one when there is one', () => {
    expect(portraitSources({ ...photo, portrait4k: 'heroes/a/4k.webp' }, 'base/')).toEqual({
      src: 'base/heroes/a/portrait.webp',
      srcSet: 'base/heroes/a/portrait.webp 1080w, base/heroes/a/4k.webp 2160w',
      sizes: '100vw',
    });
  });

  it('gives a plain source without a 4K file, and thumbnails never get a source set', () => {
    expect(portraitSources(photo, 'base/')).toEqual({
      src: 'base/heroes/a/portrait.webp',
      srcSet: undefined,
      sizes: undefined,
    });
    expect(
      portraitSources({ ...photo, portrait4k: 'heroes/a/4k.webp' }, 'base/', 'thumbnail'),
    ).toEqual({ src: 'base/heroes/a/thumb.webp', srcSet: undefined, sizes: undefined });
  });
});
