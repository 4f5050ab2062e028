// Runs in: main process. Derives daily totals and the staff panel's summary from the raw records.
// Days are local calendar days of the kiosk's clock (the exhibition runs in one time zone).
import type { DailyTotals, StatsSummary } from '../../../common/ipc-contract';
import type { StatsRecord } from './stats-record';

type Totals = Omit<DailyTotals, 'date'>;

export function localDate(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const HOUR_MS = 3_600_000;

/**
 * Local date and hour of many timestamps, computed once per clock hour: building a Date for each of
 * a hundred thousand records is most of the summary's cost. Time zones and daylight saving change
 * on whole hours, so everything inside one UTC hour shares its local date and hour.
 */
export function createLocalClock() {
  const cache = new Map<number, { date: string; hour: number }>();
  return (time: number): { date: string; hour: number } => {
    const bucket = Math.floor(time / HOUR_MS);
    let local = cache.get(bucket);
    if (!local) {
      local = { date: localDate(time), hour: new Date(time).getHours() };
      cache.set(bucket, local);
    }
    return local;
  };
}

interface Accumulator {
  totals: Totals;
  sessionSecondsSum: number;
  endedSessions: number;
}

function emptyAccumulator(): Accumulator {
  return {
    totals: {
      sessions: 0,
      resets: 0,
      heroViews: 0,
      storyOpens: 0,
      averageSessionSeconds: 0,
      languages: { kk: 0, ru: 0, en: 0 },
    },
    sessionSecondsSum: 0,
    endedSessions: 0,
  };
}

function add(accumulator: Accumulator, record: StatsRecord): void {
  const totals = accumulator.totals;
  switch (record.type) {
    case 'session-start':
      totals.sessions += 1;
      break;
    case 'session-end':
      accumulator.sessionSecondsSum += record.durationSeconds;
      accumulator.endedSessions += 1;
      if (record.reason === 'idle-reset') totals.resets += 1;
      break;
    case 'hero-view':
      totals.heroViews += 1;
      break;
    case 'story-open':
      totals.storyOpens += 1;
      break;
    case 'language':
      totals.languages[record.language] += 1;
      break;
  }
}

function finish(accumulator: Accumulator): Totals {
  return {
    ...accumulator.totals,
    averageSessionSeconds:
      accumulator.endedSessions === 0
        ? 0
        : Math.round(accumulator.sessionSecondsSum / accumulator.endedSessions),
  };
}

/** One row per local day that has any record, oldest first. */
export function dailyTotals(records: readonly StatsRecord[]): DailyTotals[] {
  const byDate = new Map<string, Accumulator>();
  const localClock = createLocalClock();
  for (const record of records) {
    const { date } = localClock(record.t);
    let accumulator = byDate.get(date);
    if (!accumulator) {
      accumulator = emptyAccumulator();
      byDate.set(date, accumulator);
    }
    add(accumulator, record);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, accumulator]) => ({ date, ...finish(accumulator) }));
}

export interface HeroTotals {
  heroId: string;
  views: number;
  storyOpens: number;
}

/** Views and story opens per hero over all time, most viewed first. */
export function heroTotals(records: readonly StatsRecord[]): HeroTotals[] {
  const byHero = new Map<string, HeroTotals>();
  for (const record of records) {
    if (record.type !== 'hero-view' && record.type !== 'story-open') continue;
    const entry = byHero.get(record.heroId) ?? { heroId: record.heroId, views: 0, storyOpens: 0 };
    if (record.type === 'hero-view') entry.views += 1;
    else entry.storyOpens += 1;
    byHero.set(record.heroId, entry);
  }
  return [...byHero.values()].sort((a, b) => b.views - a.views || a.heroId.localeCompare(b.heroId));
}

export function summarizeStats(records: readonly StatsRecord[], now: number): StatsSummary {
  const today = localDate(now);
  const todayAccumulator = emptyAccumulator();
  const totalAccumulator = emptyAccumulator();
  const sessionsPerHourToday = Array.from({ length: 24 }, () => 0);
  const localClock = createLocalClock();
  for (const record of records) {
    add(totalAccumulator, record);
    const local = localClock(record.t);
    if (local.date !== today) continue;
    add(todayAccumulator, record);
    if (record.type === 'session-start') {
      sessionsPerHourToday[local.hour] = (sessionsPerHourToday[local.hour] ?? 0) + 1;
    }
  }
  const viewsPerHero: Record<string, number> = {};
  for (const hero of heroTotals(records)) viewsPerHero[hero.heroId] = hero.views;
  return {
    today: { date: today, ...finish(todayAccumulator) },
    total: finish(totalAccumulator),
    sessionsPerHourToday,
    viewsPerHero,
  };
}
