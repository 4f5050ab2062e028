// Runs in: Node (tests). What installing a pack would change, as staff read it: heroes added, changed
// and removed, photos replaced (by their bytes), exhibition texts and settings.
import { describe, expect, it } from 'vitest';
import type { Content, Hero } from '../../../common/content-schema';
import type { ComparableContent } from '../../../electron/main/content/pack/diff-content';
import { diffContent, isEmptyDiff } from '../../../electron/main/content/pack/diff-content';
import { readShippedContent } from './support/content-folder';
import { nth } from './support/pack-fixtures';

const shipped = await readShippedContent();

/** The shipped content's first `count` heroes, every image hashed as its own path. */
function comparable(count: number, change?: (content: Content) => void): ComparableContent {
  const content = structuredClone(shipped);
  content.heroes = content.heroes.slice(0, count);
  change?.(content);
  const fileHashes = new Map<string, string>();
  for (const hero of content.heroes) {
    for (const path of [hero.photo.portrait, hero.photo.thumbnail])
      fileHashes.set(path, `h:${path}`);
  }
  return { content, fileHashes };
}

const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);

describe('diffContent', () => {
  it('finds nothing between the same content', () => {
    const diff = diffContent(comparable(3), comparable(3));
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('names heroes added and removed, with their names in every language', () => {
    const [first, second, third, fourth] = [0, 1, 2, 3].map((index) =>
      nth(shipped.heroes, index),
    ) as [Hero, Hero, Hero, Hero];
    const diff = diffContent(
      comparable(3),
      comparable(4, (content) => content.heroes.shift()),
    );
    expect(ids(diff.added)).toEqual([fourth.id]);
    expect(ids(diff.removed)).toEqual([first.id]);
    expect(nth(diff.added, 0).name).toEqual(fourth.name);
    expect(ids(diff.changed)).toEqual([]);
    expect([second.id, third.id]).not.toContain(nth(diff.added, 0).id);
  });

  it('counts a changed story or status as changed, not as a photo', () => {
    const next = comparable(2, (content) => {
      nth(content.heroes, 1).story.en = [...nth(content.heroes, 1).story.en, 'One more paragraph.'];
    });
    const diff = diffContent(comparable(2), next);
    expect(ids(diff.changed)).toEqual([nth(shipped.heroes, 1).id]);
    expect(diff.photosReplaced).toEqual([]);
  });

  it('counts new bytes under the same file name as a replaced photo only', () => {
    const next = comparable(2);
    const path = nth(next.content.heroes, 0).photo.portrait;
    next.fileHashes = new Map([...next.fileHashes, [path, 'other bytes']]);
    const diff = diffContent(comparable(2), next);
    expect(ids(diff.photosReplaced)).toEqual([nth(shipped.heroes, 0).id]);
    expect(diff.changed).toEqual([]);
  });

  it('does not call a renamed file with the same bytes a new photo', () => {
    const current = comparable(1);
    const next = comparable(1, (content) => {
      nth(content.heroes, 0).photo.portrait = 'assets/renamed/portrait.webp';
    });
    next.fileHashes = new Map([
      ...next.fileHashes,
      ['assets/renamed/portrait.webp', `h:${nth(shipped.heroes, 0).photo.portrait}`],
    ]);
    expect(isEmptyDiff(diffContent(current, next))).toBe(true);
  });

  it('notices exhibition texts and kiosk settings', () => {
    const next = comparable(1, (content) => {
      content.exhibition.title.en = 'Another title';
      content.settings.attractSlideSeconds += 1;
    });
    const diff = diffContent(comparable(1), next);
    expect(diff).toMatchObject({ exhibitionChanged: true, settingsChanged: true });
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('with no running content, every hero is added', () => {
    expect(ids(diffContent(null, comparable(2)).added)).toEqual(
      shipped.heroes.slice(0, 2).map((hero) => hero.id),
    );
  });
});
