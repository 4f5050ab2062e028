// Runs in: renderer (the studio's chunk). A draft hero as the visitor components take it: the id
// main made (or the studio's key until the first save), and a hero without a photograph yet shows
// a neutral placeholder where the portrait will be.
import type { Hero } from '../../../common/content-schema';
import type { DraftHero } from '../../../common/curator-contract';

/** A valid, tiny, neutral image (the visitor components want a blurred placeholder to show). */
export const NO_PHOTO_PLACEHOLDER =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export function visitorHero(hero: DraftHero, heroIds: Readonly<Record<string, string>>): Hero {
  const { key, photo, ...words } = hero;
  const files = { ...photo };
  delete files.original;
  return {
    ...words,
    id: heroIds[key] || hero.id || key,
    photo: {
      ...files,
      portrait: photo.portrait ?? '',
      thumbnail: photo.thumbnail ?? '',
      placeholder: photo.placeholder ?? NO_PHOTO_PLACEHOLDER,
    },
  };
}
