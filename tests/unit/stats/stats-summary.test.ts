// Runs in: Node (tests). Daily totals and the staff panel's summary, by local calendar day.
import { describe, expect, it } from 'vitest';
import type { StatsRecord } from '../../../electron/main/stats/stats-record';
import {
  dailyTotals,
  heroTotals,
  localDate,
  summarizeStats,
} from '../../../electron/main/stats/stats-summary';

// Local times, so the test means the same in any time zone it runs in.
const at = (day: number, hour: number, minute = 0) =>
  new Date(2022, 3, day, hour, minute).getTime();

const RECORDS: StatsRecord[] = [
  { t: at(1, 10), type: 'session-start' },
  { t: at(1, 10, 1), type: 'language', language: 'ru' },
  { t: at(1, 10, 2), type: 'hero-view', heroId: 'leila-mardenova' },
  { t: at(1, 10, 3), type: 'story-open', heroId: 'leila-mardenova' },
  { t: at(1, 10, 5), type: 'session-end', durationSeconds: 100, reason: 'idle-reset' },
  { t: at(1, 23, 59), type: 'session-start' },
  { t: at(2, 0, 1), type: 'session-end', durationSeconds: 51, reason: 'staff' },
  { t: at(2, 9), type: 'session-start' },
  { t: at(2, 9), type: 'language', language: 'kk' },
  { t: at(2, 9, 1), type: 'hero-view', heroId: 'daniil-kim' },
  { t: at(2, 9, 2), type: 'hero-view', heroId: 'leila-mardenova' },
  { t: at(2, 9, 3), type: 'hero-view', heroId: 'daniil-kim' },
  { t: at(2, 11), type: 'session-start' },
];

describe('statistics summary', () => {
  it('counts each local day separately', () => {
    expect(dailyTotals(RECORDS)).toEqual([
      {
        date: '2022-04-01',
        sessions: 2,
        resets: 1,
        heroViews: 1,
        storyOpens: 1,
        averageSessionSeconds: 100,
        languages: { kk: 0, ru: 1, en: 0 },
      },
      {
        date: '2022-04-02',
        sessions: 2,
        resets: 0,
        heroViews: 3,
        storyOpens: 0,
        averageSessionSeconds: 51,
        languages: { kk: 1, ru: 0, en: 0 },
      },
    ]);
  });

  it('summarises today and all days, with sessions per hour and views per hero', () => {
    const summary = summarizeStats(RECORDS, at(2, 15));
    expect(summary.today).toMatchObject({ date: '2022-04-02', sessions: 2, heroViews: 3 });
    expect(summary.total).toEqual({
      sessions: 4,
      resets: 1,
      heroViews: 4,
      storyOpens: 1,
      averageSessionSeconds: 76,
      languages: { kk: 1, ru: 1, en: 0 },
    });
    expect(summary.sessionsPerHourToday).toHaveLength(24);
    expect(summary.sessionsPerHourToday[9]).toBe(1);
    expect(summary.sessionsPerHourToday[11]).toBe(1);
    expect(summary.sessionsPerHourToday.reduce((a, b) => a + b, 0)).toBe(2);
    expect(summary.viewsPerHero).toEqual({ 'daniil-kim': 2, 'leila-mardenova': 2 });
  });

  it('gives zeros for a day without visitors', () => {
    const summary = summarizeStats([], at(5, 12));
    expect(summary.today).toMatchObject({ date: localDate(at(5, 12)), sessions: 0 });
    expect(summary.total.averageSessionSeconds).toBe(0);
  });

  it('ranks heroes by views, story opens counted alongside', () => {
    expect(heroTotals(RECORDS)).toEqual([
      { heroId: 'daniil-kim', views: 2, storyOpens: 0 },
      { heroId: 'leila-mardenova', views: 2, storyOpens: 1 },
    ]);
  });
});
