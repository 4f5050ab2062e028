// Runs in: Node (vitest).
import { describe, expect, it } from 'vitest';
import {
  columnForHeroField,
  formatImportProblem,
  HERO_CSV_COLUMNS,
  heroesToCsv,
  parseHeroesCsv,
  splitParagraphs,
} from '../../../electron/main/content/heroes-csv';
import { readShippedContent } from './support/content-folder';

function rowCells(overrides: Record<string, string> = {}): Record<string, string> {
  const cells: Record<string, string> = { id: 'test-hero', status: 'ready' };
  for (const language of ['kk', 'ru', 'en']) {
    for (const base of ['name', 'role', 'short_line', 'story'])
      cells[`${base}_${language}`] = `${base} ${language}`;
  }
  return { ...cells, ...overrides };
}

function csv(rows: Record<string, string>[], delimiter = ','): string {
  const quote = (value: string): string => `"${value.replaceAll('"', '""')}"`;
  return [
    HERO_CSV_COLUMNS.join(delimiter),
    ...rows.map((row) =>
      HERO_CSV_COLUMNS.map((column) => quote(row[column] ?? '')).join(delimiter),
    ),
  ].join('\r\n');
}

describe('parseHeroesCsv', () => {
  it('reads a row, splitting stories into paragraphs at blank lines', () => {
    const parsed = parseHeroesCsv(
      csv([rowCells({ story_en: 'First line\nstill first.\n\n  Second.  \n\n\nThird.' })]),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]?.story.en).toEqual(['First line\nstill first.', 'Second.', 'Third.']);
    expect(parsed.rows[0]?.photo).toBeNull();
  });

  it('accepts a byte-order mark and semicolons (Excel in Russian or Kazakh locale)', () => {
    const parsed = parseHeroesCsv(`\uFEFF${csv([rowCells({ role_en: 'Teacher, Almaty' })], ';')}`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]?.role.en).toBe('Teacher, Almaty');
  });

  it('reads focal points with a decimal comma and fills the missing one with the default', () => {
    const parsed = parseHeroesCsv(
      csv([
        rowCells({
          photo: 'a.jpg',
          focal_x: '0,25',
          credit_kk: 'c',
          credit_ru: 'c',
          credit_en: 'c',
          alt_kk: 'a',
          alt_ru: 'a',
          alt_en: 'a',
        }),
      ]),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]?.focalPoint).toEqual({ x: 0.25, y: 0.35 });
  });

  it('reports every problem with its row and column', () => {
    const parsed = parseHeroesCsv(
      csv([
        rowCells({ name_ru: '' }),
        rowCells({ status: 'done', photo: 'x.jpg', focal_y: 'top' }),
        rowCells({ id: 'test-hero' }),
      ]),
    );
    expect(parsed.problems.map(formatImportProblem)).toEqual([
      'row 2, column name_ru: must not be empty',
      'row 3, column id: "test-hero" is already used in row 2',
      'row 3, column status: must be "draft" or "ready"',
      'row 3, column focal_y: must be a number from 0 to 1, got "top"',
      'row 3, column credit_kk: must not be empty when a photo is given',
      'row 3, column credit_ru: must not be empty when a photo is given',
      'row 3, column credit_en: must not be empty when a photo is given',
      'row 3, column alt_kk: must not be empty when a photo is given',
      'row 3, column alt_ru: must not be empty when a photo is given',
      'row 3, column alt_en: must not be empty when a photo is given',
      'row 4, column id: "test-hero" is already used in row 3',
    ]);
  });

  it('reports unknown and missing columns in the header', () => {
    const header = HERO_CSV_COLUMNS.filter((column) => column !== 'alt_en').join(',');
    const parsed = parseHeroesCsv(`${header},nickname\n`);
    expect(parsed.problems.map(formatImportProblem)).toEqual([
      'row 1, column nickname: unknown column (see the template for the column names)',
      'row 1, column alt_en: column is missing',
    ]);
  });

  it('reports a row with the wrong number of cells', () => {
    const parsed = parseHeroesCsv(`${csv([rowCells()])}\r\ntest-two,ready\r\n`);
    expect(parsed.problems.map(formatImportProblem)).toEqual([
      `row 3: has 2 cells but the header has ${HERO_CSV_COLUMNS.length} (a missing or extra comma?)`,
    ]);
  });

  it('reports a file that is not CSV at all', () => {
    const parsed = parseHeroesCsv(`${HERO_CSV_COLUMNS.join(',')}\n"unclosed quote,ready\n`);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]?.message).toMatch(/cannot be read as CSV/);
  });
});

describe('heroes.csv helpers', () => {
  it('writes the current heroes so that they read back the same', async () => {
    const content = await readShippedContent();
    const parsed = parseHeroesCsv(heroesToCsv(content.heroes));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((row) => row.id)).toEqual(content.heroes.map((hero) => hero.id));
    expect(parsed.rows.map((row) => row.story)).toEqual(content.heroes.map((hero) => hero.story));
  });

  it('maps schema fields to CSV columns', () => {
    expect(columnForHeroField(['shortLine', 'kk'])).toBe('short_line_kk');
    expect(columnForHeroField(['story', 'en', 2])).toBe('story_en');
    expect(columnForHeroField(['photo', 'focalPoint', 'y'])).toBe('focal_y');
    expect(columnForHeroField(['photo', 'alt', 'ru'])).toBe('alt_ru');
    expect(columnForHeroField(['id'])).toBe('id');
  });

  it('splits paragraphs on blank lines only', () => {
    expect(splitParagraphs('a\r\n\r\nb\nc')).toEqual(['a', 'b\nc']);
  });
});
