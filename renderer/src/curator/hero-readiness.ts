// Runs in: renderer. What a hero still needs before the mall, as the heroes list and the "Ready for
// the mall" checklist show it: a photograph, the words in each language, the credit, the alt text.
import type { Language } from '../../../common/content-schema';
import type { DraftHero } from '../../../common/curator-contract';
import { LANGUAGE_ORDER } from '../i18n/ui-strings';

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

export function hasRealPhoto(hero: DraftHero): boolean {
  const { portrait } = hero.photo;
  return portrait !== null && !portrait.startsWith(PLACEHOLDER_PHOTO_PREFIX);
}

const blank = (text: string): boolean => text.trim() === '';

function languagesMissingWords(hero: DraftHero): Language[] {
  return LANGUAGE_ORDER.filter(
    (language) =>
      blank(hero.name[language]) ||
      blank(hero.role[language]) ||
      blank(hero.shortLine[language]) ||
      hero.story[language].length === 0,
  );
}

export function missingItems(hero: DraftHero): MissingItem[] {
  const missing: MissingItem[] = [];
  if (!hasRealPhoto(hero)) missing.push({ kind: 'photo' });
  const words = languagesMissingWords(hero);
  if (words.length > 0) missing.push({ kind: 'translation', languages: words });
  const credit = LANGUAGE_ORDER.filter((language) => blank(hero.photo.credit[language]));
  if (credit.length > 0) missing.push({ kind: 'credit', languages: credit });
  const alt = LANGUAGE_ORDER.filter((language) => blank(hero.photo.alt[language]));
  if (alt.length > 0) missing.push({ kind: 'alt', languages: alt });
  return missing;
}
