// Runs in: Node (vitest). Hero ids from names: transliterated, unique, and stable once published.
import { describe, expect, it } from 'vitest';
import { assignHeroIds, slugFromName } from '../../../electron/main/curator/hero-ids';

const hero = (key: string, en: string, ru = '', kk = '') => ({ key, name: { kk, ru, en } });

describe('hero ids', () => {
  it('writes Kazakh and Russian names in Latin letters', () => {
    expect(slugFromName('Әлия Мұратқызы')).toBe('aliya-muratqyzy');
    expect(slugFromName('Шынар Жұмабекова')).toBe('shynar-zhumabekova');
    expect(slugFromName('Даниил Ким')).toBe('daniil-kim');
    expect(slugFromName('José Ñúñez')).toBe('jose-nunez');
    expect(slugFromName('  ../../etc/passwd  ')).toBe('etc-passwd');
    expect(slugFromName('!!!')).toBe('');
  });

  it('prefers the English name, then Russian, then Kazakh; no name at all is new-hero', () => {
    const ids = assignHeroIds(
      [hero('a', 'Leila M'), hero('b', '', 'Алия'), hero('c', '', '', 'Әсел'), hero('d', '')],
      { publishedIds: new Set(), previous: new Map() },
    );
    expect([...ids.values()]).toEqual(['leila-m', 'aliya', 'asel', 'new-hero']);
  });

  it('keeps a published id when the name changes, and never hands it to another hero', () => {
    const ids = assignHeroIds([hero('x', 'Someone Else'), hero('hero-04', 'Daniil Kim')], {
      publishedIds: new Set(['hero-04', 'daniil-kim', 'removed-hero']),
      previous: new Map(),
    });
    expect(ids.get('hero-04')).toBe('hero-04');
    const clash = assignHeroIds([hero('new', 'Daniil Kim'), hero('new2', 'Removed Hero')], {
      publishedIds: new Set(['daniil-kim', 'removed-hero']),
      previous: new Map(),
    });
    expect(clash.get('new')).toBe('daniil-kim-2');
    expect(clash.get('new2')).toBe('removed-hero-2');
  });

  it('unpublished heroes follow their name and stay unique', () => {
    const options = { publishedIds: new Set<string>(), previous: new Map([['k1', 'aig']]) };
    const ids = assignHeroIds([hero('k1', 'Aigerim'), hero('k2', 'Aigerim')], options);
    expect([...ids.values()]).toEqual(['aigerim', 'aigerim-2']);
  });
});
