// Runs in: main process (also the web preview server). Hero ids made from names: Kazakh and Russian
// letters written in Latin, lowercase words joined by hyphens, unique, and never changed once a hero
// has been published (statistics and the kiosk's own links count by id).

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  і: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export const MAX_ID_LENGTH = 60;
/** The id of a hero that has no name yet in any language. */
export const UNNAMED_HERO_ID = 'new-hero';

/** "Әлия Мұратқызы" -> "aliya-muratqyzy"; "Daniil Kim" -> "daniil-kim"; no letters -> ''. */
export function slugFromName(name: string): string {
  const latin = [...name.toLowerCase()]
    .map((letter) => CYRILLIC_TO_LATIN[letter] ?? letter)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, ''); // accents: "José" -> "jose"
  const words = latin.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_ID_LENGTH - 4) break; // room for a "-2" suffix
    slug = next;
  }
  return slug || (words[0]?.slice(0, MAX_ID_LENGTH - 4) ?? '');
}

export interface HeroForId {
  key: string;
  name: { kk: string; ru: string; en: string };
}

export interface AssignIdsOptions {
  /** Ids in the published content.json: a hero that already has one keeps it for ever. */
  publishedIds: ReadonlySet<string>;
  /** Ids main gave each hero key at the last save. */
  previous: ReadonlyMap<string, string>;
}

/**
 * Gives every hero an id: published heroes keep theirs; the others get one from their name
 * (English first, else Russian, else Kazakh), made unique with -2, -3...
 */
export function assignHeroIds(
  heroes: readonly HeroForId[],
  options: AssignIdsOptions,
): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const hero of heroes) {
    // Heroes loaded from content.json have their id as key.
    const previous =
      options.previous.get(hero.key) ?? (options.publishedIds.has(hero.key) ? hero.key : undefined);
    if (previous !== undefined && options.publishedIds.has(previous) && !taken.has(previous)) {
      ids.set(hero.key, previous);
      taken.add(previous);
    }
  }
  for (const hero of heroes) {
    if (ids.has(hero.key)) continue;
    const base =
      slugFromName(hero.name.en) ||
      slugFromName(hero.name.ru) ||
      slugFromName(hero.name.kk) ||
      UNNAMED_HERO_ID;
    // A published id is never given to another hero, even after its own hero was removed: the
    // statistics counted by it would mix two people.
    let id = base;
    for (let suffix = 2; taken.has(id) || options.publishedIds.has(id); suffix += 1) {
      id = `${base}-${suffix}`;
    }
    ids.set(hero.key, id);
    taken.add(id);
  }
  return ids;
}
