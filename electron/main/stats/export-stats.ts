// Runs in: main process. Writes the statistics as CSV for UNICEF: daily totals and views per hero,
// into a dated folder on the first removable drive that accepts it, else <userData>/exports/.
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { DailyTotals } from '../../../common/ipc-contract';
import type { Logger } from '../log/logger';
import type { HeroTotals } from './stats-summary';

export interface StatsExportInput {
  daily: readonly DailyTotals[];
  heroes: readonly HeroTotals[];
  /** English hero names by id, when content is loaded, to make the sheet readable. */
  heroNames?: ReadonlyMap<string, string>;
  now: number;
  userDataDir: string;
  removableDriveRoots: readonly string[];
  log: Logger;
}

export const DAILY_TOTALS_FILE = 'daily-totals.csv';
export const HERO_VIEWS_FILE = 'hero-views.csv';

function csvField(value: string | number): string {
  const text = String(value);
  // Quote when needed; a leading = + - @ would make spreadsheets run the cell as a formula.
  const guarded = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function dailyTotalsCsv(daily: readonly DailyTotals[]): string {
  return toCsv([
    [
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
    ...daily.map((day) => [
      day.date,
      day.sessions,
      day.resets,
      day.heroViews,
      day.storyOpens,
      day.averageSessionSeconds,
      day.languages.kk,
      day.languages.ru,
      day.languages.en,
    ]),
  ]);
}

export function heroViewsCsv(
  heroes: readonly HeroTotals[],
  names: ReadonlyMap<string, string> = new Map(),
): string {
  return toCsv([
    ['hero_id', 'hero_name', 'hero_views', 'story_opens'],
    ...heroes.map((hero) => [
      hero.heroId,
      names.get(hero.heroId) ?? '',
      hero.views,
      hero.storyOpens,
    ]),
  ]);
}

function folderName(now: number): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `heroes-of-children-stats-${date.getFullYear()}-${pad(date.getMonth() + 1)}-` +
    `${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}

async function writeDurably(path: string, text: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync(); // staff pull the stick right after: the data must be on it
  } finally {
    await handle.close();
  }
}

async function writeExport(folder: string, daily: string, heroes: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeDurably(join(folder, DAILY_TOTALS_FILE), daily);
  await writeDurably(join(folder, HERO_VIEWS_FILE), heroes);
}

/** Returns the folder written; tries each removable drive in turn, then the user data folder. */
export async function exportStats(input: StatsExportInput): Promise<string> {
  const daily = dailyTotalsCsv(input.daily);
  const heroes = heroViewsCsv(input.heroes, input.heroNames);
  const name = folderName(input.now);
  for (const root of input.removableDriveRoots) {
    const folder = join(root, name);
    try {
      await writeExport(folder, daily, heroes);
      input.log.info('stats-exported', { folder, removable: true });
      return folder;
    } catch (error) {
      input.log.warn('stats-export-drive-failed', {
        root,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const folder = join(input.userDataDir, 'exports', name);
  await writeExport(folder, daily, heroes);
  input.log.info('stats-exported', { folder, removable: false });
  return folder;
}
