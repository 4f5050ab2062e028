// Runs in: main process (also Node tools). One kiosk's statistics as the tables an export holds: daily
// totals, sessions by hour, session lengths and hero views. The report and the merge of several
// kiosks work from these tables alone, so a report made from CSVs on another computer shows the same
// figures as one made on the kiosk.
import type { DailyTotals } from '../../../common/ipc-contract';
import type { StatsRecord } from './stats-record';
import { createLocalClock, dailyTotals, heroTotals } from './stats-summary';

export interface KioskRef {
  /** Random, made once per kiosk (electron/main/staff/kiosk-identity.ts). */
  id: string;
  name: string;
}

/** Sessions started in one local hour of one day. */
export interface HourRow {
  date: string;
  hour: number;
  sessions: number;
}

/** How many sessions that ended on `date` lasted `seconds` (rounded to the second). */
export interface LengthRow {
  date: string;
  seconds: number;
  sessions: number;
}

export interface HeroRow {
  heroId: string;
  /** English name from the content at export time; '' when the content did not have the hero. */
  heroName: string;
  views: number;
  storyOpens: number;
}

export interface StatsTables {
  daily: DailyTotals[];
  hourly: HourRow[];
  lengths: LengthRow[];
  heroes: HeroRow[];
}

/** One kiosk's tables with who it is and when they were exported (ms since the epoch). */
export interface KioskStats extends StatsTables {
  kiosk: KioskRef;
  exportedAt: number;
}

function byDateThen<T extends { date: string }>(key: (row: T) => number) {
  return (a: T, b: T) => a.date.localeCompare(b.date) || key(a) - key(b);
}

export function hourlySessions(records: readonly StatsRecord[]): HourRow[] {
  const counts = new Map<string, HourRow>();
  const localClock = createLocalClock();
  for (const record of records) {
    if (record.type !== 'session-start') continue;
    const { date, hour } = localClock(record.t);
    const key = `${date} ${hour}`;
    const row = counts.get(key) ?? { date, hour, sessions: 0 };
    row.sessions += 1;
    counts.set(key, row);
  }
  return [...counts.values()].sort(byDateThen((row) => row.hour));
}

export function sessionLengths(records: readonly StatsRecord[]): LengthRow[] {
  const counts = new Map<string, LengthRow>();
  const localClock = createLocalClock();
  for (const record of records) {
    if (record.type !== 'session-end') continue;
    const { date } = localClock(record.t);
    const seconds = Math.round(record.durationSeconds);
    const key = `${date} ${seconds}`;
    const row = counts.get(key) ?? { date, seconds, sessions: 0 };
    row.sessions += 1;
    counts.set(key, row);
  }
  return [...counts.values()].sort(byDateThen((row) => row.seconds));
}

export function statsTables(
  records: readonly StatsRecord[],
  heroNames: ReadonlyMap<string, string> = new Map(),
): StatsTables {
  return {
    daily: dailyTotals(records),
    hourly: hourlySessions(records),
    lengths: sessionLengths(records),
    heroes: heroTotals(records).map((hero) => ({
      heroId: hero.heroId,
      heroName: heroNames.get(hero.heroId) ?? '',
      views: hero.views,
      storyOpens: hero.storyOpens,
    })),
  };
}
