// Runs in: tests (vitest). heroes.csv made in tests: a row per hero from its content (a photo's credit
// and alt filled in when the row names a photo), and the spreadsheet's text with every cell quoted.
import type { Hero } from '../../../../common/content-schema';
import { HERO_CSV_COLUMNS } from '../../../../electron/main/content/heroes-csv';

export type Row = Record<string, string>;

export function csvFor(rows: readonly Row[]): string {
  const quote = (value: string): string => `"${value.replaceAll('"', '""')}"`;
  const lines = [HERO_CSV_COLUMNS.join(',')];
  for (const row of rows)
    lines.push(HERO_CSV_COLUMNS.map((column) => quote(row[column] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

export function rowFor(hero: Hero, photo: Row = {}): Row {
  const row: Row = { id: hero.id, status: hero.status };
  for (const language of ['kk', 'ru', 'en'] as const) {
    row[`name_${language}`] = hero.name[language];
    row[`role_${language}`] = hero.role[language];
    row[`short_line_${language}`] = hero.shortLine[language];
    row[`story_${language}`] = hero.story[language].join('\n\n');
    if (photo.photo) {
      row[`credit_${language}`] = `UNICEF Kazakhstan/2022/Ospan Ali (${language})`;
      row[`alt_${language}`] = `Test photograph ${language}`;
    }
  }
  return { ...row, ...photo };
}
