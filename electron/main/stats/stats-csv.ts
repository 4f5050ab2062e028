// Runs in: main process (also Node tools). The export's CSV files, written and read back. Every row
// starts with its kiosk (name and id), so the files of several kiosks can be put together and still
// say where each figure came from. Reading checks every header, cell and kiosk id, and says which
// file and line is wrong.
import { parse } from 'csv-parse/sync';
import type { DailyTotals } from '../../../common/ipc-contract';
import type { HeroRow, HourRow, KioskRef, LengthRow, StatsTables } from './kiosk-stats';

export const DAILY_TOTALS_FILE = 'daily-totals.csv';
export const HOURLY_SESSIONS_FILE = 'sessions-by-hour.csv';
export const SESSION_LENGTHS_FILE = 'session-lengths.csv';
export const HERO_VIEWS_FILE = 'hero-views.csv';

/** Thrown by the readers; `message` names the file and line, in English (tools and the report). */
export class StatsCsvError extends Error {}

type Cell = string | number;
const FORMULA_START = /^[=+\-@]/;

function csvField(value: Cell): string {
  const text = String(value);
  // Quote when needed; a leading = + - @ would make spreadsheets run the cell as a formula.
  const guarded = FORMULA_START.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** The text csvField was given back: the formula guard taken off again. */
function unguard(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

interface Table<T> {
  file: string;
  columns: readonly string[];
  cells(row: T): Cell[];
  /** `cell(name)` gives the text of a column; `count(name)` a whole number >= 0 or throws. */
  read(cell: (name: string) => string, count: (name: string) => number): T;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HERO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checked(text: string, pattern: RegExp, what: string): string {
  if (!pattern.test(text)) throw new StatsCsvError(`${what} is not valid ("${text.slice(0, 40)}")`);
  return text;
}

const dailyTable: Table<DailyTotals> = {
  file: DAILY_TOTALS_FILE,
  columns: [
    'date',
    'sessions',
    'idle_resets',
    'hero_views',
    'story_opens',
    'average_session_seconds',
    'language_kk',
    'language_ru',
    'language_en',
  ],
  cells: (day) => [
    day.date,
    day.sessions,
    day.resets,
    day.heroViews,
    day.storyOpens,
    day.averageSessionSeconds,
    day.languages.kk,
    day.languages.ru,
    day.languages.en,
  ],
  read: (cell, count) => ({
    date: checked(cell('date'), DATE, 'date'),
    sessions: count('sessions'),
    resets: count('idle_resets'),
    heroViews: count('hero_views'),
    storyOpens: count('story_opens'),
    averageSessionSeconds: count('average_session_seconds'),
    languages: { kk: count('language_kk'), ru: count('language_ru'), en: count('language_en') },
  }),
};

const hourlyTable: Table<HourRow> = {
  file: HOURLY_SESSIONS_FILE,
  columns: ['date', 'hour', 'sessions'],
  cells: (row) => [row.date, row.hour, row.sessions],
  read: (cell, count) => {
    const hour = count('hour');
    if (hour > 23) throw new StatsCsvError(`hour must be 0 to 23, not ${hour}`);
    return { date: checked(cell('date'), DATE, 'date'), hour, sessions: count('sessions') };
  },
};

const lengthsTable: Table<LengthRow> = {
  file: SESSION_LENGTHS_FILE,
  columns: ['date', 'length_seconds', 'sessions'],
  cells: (row) => [row.date, row.seconds, row.sessions],
  read: (cell, count) => ({
    date: checked(cell('date'), DATE, 'date'),
    seconds: count('length_seconds'),
    sessions: count('sessions'),
  }),
};

const heroTable: Table<HeroRow> = {
  file: HERO_VIEWS_FILE,
  columns: ['hero_id', 'hero_name', 'hero_views', 'story_opens'],
  cells: (row) => [row.heroId, row.heroName, row.views, row.storyOpens],
  read: (cell, count) => ({
    heroId: checked(cell('hero_id'), HERO_ID, 'hero_id'),
    heroName: unguard(cell('hero_name')),
    views: count('hero_views'),
    storyOpens: count('story_opens'),
  }),
};

const KIOSK_COLUMNS = ['kiosk', 'kiosk_id'] as const;

function tableCsv<T>(table: Table<T>, kiosks: readonly { kiosk: KioskRef; rows: readonly T[] }[]) {
  return toCsv([
    [...KIOSK_COLUMNS, ...table.columns],
    ...kiosks.flatMap(({ kiosk, rows }) =>
      rows.map((row) => [kiosk.name, kiosk.id, ...table.cells(row)]),
    ),
  ]);
}

/** The four CSV files of these kiosks' tables, by file name. */
export function statsCsvFiles(
  kiosks: readonly (StatsTables & { kiosk: KioskRef })[],
): Record<string, string> {
  const pick = <K extends keyof StatsTables>(key: K) =>
    kiosks.map((entry) => ({ kiosk: entry.kiosk, rows: entry[key] }));
  return {
    [DAILY_TOTALS_FILE]: tableCsv(dailyTable, pick('daily')),
    [HOURLY_SESSIONS_FILE]: tableCsv(hourlyTable, pick('hourly')),
    [SESSION_LENGTHS_FILE]: tableCsv(lengthsTable, pick('lengths')),
    [HERO_VIEWS_FILE]: tableCsv(heroTable, pick('heroes')),
  };
}

function readTable<T>(table: Table<T>, text: string, kioskId: string): T[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StatsCsvError(`${table.file} is not a readable CSV file: ${reason}`);
  }
  const expected = [...KIOSK_COLUMNS, ...table.columns];
  const header = records[0] ?? [];
  if (header.join(',') !== expected.join(',')) {
    throw new StatsCsvError(
      `${table.file} does not have the expected columns (${expected.join(', ')})`,
    );
  }
  return records.slice(1).map((cells, index) => {
    const line = index + 2;
    try {
      if (cells.length !== expected.length) {
        throw new StatsCsvError(`has ${cells.length} cells instead of ${expected.length}`);
      }
      const cell = (name: string): string => cells[expected.indexOf(name)] ?? '';
      if (cell('kiosk_id') !== kioskId) {
        throw new StatsCsvError(`belongs to another kiosk (${cell('kiosk_id').slice(0, 40)})`);
      }
      const count = (name: string): number => {
        const text = cell(name);
        if (!/^\d{1,12}$/.test(text)) {
          throw new StatsCsvError(`${name} is not a whole number ("${text.slice(0, 40)}")`);
        }
        return Number(text);
      };
      return table.read(cell, count);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StatsCsvError(`${table.file} line ${line}: ${reason}`);
    }
  });
}

/** Reads one kiosk's four files; every row must carry `kioskId`. Throws StatsCsvError. */
export function readStatsCsvFiles(
  files: Readonly<Record<string, string>>,
  kioskId: string,
): StatsTables {
  const text = (file: string): string => {
    const content = files[file];
    if (content === undefined) throw new StatsCsvError(`${file} is missing`);
    return content;
  };
  return {
    daily: readTable(dailyTable, text(DAILY_TOTALS_FILE), kioskId),
    hourly: readTable(hourlyTable, text(HOURLY_SESSIONS_FILE), kioskId),
    lengths: readTable(lengthsTable, text(SESSION_LENGTHS_FILE), kioskId),
    heroes: readTable(heroTable, text(HERO_VIEWS_FILE), kioskId),
  };
}

export const STATS_CSV_FILES = [
  DAILY_TOTALS_FILE,
  HOURLY_SESSIONS_FILE,
  SESSION_LENGTHS_FILE,
  HERO_VIEWS_FILE,
] as const;
