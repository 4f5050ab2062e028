// Runs in: main process (the studio's CSV import; also `npm run content:import` in Node tools).
// heroes.csv, the curator's spreadsheet of heroes: its columns, decoding and parsing (with csv-parse)
// into hero rows with every problem named by row and column (a code for the studio, English for the
// command line), and writing the current heroes back as a template.
import { parse } from 'csv-parse/sync';
import type { FocalPoint, Hero, HeroStatus, Language } from '../../../common/content-schema';
import { HeroStatusSchema, LANGUAGES } from '../../../common/content-schema';
import type { CsvProblem } from '../../../common/csv-problems';
import { csvProblem } from '../../../common/csv-problems';
import { HERO_CSV_COLUMNS } from '../../../common/heroes-csv-columns';

export { formatCsvProblem as formatImportProblem } from '../../../common/csv-problems';

export { HERO_CSV_COLUMNS };

const perLanguage = (base: string): string[] => LANGUAGES.map((language) => `${base}_${language}`);

/** Columns that may be left empty when the hero keeps its current photograph. */
const PHOTO_COLUMNS: readonly string[] = [
  'photo',
  'focal_x',
  'focal_y',
  ...perLanguage('credit'),
  ...perLanguage('alt'),
];

export const DEFAULT_FOCAL_POINT: FocalPoint = { x: 0.5, y: 0.35 };

/** Spreadsheet row 1 is the header, 2 the first hero (see common/csv-problems.ts). */
export type ImportProblem = CsvProblem;

/** The kiosk shows at most this many heroes (common/content-schema.ts; the draft's limit too). */
export const MAX_CSV_HEROES = 200;

/**
 * heroes.csv's bytes as text: UTF-8 only (with or without a byte-order mark). Anything else (a
 * Windows code page, UTF-16) would turn Kazakh letters into question marks, so it is refused.
 */
export function decodeHeroesCsv(bytes: Uint8Array): { ok: true; text: string } | { ok: false } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false };
  }
}

type Localized = Record<Language, string>;
type LocalizedList = Record<Language, string[]>;

/** One hero as the spreadsheet describes it, before images are made. */
export interface HeroRow {
  row: number;
  id: string;
  status: HeroStatus;
  name: Localized;
  role: Localized;
  shortLine: Localized;
  story: LocalizedList;
  /** Photo file name inside the import folder; null keeps the hero's current photograph. */
  photo: string | null;
  focalPoint: FocalPoint | null;
  credit: Localized | null;
  alt: Localized | null;
}

/** A file whose name differs from `name` only in capitals ('' when none): IMG_01.JPG for img_01.jpg. */
export function sameNameIgnoringCase(names: readonly string[], name: string): string {
  return names.find((candidate) => candidate.toLowerCase() === name.toLowerCase()) ?? '';
}

/** Paragraphs are separated by a blank line inside the cell. */
export function splitParagraphs(cell: string): string[] {
  return cell
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** Excel saves CSV with `;` in many locales: take whichever the header uses. */
function detectDelimiter(text: string): ',' | ';' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

function parseFocal(
  cell: string,
  row: number,
  column: string,
  problems: ImportProblem[],
): number | null {
  if (cell === '') return null;
  const value = Number(cell.replace(',', '.'));
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    problems.push(csvProblem(row, column, 'focal-invalid', { value: cell }));
    return null;
  }
  return value;
}

export interface ParsedHeroesCsv {
  rows: HeroRow[];
  problems: ImportProblem[];
}

export function parseHeroesCsv(text: string): ParsedHeroesCsv {
  const problems: ImportProblem[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return {
      rows: [],
      problems: [
        csvProblem(null, null, 'csv-unreadable', {
          line: lines ?? 0,
          detail: (error as Error).message,
        }),
      ],
    };
  }
  const [header = [], ...body] = records;
  const known = new Set<string>(HERO_CSV_COLUMNS);
  for (const column of header) {
    if (!known.has(column)) {
      problems.push(csvProblem(1, column, 'column-unknown'));
    }
  }
  const missing = HERO_CSV_COLUMNS.filter((column) => !header.includes(column));
  for (const column of missing) problems.push(csvProblem(1, column, 'column-missing'));
  if (missing.length > 0) return { rows: [], problems };
  if (body.length === 0) problems.push(csvProblem(2, null, 'no-heroes'));
  if (body.length > MAX_CSV_HEROES) {
    // Said once: 500 rows would otherwise become thousands of problems and photo checks.
    problems.push(
      csvProblem(null, null, 'too-many-heroes', { count: body.length, max: MAX_CSV_HEROES }),
    );
    return { rows: [], problems };
  }

  const seenIds = new Map<string, number>();
  const rows: HeroRow[] = [];
  for (const [index, record] of body.entries()) {
    const row = index + 2;
    if (record.length !== header.length) {
      problems.push(
        csvProblem(row, null, 'cell-count', { cells: record.length, expected: header.length }),
      );
      continue;
    }
    const cell = (column: string): string => record[header.indexOf(column)] ?? '';
    const localized = (base: string): Localized => ({
      kk: cell(`${base}_kk`),
      ru: cell(`${base}_ru`),
      en: cell(`${base}_en`),
    });
    const rowProblems: ImportProblem[] = [];
    const required = HERO_CSV_COLUMNS.filter((column) => !PHOTO_COLUMNS.includes(column));
    for (const column of required) {
      if (cell(column) === '') rowProblems.push(csvProblem(row, column, 'cell-empty'));
    }
    const id = cell('id');
    const previousRow = seenIds.get(id);
    if (id && previousRow !== undefined) {
      rowProblems.push(csvProblem(row, 'id', 'id-repeated', { id, firstRow: previousRow }));
    }
    seenIds.set(id, row);
    const status = HeroStatusSchema.safeParse(cell('status'));
    if (cell('status') !== '' && !status.success) {
      rowProblems.push(csvProblem(row, 'status', 'status-invalid', { value: cell('status') }));
    }
    const photo = cell('photo') || null;
    const focalX = parseFocal(cell('focal_x'), row, 'focal_x', rowProblems);
    const focalY = parseFocal(cell('focal_y'), row, 'focal_y', rowProblems);
    if (photo) {
      for (const column of [...perLanguage('credit'), ...perLanguage('alt')]) {
        if (cell(column) === '') {
          rowProblems.push(csvProblem(row, column, 'cell-empty-with-photo'));
        }
      }
    }
    const story = localized('story');
    problems.push(...rowProblems);
    if (rowProblems.length > 0 || !status.success) continue;
    rows.push({
      row,
      id,
      status: status.data,
      name: localized('name'),
      role: localized('role'),
      shortLine: localized('short_line'),
      story: {
        kk: splitParagraphs(story.kk),
        ru: splitParagraphs(story.ru),
        en: splitParagraphs(story.en),
      },
      photo,
      focalPoint:
        focalX === null && focalY === null
          ? null
          : { x: focalX ?? DEFAULT_FOCAL_POINT.x, y: focalY ?? DEFAULT_FOCAL_POINT.y },
      credit: photo ? localized('credit') : null,
      alt: photo ? localized('alt') : null,
    });
  }
  return { rows, problems };
}

/** Maps a schema field path inside a hero (e.g. `name.kk`, `photo.focalPoint.x`) to its CSV column. */
export function columnForHeroField(path: readonly PropertyKey[]): string | null {
  const [first, second, third] = path.map(String);
  const byField: Record<string, string> = {
    shortLine: 'short_line',
    name: 'name',
    role: 'role',
    story: 'story',
  };
  if (first === 'id' || first === 'status') return first;
  if (first && byField[first]) return second ? `${byField[first]}_${second}` : byField[first];
  if (first === 'photo') {
    if (second === 'focalPoint') return third === 'y' ? 'focal_y' : 'focal_x';
    if (second === 'credit' || second === 'alt') return third ? `${second}_${third}` : second;
    return 'photo';
  }
  return null;
}

function quoteCsvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The current heroes as heroes.csv, photo column empty (each hero keeps its current photograph until
 * the curator names a new file). Written with a byte-order mark so Excel opens it as UTF-8.
 */
export function heroesToCsv(heroes: readonly Hero[]): string {
  const lines = [HERO_CSV_COLUMNS.join(',')];
  for (const hero of heroes) {
    const cells: Record<string, string> = {};
    cells.id = hero.id;
    cells.status = hero.status;
    for (const language of LANGUAGES) {
      cells[`name_${language}`] = hero.name[language];
      cells[`role_${language}`] = hero.role[language];
      cells[`short_line_${language}`] = hero.shortLine[language];
      cells[`story_${language}`] = hero.story[language].join('\n\n');
    }
    lines.push(HERO_CSV_COLUMNS.map((column) => quoteCsvCell(cells[column] ?? '')).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
