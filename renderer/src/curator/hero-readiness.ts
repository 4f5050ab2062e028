// Runs in: renderer. What a hero still needs before the mall, as the heroes list and the "Ready for
// the mall" checklist show it: a photograph, the words in each language, the credit, the alt text.
import type { Content, Hero, Language } from '../../../common/content-schema';
import { LANGUAGES } from '../../../common/content-schema';

/**
 * Where the generated stand-in artwork lives (electron/main/content/check-content-files.ts keeps the
 * same prefix for `content:check --strict`).
 */
export const PLACEHOLDER_PHOTO_PREFIX = 'assets/placeholders/';

export type MissingItem =
  | { kind: 'photo' }
  | { kind: 'translation'; languages: Language[] }
  | { kind: 'credit'; languages: Language[] }
  | { kind: 'alt'; languages: Language[] };

export function hasRealPhoto(hero: Hero): boolean {
  const { portrait } = hero.photo;
  return portrait !== '' && !portrait.startsWith(PLACEHOLDER_PHOTO_PREFIX);
}

const blank = (text: string): boolean => text.trim() === '';

function languagesMissingWords(hero: Hero): Language[] {
  return LANGUAGES.filter(
    (language) =>
      blank(hero.name[language]) ||
      blank(hero.role[language]) ||
      blank(hero.shortLine[language]) ||
      hero.story[language].length === 0,
  );
}

export function missingItems(hero: Hero): MissingItem[] {
  const missing: MissingItem[] = [];
  if (!hasRealPhoto(hero)) missing.push({ kind: 'photo' });
  const words = languagesMissingWords(hero);
  if (words.length > 0) missing.push({ kind: 'translation', languages: words });
  const credit = LANGUAGES.filter((language) => blank(hero.photo.credit[language]));
  if (credit.length > 0) missing.push({ kind: 'credit', languages: credit });
  const alt = LANGUAGES.filter((language) => blank(hero.photo.alt[language]));
  if (alt.length > 0) missing.push({ kind: 'alt', languages: alt });
  return missing;
}

/** One line of the "Ready for the mall" checklist: a hero that holds back the strict check. */
export interface HeroChecklistEntry {
  heroId: string;
  index: number;
  draft: boolean;
  missing: MissingItem[];
}

/** Heroes that are drafts or miss something; an empty list means every hero is ready. */
export function heroChecklist(content: Content): HeroChecklistEntry[] {
  return content.heroes.flatMap((hero, index) => {
    const missing = missingItems(hero);
    const draft = hero.status === 'draft';
    return draft || missing.length > 0 ? [{ heroId: hero.id, index, draft, missing }] : [];
  });
}
