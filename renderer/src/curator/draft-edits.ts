// Runs in: renderer (the studio's chunk). Pure edits of the draft content: each returns a new draft
// and leaves the one it was given alone (the store and its autosave compare drafts by reference).
// Heroes are found by their `key`, the studio's handle that stays while names and ids change.
import type { Language } from '../../../common/content-schema';
import type { DraftContent, DraftHero, DraftLocalizedText } from '../../../common/curator-contract';

export type HeroTextField = 'name' | 'role' | 'shortLine';
export type PhotoTextField = 'credit' | 'alt';

const EMPTY_TEXT: DraftLocalizedText = { kk: '', ru: '', en: '' };

/** A new hero: main gives it an id made from its name at the next save. */
export function emptyHero(key: string, name: DraftLocalizedText): DraftHero {
  return {
    key,
    id: '',
    status: 'draft',
    name: { ...name },
    role: { ...EMPTY_TEXT },
    shortLine: { ...EMPTY_TEXT },
    story: { kk: [], ru: [], en: [] },
    photo: {
      portrait: null,
      thumbnail: null,
      placeholder: null,
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

export function updateHero(
  draft: DraftContent,
  heroKey: string,
  change: (hero: DraftHero) => DraftHero,
): DraftContent {
  const index = draft.heroes.findIndex((hero) => hero.key === heroKey);
  const hero = draft.heroes[index];
  if (!hero) return draft;
  const heroes = [...draft.heroes];
  heroes[index] = change(hero);
  return { ...draft, heroes };
}

export function setHeroText(
  draft: DraftContent,
  heroKey: string,
  field: HeroTextField,
  language: Language,
  value: string,
): DraftContent {
  return updateHero(draft, heroKey, (hero) => ({
    ...hero,
    [field]: { ...hero[field], [language]: value },
  }));
}

export function setHeroStory(
  draft: DraftContent,
  heroKey: string,
  language: Language,
  text: string,
): DraftContent {
  return updateHero(draft, heroKey, (hero) => ({
    ...hero,
    story: { ...hero.story, [language]: paragraphsFromText(text) },
  }));
}

export function setPhotoText(
  draft: DraftContent,
  heroKey: string,
  field: PhotoTextField,
  language: Language,
  value: string,
): DraftContent {
  return updateHero(draft, heroKey, (hero) => ({
    ...hero,
    photo: { ...hero.photo, [field]: { ...hero.photo[field], [language]: value } },
  }));
}

/** Moves one hero to another place in the kiosk's order; out-of-range moves change nothing. */
export function moveHero(draft: DraftContent, from: number, to: number): DraftContent {
  const count = draft.heroes.length;
  if (from === to || from < 0 || to < 0 || from >= count || to >= count) return draft;
  const heroes = [...draft.heroes];
  const [moved] = heroes.splice(from, 1);
  if (moved) heroes.splice(to, 0, moved);
  return { ...draft, heroes };
}

export function addHero(draft: DraftContent, hero: DraftHero): DraftContent {
  return { ...draft, heroes: [...draft.heroes, hero] };
}

/** The kiosk needs at least one hero: the last one cannot be removed. */
export function removeHero(draft: DraftContent, heroKey: string): DraftContent {
  if (draft.heroes.length <= 1) return draft;
  const heroes = draft.heroes.filter((hero) => hero.key !== heroKey);
  return heroes.length === draft.heroes.length ? draft : { ...draft, heroes };
}

/**
 * The draft with one value replaced, the objects and arrays on the way copied (for the exhibition's
 * and the settings' fields, e.g. ['exhibition', 'quotes', 0, 'author', 'ru']).
 */
export function setAtPath(
  draft: DraftContent,
  path: readonly (string | number)[],
  value: unknown,
): DraftContent {
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
  return replace(draft, 0) as DraftContent;
}
