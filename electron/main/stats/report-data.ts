// Runs in: main process (also Node tools). The figures of the statistics report, from the export
// tables of one or more kiosks: pure arithmetic, so the report and its tests agree by construction.
// Session length: the average and the median are taken over every ended session (from the
// session-lengths table, to the second), not averaged from daily averages.
import type { Language } from '../../../common/content-schema';
import type { KioskStats } from './kiosk-stats';

export interface ReportKiosk {
  id: string;
  name: string;
  /** The name, with a short id after it when another kiosk in the report has the same name. */
  label: string;
  firstDate: string | null;
  lastDate: string | null;
  daysWithSessions: number;
  sessions: number;
  heroViews: number;
  exportedAt: number;
}

export interface ReportDay {
  date: string;
  sessions: number;
  /** Sessions per kiosk, in the order of ReportData.kiosks. */
  sessionsByKiosk: number[];
  heroViews: number;
  storyOpens: number;
}

export interface ReportHero {
  heroId: string;
  name: string;
  views: number;
  storyOpens: number;
}

export interface ReportData {
  kiosks: ReportKiosk[];
  /** Every calendar day from the first to the last with data (a day without data shows 0). */
  days: ReportDay[];
  /** Sessions started in each hour of the day over all days and kiosks, index 0 = 00:00–00:59. */
  sessionsByHour: number[];
  totals: {
    sessions: number;
    endedSessions: number;
    idleResets: number;
    heroViews: number;
    storyOpens: number;
    averageSessionSeconds: number;
    medianSessionSeconds: number;
  };
  /** How many times each language was chosen. */
  languages: Record<Language, number>;
  heroes: ReportHero[];
}

/** More days than this between the first and last date (a kiosk clock gone wrong): no filling in. */
const MAX_FILLED_DAYS = 400;
const DAY_MS = 86_400_000;

function datesBetween(first: string, last: string): string[] | null {
  const start = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  if (!(end >= start) || (end - start) / DAY_MS > MAX_FILLED_DAYS) return null;
  const dates: string[] = [];
  for (let time = start; time <= end; time += DAY_MS) {
    dates.push(new Date(time).toISOString().slice(0, 10));
  }
  return dates;
}

/** Median of a histogram: the middle value, or the mean of the two middle values. */
export function histogramMedian(counts: ReadonlyMap<number, number>): number {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return 0;
  const sorted = [...counts.entries()].sort(([a], [b]) => a - b);
  const valueAt = (position: number): number => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (position < seen) return value;
    }
    return sorted.at(-1)?.[0] ?? 0;
  };
  const middle = Math.floor(total / 2);
  return total % 2 === 1 ? valueAt(middle) : (valueAt(middle - 1) + valueAt(middle)) / 2;
}

function kioskLabels(kiosks: readonly KioskStats[]): string[] {
  const nameCount = new Map<string, number>();
  for (const entry of kiosks) {
    nameCount.set(entry.kiosk.name, (nameCount.get(entry.kiosk.name) ?? 0) + 1);
  }
  return kiosks.map(({ kiosk }) =>
    (nameCount.get(kiosk.name) ?? 0) > 1 ? `${kiosk.name} (${kiosk.id.slice(0, 8)})` : kiosk.name,
  );
}

function reportKiosk(entry: KioskStats, label: string): ReportKiosk {
  const dates = entry.daily.map((day) => day.date).sort();
  return {
    id: entry.kiosk.id,
    name: entry.kiosk.name,
    label,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    daysWithSessions: entry.daily.filter((day) => day.sessions > 0).length,
    sessions: entry.daily.reduce((sum, day) => sum + day.sessions, 0),
    heroViews: entry.daily.reduce((sum, day) => sum + day.heroViews, 0),
    exportedAt: entry.exportedAt,
  };
}

function reportDays(kiosks: readonly KioskStats[]): ReportDay[] {
  const byDate = new Map<string, ReportDay>();
  const day = (date: string): ReportDay => {
    let entry = byDate.get(date);
    if (!entry) {
      entry = {
        date,
        sessions: 0,
        sessionsByKiosk: kiosks.map(() => 0),
        heroViews: 0,
        storyOpens: 0,
      };
      byDate.set(date, entry);
    }
    return entry;
  };
  kiosks.forEach((kiosk, index) => {
    for (const row of kiosk.daily) {
      const entry = day(row.date);
      entry.sessions += row.sessions;
      entry.sessionsByKiosk[index] = (entry.sessionsByKiosk[index] ?? 0) + row.sessions;
      entry.heroViews += row.heroViews;
      entry.storyOpens += row.storyOpens;
    }
  });
  const known = [...byDate.keys()].sort();
  const first = known[0];
  const last = known.at(-1);
  const all = first && last ? (datesBetween(first, last) ?? known) : [];
  return all.map(day);
}

/** `heroNames`: names from the running content by hero id; else the names the exports carry. */
export function buildReportData(
  kiosks: readonly KioskStats[],
  heroNames: ReadonlyMap<string, string> = new Map(),
): ReportData {
  const labels = kioskLabels(kiosks);
  const sessionsByHour = Array.from({ length: 24 }, () => 0);
  const lengths = new Map<number, number>();
  const languages: Record<Language, number> = { kk: 0, ru: 0, en: 0 };
  const heroes = new Map<string, ReportHero>();
  let idleResets = 0;
  for (const kiosk of kiosks) {
    for (const row of kiosk.hourly)
      sessionsByHour[row.hour] = (sessionsByHour[row.hour] ?? 0) + row.sessions;
    for (const row of kiosk.lengths)
      lengths.set(row.seconds, (lengths.get(row.seconds) ?? 0) + row.sessions);
    for (const day of kiosk.daily) {
      idleResets += day.resets;
      for (const language of ['kk', 'ru', 'en'] as const)
        languages[language] += day.languages[language];
    }
    for (const row of kiosk.heroes) {
      const hero = heroes.get(row.heroId) ?? {
        heroId: row.heroId,
        name: '',
        views: 0,
        storyOpens: 0,
      };
      hero.name = heroNames.get(row.heroId) ?? (hero.name || row.heroName);
      hero.views += row.views;
      hero.storyOpens += row.storyOpens;
      heroes.set(row.heroId, hero);
    }
  }
  const days = reportDays(kiosks);
  let endedSessions = 0;
  let secondsSum = 0;
  for (const [seconds, count] of lengths) {
    endedSessions += count;
    secondsSum += seconds * count;
  }
  return {
    kiosks: kiosks.map((kiosk, index) => reportKiosk(kiosk, labels[index] ?? kiosk.kiosk.name)),
    days,
    sessionsByHour,
    totals: {
      sessions: days.reduce((sum, day) => sum + day.sessions, 0),
      endedSessions,
      idleResets,
      heroViews: days.reduce((sum, day) => sum + day.heroViews, 0),
      storyOpens: days.reduce((sum, day) => sum + day.storyOpens, 0),
      averageSessionSeconds: endedSessions === 0 ? 0 : Math.round(secondsSum / endedSessions),
      medianSessionSeconds: histogramMedian(lengths),
    },
    languages,
    heroes: [...heroes.values()]
      .map((hero) => ({ ...hero, name: hero.name || hero.heroId }))
      .sort(
        (a, b) =>
          b.views - a.views || b.storyOpens - a.storyOpens || a.heroId.localeCompare(b.heroId),
      ),
  };
}
