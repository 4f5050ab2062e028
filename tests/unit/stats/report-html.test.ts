// Runs in: Node (tests). The report page: every figure is on it, it loads nothing and runs nothing,
// a hostile kiosk or hero name stays text, and it has a print layout for A4.
import { describe, expect, it } from 'vitest';
import type { KioskStats } from '../../../electron/main/stats/kiosk-stats';
import { buildReportData } from '../../../electron/main/stats/report-data';
import { niceCeiling, tickCount } from '../../../electron/main/stats/report-charts';
import { formatSeconds, renderReportHtml } from '../../../electron/main/stats/report-html';

const KIOSK: KioskStats = {
  kiosk: { id: 'aaaaaaaa-1111', name: '<img src=x onerror=alert(1)>' },
  exportedAt: Date.UTC(2022, 3, 14, 18),
  daily: [
    {
      date: '2022-04-01',
      sessions: 1234,
      resets: 1000,
      heroViews: 5678,
      storyOpens: 910,
      averageSessionSeconds: 80,
      languages: { kk: 300, ru: 500, en: 100 },
    },
  ],
  hourly: [{ date: '2022-04-01', hour: 17, sessions: 1234 }],
  lengths: [
    { date: '2022-04-01', seconds: 75, sessions: 600 },
    { date: '2022-04-01', seconds: 95, sessions: 601 },
  ],
  heroes: [
    { heroId: 'leila-mardenova', heroName: 'Leila "<b>" Mardenova', views: 5678, storyOpens: 910 },
  ],
};

function render(notes: string[] = []): string {
  return renderReportHtml(buildReportData([KIOSK]), {
    generatedAt: Date.UTC(2022, 3, 14, 20),
    notes,
  });
}

function figure(html: string, key: string): { value: string; text: string } | null {
  const match = new RegExp(`data-figure="${key}" data-value="([^"]*)">([^<]*)<`).exec(html);
  return match ? { value: match[1] ?? '', text: match[2] ?? '' } : null;
}

describe('report page', () => {
  it('shows the key figures, each with its raw value', () => {
    const html = render();
    expect(figure(html, 'sessions')).toEqual({ value: '1234', text: '1,234' });
    expect(figure(html, 'hero-views')).toEqual({ value: '5678', text: '5,678' });
    expect(figure(html, 'story-opens')).toEqual({ value: '910', text: '910' });
    expect(figure(html, 'average-session')).toEqual({ value: '85', text: '1 min 25 s' });
    expect(figure(html, 'median-session')).toEqual({ value: '95', text: '1 min 35 s' });
    expect(figure(html, 'days')).toEqual({ value: '1', text: '1' });
    expect(html).toContain('1 April 2022');
    expect(html).toContain('data-hour="17" data-value="1234"');
    expect(html).toContain('data-language="ru"');
    expect(html).toMatch(
      /Russian<\/th><td class="num" data-value="500">500<\/td><td class="num">56 %/,
    );
  });

  it('has inline SVG charts and loads or runs nothing', () => {
    const html = render();
    expect(html.match(/<svg /g)?.length).toBe(3);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<iframe|src=["']?http|url\(/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('keeps names as text', () => {
    const html = render();
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Leila &quot;&lt;b&gt;&quot; Mardenova');
  });

  it('lists the notes of the merge', () => {
    expect(render(['Kiosk "A": its export of … was left out.'])).toContain(
      'Kiosk &quot;A&quot;: its export of … was left out.',
    );
  });

  it('lays itself out for A4 paper', () => {
    const html = render();
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
  });

  it('writes durations as minutes and seconds', () => {
    expect(formatSeconds(0)).toBe('0 s');
    expect(formatSeconds(59.6)).toBe('1 min 00 s');
    expect(formatSeconds(605)).toBe('10 min 05 s');
  });
});

describe('chart axes', () => {
  it('rounds the top of the axis up and puts the gridlines on round numbers', () => {
    expect([0, 7, 126, 340, 404, 1001].map(niceCeiling)).toEqual([1, 10, 200, 500, 500, 2000]);
    expect([1, 10, 200, 250, 500, 2000].map(tickCount)).toEqual([5, 5, 4, 5, 5, 4]);
  });
});
