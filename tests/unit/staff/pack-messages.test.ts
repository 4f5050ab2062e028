// Runs in: Node (tests). The pack screen words every refusal code and every kind of change in
// Kazakh, Russian and English: one line each, with the file or number it concerns.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../common/content-schema';
import { LANGUAGES } from '../../../common/content-schema';
import type { PackDiff, PackRefusal, PackRefusalCode } from '../../../common/content-pack';
import { PackRefusalSchema } from '../../../common/content-pack';
import {
  DIFF_NAMES_SHOWN,
  formatPackDate,
  packDiffLines,
  packRefusalText,
} from '../../../renderer/src/staff/pack-messages';
import { STAFF_STRINGS } from '../../../renderer/src/staff/staff-strings';

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

const REFUSALS: Record<PackRefusalCode, PackRefusal> = {
  'manifest-invalid': { code: 'manifest-invalid', error: 'Unexpected end of JSON input' },
  'newer-format': { code: 'newer-format', formatVersion: 2, supported: 1 },
  'unsafe-path': { code: 'unsafe-path', path: '../evil.webp' },
  'extra-file': { code: 'extra-file', path: 'assets/notes.txt' },
  'missing-file': { code: 'missing-file', path: 'assets/a/thumb.webp' },
  'wrong-hash': { code: 'wrong-hash', path: 'assets/a/portrait.webp' },
  'invalid-content': {
    code: 'invalid-content',
    problems: [
      {
        field: 'heroes.0.photo.portrait',
        message: 'file not found: x.webp',
        reason: { code: 'image-not-found', path: 'x.webp' },
      },
    ],
    problemCount: 3,
  },
  'image-over-budget': {
    code: 'image-over-budget',
    path: 'assets/a/portrait.webp',
    bytes: 2_100_000,
    maxBytes: 1_048_576,
  },
  'pack-gone': { code: 'pack-gone' },
  'content-dir-in-use': { code: 'content-dir-in-use', directory: '/srv/content' },
  'install-failed': { code: 'install-failed', error: 'ENOSPC: no space left on device' },
};

const hero = (id: string, en: string) => ({ id, name: { kk: `${en} kk`, ru: `${en} ru`, en } });

describe('packRefusalText', () => {
  it('covers every refusal code of the contract', () => {
    const codes = PackRefusalSchema.options.map((option) => option.shape.code.value);
    expect(Object.keys(REFUSALS).sort()).toEqual([...codes].sort());
  });

  it.each(LANGUAGES)('words each refusal in %s as one line naming what it concerns', (language) => {
    const texts = Object.values(REFUSALS).map((refusal) =>
      plain(packRefusalText(refusal, language)),
    );
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).not.toMatch(/\n|undefined|\[object/);
    expect(texts.join(' ')).toContain('../evil.webp');
    expect(texts.join(' ')).toContain('/srv/content');
  });

  it('gives sizes in kilobytes and counts the problems it does not show', () => {
    expect(packRefusalText(REFUSALS['image-over-budget'], 'en')).toBe(
      'assets/a/portrait.webp is 2,051 KB; the limit is 1,024 KB.',
    );
    expect(plain(packRefusalText(REFUSALS['invalid-content'], 'ru'))).toBe(
      'content.json некорректен: heroes.0.photo.portrait: файл не найден: x.webp; и ещё 2.',
    );
    expect(packRefusalText(REFUSALS['newer-format'], 'kk')).toContain('2-пішімде');
  });
});

describe('packDiffLines', () => {
  const empty: PackDiff = {
    added: [],
    changed: [],
    removed: [],
    photosReplaced: [],
    exhibitionChanged: false,
    settingsChanged: false,
  };

  it.each(LANGUAGES)('says "same as running" in %s when nothing changes', (language: Language) => {
    expect(packDiffLines(empty, language)).toEqual([STAFF_STRINGS[language].packs.noChanges]);
  });

  it('names the heroes in the staff language and counts the rest', () => {
    const many = Array.from({ length: DIFF_NAMES_SHOWN + 2 }, (_, index) =>
      hero(`hero-${index}`, `Hero ${index}`),
    );
    const lines = packDiffLines(
      { ...empty, added: many, removed: [hero('gone', 'Gone')], settingsChanged: true },
      'ru',
    );
    expect(lines).toEqual([
      'Добавятся (6): Hero 0 ru, Hero 1 ru, Hero 2 ru, Hero 3 ru, и ещё 2',
      'Будут удалены (1): Gone ru',
      'Изменятся настройки киоска',
    ]);
  });
});

describe('formatPackDate', () => {
  it('writes a date staff read at a glance, and keeps one it cannot read', () => {
    const local = new Date(2022, 3, 5, 9, 7).toISOString();
    expect(formatPackDate(local)).toBe('05.04.2022 09:07');
    expect(formatPackDate('not a date')).toBe('not a date');
    expect(formatPackDate('')).toBe('—');
  });
});
