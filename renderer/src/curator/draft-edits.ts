// Runs in: renderer. Pure edits of the draft content: each returns a new draft and leaves the one it
// was given alone (the studio's store and its autosave compare drafts by reference).
import type { Content, Hero, Language, LocalizedText } from '../../../common/content-schema';

/** The words of a hero kept as one text per language. */
export type HeroTextField = 'name' | 'role' | 'shortLine';
export type PhotoTextField = 'credit' | 'alt';

/** A valid, tiny, neutral image for heroes without a photograph yet (the schema wants a data URI). */
export const NO_PHOTO_PLACEHOLDER =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const EMPTY_TEXT: LocalizedText = { kk: '', ru: '', en: '' };

export function emptyHero(id: string, name: LocalizedText): Hero {
  return {
    id,
    status: 'draft',
    name: { ...name },
    role: { ...EMPTY_TEXT },
    shortLine: { ...EMPTY_TEXT },
    story: { kk: [], ru: [], en: [] },
    photo: {
      portrait: '',
      thumbnail: '',
      placeholder: NO_PHOTO_PLACEHOLDER,
      focalPoint: { x: 0.5, y: 0.35 },
      credit: { ...EMPTY_TEXT },
      alt: { ...EMPTY_TEXT },
    },
  };
}

/** Paragraphs are separated by blank lines; spaces around them and empty ones do not count. */
export function paragraphsFromText(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

export function textFromParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

export function updateHero(draft: Content, heroId: string, change: (hero: Hero) => Hero): Content {
  const index = draft.heroes.findIndex((hero) => hero.id === heroId);
  const hero = draft.heroes[index];
  if (!hero) return draft;
  const heroes = [...draft.heroes];
  heroes[index] = change(hero);
  return { ...draft, heroes };
}

export function setHeroText(
  draft: Content,
  heroId: string,
  field: HeroTextField,
  language: Language,
  value: string,
): Content {
  return updateHero(draft, heroId, (hero) => ({
    ...hero,
    [field]: { ...hero[field], [language]: value },
  }));
}

export function setHeroStory(
  draft: Content,
  heroId: string,
  language: Language,
  text: string,
): Content {
  return updateHero(draft, heroId, (hero) => ({
    ...hero,
    story: { ...hero.story, [language]: paragraphsFromText(text) },
  }));
}

export function setPhotoText(
  draft: Content,
  heroId: string,
  field: PhotoTextField,
  language: Language,
  value: string,
): Content {
  return updateHero(draft, heroId, (hero) => ({
    ...hero,
    photo: { ...hero.photo, [field]: { ...hero.photo[field], [language]: value } },
  }));
}

/** Moves one hero to another place in the kiosk's order; out-of-range moves change nothing. */
export function moveHero(draft: Content, from: number, to: number): Content {
  const count = draft.heroes.length;
  if (from === to || from < 0 || to < 0 || from >= count || to >= count) return draft;
  const heroes = [...draft.heroes];
  const [moved] = heroes.splice(from, 1);
  if (moved) heroes.splice(to, 0, moved);
  return { ...draft, heroes };
}

export function addHero(draft: Content, hero: Hero, at = draft.heroes.length): Content {
  const heroes = [...draft.heroes];
  heroes.splice(Math.max(0, Math.min(at, heroes.length)), 0, hero);
  return { ...draft, heroes };
}

/** The kiosk needs at least one hero: the last one cannot be removed. */
export function removeHero(draft: Content, heroId: string): Content {
  if (draft.heroes.length <= 1) return draft;
  const heroes = draft.heroes.filter((hero) => hero.id !== heroId);
  return heroes.length === draft.heroes.length ? draft : { ...draft, heroes };
}

/**
 * The draft with one value replaced, the objects and arrays on the way copied (for the exhibition's
 * and the settings' fields, e.g. ['exhibition', 'quotes', 0, 'author', 'ru']).
 */
export function setAtPath(
  draft: Content,
  path: readonly (string | number)[],
  value: unknown,
): Content {
  const replace = (node: unknown, depth: number): unknown => {
    if (depth === path.length) return value;
    const key = path[depth] as string | number;
    if (Array.isArray(node)) {
      const copy = [...node];
      copy[key as number] = replace(copy[key as number], depth + 1);
      return copy;
    }
    const record = (node ?? {}) as Record<string, unknown>;
    return { ...record, [key]: replace(record[key], depth + 1) };
  };
  return replace(draft, 0) as Content;
}
