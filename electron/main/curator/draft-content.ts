// Runs in: main process (also the web preview server). Between content.json and the studio's draft:
// a draft made from published content (each hero's key is its id), and the content.json a draft
// would publish (ids from main, studio-only fields dropped, blank paragraphs left out).
import type { Content } from '../../../common/content-schema';
import type {
  DraftContent,
  DraftOriginal,
  DraftParagraphs,
} from '../../../common/curator-contract';

/** Published content as a draft; `originals` gives back the studio's originals by portrait path. */
export function draftFromContent(
  content: Content,
  originals: ReadonlyMap<string, DraftOriginal> = new Map(),
): DraftContent {
  return {
    ...structuredClone(content),
    heroes: content.heroes.map((hero) => {
      const original = originals.get(hero.photo.portrait);
      const photo = structuredClone(hero.photo);
      return {
        key: hero.id,
        ...structuredClone(hero),
        // A published 4K portrait exists, so nothing is pending for it any more.
        photo: original ? { ...photo, original: { ...original, pending4k: false } } : photo,
      };
    }),
  };
}

const withoutBlankParagraphs = (paragraphs: DraftParagraphs): DraftParagraphs => ({
  kk: paragraphs.kk.filter((paragraph) => paragraph.trim() !== ''),
  ru: paragraphs.ru.filter((paragraph) => paragraph.trim() !== ''),
  en: paragraphs.en.filter((paragraph) => paragraph.trim() !== ''),
});

/**
 * The content.json this draft would become, not yet validated (the checks and publish validate it
 * with the content schema). A hero without a photograph keeps its nulls, so the schema says so.
 */
export function contentCandidate(draft: DraftContent, ids: ReadonlyMap<string, string>): unknown {
  const exhibition = draft.exhibition;
  return {
    schemaVersion: draft.schemaVersion,
    exhibition: {
      ...exhibition,
      introduction: withoutBlankParagraphs(exhibition.introduction),
      quotes: exhibition.quotes.map((quote) => ({
        ...quote,
        text: withoutBlankParagraphs(quote.text),
      })),
      programmes: exhibition.programmes.map((programme) => ({
        ...programme,
        description: withoutBlankParagraphs(programme.description),
      })),
    },
    settings: draft.settings,
    heroes: draft.heroes.map((hero) => {
      const photo = { ...hero.photo };
      delete photo.original; // the studio's own record, not part of content.json
      const { key, ...rest } = hero;
      return {
        ...rest,
        id: ids.get(key) ?? hero.id,
        story: withoutBlankParagraphs(hero.story),
        photo,
      };
    }),
  };
}
