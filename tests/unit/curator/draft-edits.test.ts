// Runs in: tests. The studio's pure draft edits: paragraphs from blank lines, reorder, add, remove,
// and values set deep in the exhibition, each leaving the draft it was given untouched.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../../common/content-schema';
import type { DraftContent } from '../../../common/curator-contract';
import {
  addHero,
  emptyHero,
  moveHero,
  paragraphsFromText,
  removeHero,
  setAtPath,
  setHeroStory,
} from '../../../renderer/src/curator/draft-edits';

function draft(): DraftContent {
  const content = JSON.parse(readFileSync('content.json', 'utf8')) as Content;
  return {
    ...content,
    heroes: content.heroes.map((hero) => ({ ...hero, key: hero.id })),
  } as DraftContent;
}

describe('draft edits', () => {
  it('splits paragraphs on blank lines, ignoring spaces and empty ones', () => {
    expect(paragraphsFromText('One.\n\nTwo,\nstill two.\n \n\n\nThree.\n\n')).toEqual([
      'One.',
      'Two,\nstill two.',
      'Three.',
    ]);
    expect(paragraphsFromText('   ')).toEqual([]);
  });

  it('moves a hero and refuses moves out of range', () => {
    const before = draft();
    const ids = before.heroes.map((hero) => hero.key);
    const after = moveHero(before, 0, 2);
    expect(after.heroes.map((hero) => hero.key).slice(0, 3)).toEqual([ids[1], ids[2], ids[0]]);
    expect(before.heroes.map((hero) => hero.key)).toEqual(ids);
    expect(moveHero(before, 0, ids.length)).toBe(before);
    expect(moveHero(before, -1, 0)).toBe(before);
  });

  it('adds a hero at the end and removes it by key, but never the last one', () => {
    const added = addHero(draft(), emptyHero('k-new', { kk: '', ru: '', en: 'New' }));
    expect(added.heroes.at(-1)).toMatchObject({ key: 'k-new', id: '', status: 'draft' });
    expect(removeHero(added, 'k-new').heroes).toHaveLength(added.heroes.length - 1);
    const single = { ...added, heroes: added.heroes.slice(0, 1) };
    expect(removeHero(single, single.heroes[0]?.key ?? '')).toBe(single);
  });

  it('sets a story and a deep exhibition value without touching the original', () => {
    const before = draft();
    const key = before.heroes[0]?.key ?? '';
    const story = setHeroStory(before, key, 'en', 'A.\n\nB.');
    expect(story.heroes[0]?.story.en).toEqual(['A.', 'B.']);
    const quote = setAtPath(before, ['exhibition', 'quotes', 0, 'author', 'ru'], 'Автор');
    expect(quote.exhibition.quotes[0]?.author.ru).toBe('Автор');
    expect(before.exhibition.quotes[0]?.author.ru).not.toBe('Автор');
    expect(quote.heroes).toBe(before.heroes);
  });
});
