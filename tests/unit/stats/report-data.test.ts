// Runs in: Node (tests). The report's arithmetic: days filled in, hours, average and median session
// length over every session (not an average of daily averages), heroes, languages and kiosks.
import { describe, expect, it } from 'vitest';
import type { KioskStats } from '../../../electron/main/stats/kiosk-stats';
import { buildReportData, histogramMedian } from '../../../electron/main/stats/report-data';

function day(date: string, sessions: number, languages = { kk: 0, ru: 0, en: 0 }) {
  return {
    date,
    sessions,
    resets: sessions,
    heroViews: sessions * 2,
    storyOpens: sessions,
    averageSessionSeconds: 0,
    languages,
  };
}

const ENTRANCE: KioskStats = {
  kiosk: { id: 'aaaaaaaa-1111', name: 'Entrance' },
  exportedAt: Date.UTC(2022, 3, 14, 18),
  daily: [day('2022-04-01', 3, { kk: 1, ru: 2, en: 0 }), day('2022-04-03', 1)],
  hourly: [
    { date: '2022-04-01', hour: 10, sessions: 2 },
    { date: '2022-04-01', hour: 18, sessions: 1 },
    { date: '2022-04-03', hour: 18, sessions: 1 },
  ],
  lengths: [
    { date: '2022-04-01', seconds: 30, sessions: 2 },
    { date: '2022-04-01', seconds: 300, sessions: 1 },
  ],
  heroes: [
    { heroId: 'leila-mardenova', heroName: 'Leila Mardenova', views: 5, storyOpens: 2 },
    { heroId: 'daniil-kim', heroName: '', views: 3, storyOpens: 0 },
  ],
};

const FOOD_COURT: KioskStats = {
  kiosk: { id: 'bbbbbbbb-2222', name: 'Food court' },
  exportedAt: Date.UTC(2022, 3, 14, 19),
  daily: [day('2022-04-02', 2, { kk: 0, ru: 0, en: 4 })],
  hourly: [{ date: '2022-04-02', hour: 12, sessions: 2 }],
  lengths: [{ date: '2022-04-02', seconds: 60, sessions: 1 }],
  heroes: [{ heroId: 'daniil-kim', heroName: 'Daniil Kim', views: 4, storyOpens: 1 }],
};

describe('report data', () => {
  it('adds up several kiosks: days (gaps filled), hours, totals, languages, heroes', () => {
    const data = buildReportData([ENTRANCE, FOOD_COURT]);
    expect(data.days.map((entry) => [entry.date, entry.sessions, entry.sessionsByKiosk])).toEqual([
      ['2022-04-01', 3, [3, 0]],
      ['2022-04-02', 2, [0, 2]],
      ['2022-04-03', 1, [1, 0]],
    ]);
    expect(data.sessionsByHour[10]).toBe(2);
    expect(data.sessionsByHour[12]).toBe(2);
    expect(data.sessionsByHour[18]).toBe(2);
    expect(data.sessionsByHour.reduce((sum, value) => sum + value, 0)).toBe(6);
    expect(data.totals).toEqual({
      sessions: 6,
      endedSessions: 4,
      idleResets: 6,
      heroViews: 12,
      storyOpens: 6,
      // (30 + 30 + 300 + 60) / 4 = 105; the middle two of 30, 30, 60, 300 are 30 and 60.
      averageSessionSeconds: 105,
      medianSessionSeconds: 45,
    });
    expect(data.languages).toEqual({ kk: 1, ru: 2, en: 4 });
    expect(data.heroes).toEqual([
      { heroId: 'daniil-kim', name: 'Daniil Kim', views: 7, storyOpens: 1 },
      { heroId: 'leila-mardenova', name: 'Leila Mardenova', views: 5, storyOpens: 2 },
    ]);
    expect(
      data.kiosks.map((kiosk) => [kiosk.label, kiosk.sessions, kiosk.firstDate, kiosk.lastDate]),
    ).toEqual([
      ['Entrance', 4, '2022-04-01', '2022-04-03'],
      ['Food court', 2, '2022-04-02', '2022-04-02'],
    ]);
  });

  it('names heroes from the running content first, then from the export, then by id', () => {
    const names = new Map([['leila-mardenova', 'Лейла Марденова']]);
    const data = buildReportData([{ ...ENTRANCE, heroes: [...ENTRANCE.heroes] }], names);
    expect(data.heroes.map((hero) => hero.name)).toEqual(['Лейла Марденова', 'daniil-kim']);
  });

  it('tells two kiosks with the same name apart by their id', () => {
    const twin = { ...FOOD_COURT, kiosk: { id: 'cccccccc-3333', name: 'Entrance' } };
    const labels = buildReportData([ENTRANCE, twin]).kiosks.map((kiosk) => kiosk.label);
    expect(labels).toEqual(['Entrance (aaaaaaaa)', 'Entrance (cccccccc)']);
  });

  it('gives zeros, not NaN, for kiosks without any visit', () => {
    const empty: KioskStats = { ...ENTRANCE, daily: [], hourly: [], lengths: [], heroes: [] };
    const data = buildReportData([empty]);
    expect(data.days).toEqual([]);
    expect(data.totals.averageSessionSeconds).toBe(0);
    expect(data.totals.medianSessionSeconds).toBe(0);
  });

  it('does not fill years of days when a kiosk clock was wrong', () => {
    const stray = { ...FOOD_COURT, daily: [day('1970-01-01', 1)] };
    const dates = buildReportData([ENTRANCE, stray]).days.map((entry) => entry.date);
    expect(dates).toEqual(['1970-01-01', '2022-04-01', '2022-04-03']);
  });

  it('takes the median of a histogram', () => {
    expect(histogramMedian(new Map([[10, 1]]))).toBe(10);
    expect(
      histogramMedian(
        new Map([
          [10, 1],
          [20, 1],
        ]),
      ),
    ).toBe(15);
    expect(
      histogramMedian(
        new Map([
          [5, 3],
          [100, 2],
        ]),
      ),
    ).toBe(5);
    expect(histogramMedian(new Map())).toBe(0);
  });
});
