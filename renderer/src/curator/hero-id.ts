// Runs in: renderer. A new hero's id, made once from its name: lowercase Latin words joined by
// hyphens (the schema's rule), unique among the heroes, and never changed afterwards, so the photo
// folder and the visitor statistics keep following the same hero when the name is corrected.
import type { LocalizedText } from '../../../common/content-schema';

/** Kazakh and Russian Cyrillic to Latin, close to Kazakhstan's 2021 Latin alphabet where they differ. */
// prettier-ignore
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z',
  и: 'i', й: 'y', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** The schema allows 60 characters; a suffix like "-12" must still fit. */
const MAX_BASE_LENGTH = 50;

export function slugFromText(text: string): string {
  const latin = [...text.toLowerCase().normalize('NFKD')]
    .map((character) => CYRILLIC_TO_LATIN[character] ?? character)
    .join('')
    // Accents left by NFKD (é -> e + ́) go; anything else that is not a letter or digit splits words.
    .replace(/[\u0300-\u036f]/g, '');
  return latin
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/-+$/g, '');
}

/** English name first (already Latin), then Russian, then Kazakh; "hero" when all are empty. */
export function heroIdFromName(name: LocalizedText, existingIds: readonly string[]): string {
  const base =
    [name.en, name.ru, name.kk].map(slugFromText).find((slug) => slug.length > 0) ?? 'hero';
  const taken = new Set(existingIds);
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
