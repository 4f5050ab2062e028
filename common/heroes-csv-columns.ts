// Runs in: every process (no zod: the studio's renderer shows them). The columns of heroes.csv, the
// curator's spreadsheet of heroes, in the order of the template.
import type { Language } from './content-schema';

/** The column suffixes, in the kiosk's language order (LANGUAGES in content-schema.ts). */
const CSV_LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];

const perLanguage = (base: string): string[] =>
  CSV_LANGUAGES.map((language) => `${base}_${language}`);

/** Columns of heroes.csv in the order the template uses. Described in docs/curator.md. */
export const HERO_CSV_COLUMNS: readonly string[] = [
  'id',
  'status',
  ...perLanguage('name'),
  ...perLanguage('role'),
  ...perLanguage('short_line'),
  ...perLanguage('story'),
  'photo',
  'focal_x',
  'focal_y',
  ...perLanguage('credit'),
  ...perLanguage('alt'),
];
