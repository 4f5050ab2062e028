// Runs in: main process (also Node tools). The statistics report as one self-contained HTML page for
// UNICEF: inline CSS and SVG, no script, no font or image from anywhere (a Content-Security-Policy
// forbids every load), laid out for the screen and for A4 paper. In English, UNICEF's reporting
// language. Every key figure carries its raw value in data-value, for the tests and for anyone who
// wants to copy it.
import type { Language } from '../../../common/content-schema';
import { barChart, colourOf, escapeHtml, shareBar } from './report-charts';
import type { ReportData } from './report-data';
import { REPORT_STYLE } from './report-style';

export interface ReportOptions {
  generatedAt: number;
  /** Decisions of the merge and folders that were skipped, in English. */
  notes?: readonly string[];
}

const numberFormat = new Intl.NumberFormat('en-GB');
const count = (value: number): string => numberFormat.format(value);
const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Kazakh', ru: 'Russian', en: 'English' };
const LANGUAGE_COLOURS = ['#1cabe2', '#374ea2', '#00833d'];

export function formatSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return minutes === 0 ? `${rest} s` : `${minutes} min ${String(rest).padStart(2, '0')} s`;
}

function dayLabel(date: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

const longDay = (date: string) =>
  dayLabel(date, { day: 'numeric', month: 'long', year: 'numeric' });
const shortDay = (date: string) => dayLabel(date, { day: 'numeric', month: 'short' });
const tableDay = (date: string) =>
  dayLabel(date, { weekday: 'short', day: 'numeric', month: 'short' });
const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`;
}

function figure(key: string, label: string, value: number, text: string): string {
  return `<div class="figure"><dt>${label}</dt><dd data-figure="${key}" data-value="${value}">${escapeHtml(text)}</dd></div>`;
}

function keyFigures(data: ReportData): string {
  const { totals } = data;
  const activeDays = data.days.filter((day) => day.sessions > 0).length;
  return `<dl class="figures">${[
    figure('sessions', 'Sessions', totals.sessions, count(totals.sessions)),
    figure('days', 'Days with sessions', activeDays, count(activeDays)),
    figure(
      'average-session',
      'Average session',
      totals.averageSessionSeconds,
      formatSeconds(totals.averageSessionSeconds),
    ),
    figure(
      'median-session',
      'Median session',
      totals.medianSessionSeconds,
      formatSeconds(totals.medianSessionSeconds),
    ),
    figure('hero-views', 'Hero views', totals.heroViews, count(totals.heroViews)),
    figure('story-opens', 'Stories opened', totals.storyOpens, count(totals.storyOpens)),
  ].join('')}</dl>`;
}

function legend(data: ReportData): string {
  if (data.kiosks.length < 2) return '';
  return `<ul class="legend">${data.kiosks
    .map(
      (kiosk, index) =>
        `<li><span class="swatch" style="background:${colourOf(index)}"></span>${escapeHtml(kiosk.label)}</li>`,
    )
    .join('')}</ul>`;
}

function daysSection(data: ReportData): string {
  const total = data.totals.sessions;
  const busiest = data.days.reduce(
    (best, day) => (day.sessions > (best?.sessions ?? -1) ? day : best),
    data.days[0],
  );
  const chart = barChart({
    label: `Sessions per day: ${count(total)} in ${data.days.length} days${busiest ? `, most on ${longDay(busiest.date)} (${count(busiest.sessions)})` : ''}.`,
    categories: data.days.map((day) => shortDay(day.date)),
    series: data.kiosks.map((kiosk, index) => ({
      name: kiosk.label,
      values: data.days.map((day) => day.sessionsByKiosk[index] ?? 0),
    })),
    labelEvery: Math.max(1, Math.ceil(data.days.length / 16)),
    format: count,
  });
  const perKiosk = data.kiosks.length > 1 && data.kiosks.length <= 4;
  const kioskHeads = perKiosk
    ? data.kiosks
        .map((kiosk) => `<th scope="col" class="num">${escapeHtml(kiosk.label)}</th>`)
        .join('')
    : '';
  const rows = data.days
    .map((day) => {
      const kioskCells = perKiosk
        ? day.sessionsByKiosk.map((value) => `<td class="num">${count(value)}</td>`).join('')
        : '';
      return `<tr data-date="${day.date}"><th scope="row">${tableDay(day.date)}</th><td class="num" data-sessions="${day.sessions}">${count(day.sessions)}</td>${kioskCells}<td class="num">${count(day.heroViews)}</td><td class="num">${count(day.storyOpens)}</td></tr>`;
    })
    .join('');
  return `<section class="section" id="days"><h2>Sessions per day</h2>${legend(data)}${chart}
<table class="table table--days"><thead><tr><th scope="col">Day</th><th scope="col" class="num">Sessions</th>${kioskHeads}<th scope="col" class="num">Hero views</th><th scope="col" class="num">Stories opened</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function hoursSection(data: ReportData): string {
  const hours = data.sessionsByHour;
  const busiest = hours.indexOf(Math.max(...hours));
  const chart = barChart({
    label: `Sessions by hour of the day, all days together; the busiest hour is ${hourLabel(busiest)} with ${count(hours[busiest] ?? 0)}.`,
    categories: hours.map((_, hour) => hourLabel(hour)),
    series: [{ name: 'Sessions', values: hours }],
    labelEvery: 2,
    format: count,
    height: 260,
  });
  const half = (start: number) => {
    const slice = hours.slice(start, start + 12);
    return `<tr><th scope="row">Hour</th>${slice.map((_, index) => `<th scope="col" class="num">${hourLabel(start + index)}</th>`).join('')}</tr><tr><th scope="row">Sessions</th>${slice.map((value, index) => `<td class="num" data-hour="${start + index}" data-value="${value}">${count(value)}</td>`).join('')}</tr>`;
  };
  return `<section class="section" id="hours"><h2>Sessions by hour of the day</h2><p class="hint">When visitors started a session, over every day and kiosk: the hours to staff and to promote.</p>${chart}
<table class="table table--hours"><tbody>${half(0)}${half(12)}</tbody></table></section>`;
}

function heroesSection(data: ReportData): string {
  const most = Math.max(1, ...data.heroes.map((hero) => hero.views));
  const rows = data.heroes
    .map(
      (hero, index) =>
        `<tr data-hero="${escapeHtml(hero.heroId)}"><td class="num rank">${index + 1}</td><th scope="row">${escapeHtml(hero.name)}</th>` +
        `<td class="bar-cell"><span class="bar" style="width:${((hero.views / most) * 100).toFixed(1)}%"></span></td>` +
        `<td class="num" data-views="${hero.views}">${count(hero.views)}</td><td class="num" data-story-opens="${hero.storyOpens}">${count(hero.storyOpens)}</td><td class="num">${percent(hero.storyOpens, hero.views)}</td></tr>`,
    )
    .join('');
  const body =
    data.heroes.length === 0
      ? '<p class="hint">No hero was viewed.</p>'
      : `<table class="table table--heroes"><thead><tr><th scope="col" class="num">#</th><th scope="col">Hero</th><th scope="col" class="bar-head"><span class="visually-hidden">Views, as a bar</span></th><th scope="col" class="num">Views</th><th scope="col" class="num">Stories opened</th><th scope="col" class="num">Opened per view</th></tr></thead><tbody>${rows}</tbody></table>`;
  return `<section class="section" id="heroes"><h2>Heroes by views and story opens</h2><p class="hint">A view: the hero's portrait was on screen in the carousel. A story open: a visitor opened the hero's full story.</p>${body}</section>`;
}

function languagesSection(data: ReportData): string {
  const languages = (['kk', 'ru', 'en'] as const).map((language) => ({
    language,
    value: data.languages[language],
  }));
  const total = languages.reduce((sum, entry) => sum + entry.value, 0);
  const bar = shareBar(
    `Languages chosen: ${languages.map((entry) => `${LANGUAGE_NAMES[entry.language]} ${percent(entry.value, total)}`).join(', ')}.`,
    languages.map((entry) => ({ name: LANGUAGE_NAMES[entry.language], value: entry.value })),
    LANGUAGE_COLOURS,
  );
  const rows = languages
    .map(
      (entry, index) =>
        `<tr data-language="${entry.language}"><th scope="row"><span class="swatch" style="background:${LANGUAGE_COLOURS[index]}"></span>${LANGUAGE_NAMES[entry.language]}</th><td class="num" data-value="${entry.value}">${count(entry.value)}</td><td class="num">${percent(entry.value, total)}</td></tr>`,
    )
    .join('');
  return `<section class="section" id="languages"><h2>Languages chosen</h2><p class="hint">How often visitors chose each language on the screen (a visitor may switch more than once).</p>${bar}
<table class="table table--languages"><thead><tr><th scope="col">Language</th><th scope="col" class="num">Times chosen</th><th scope="col" class="num">Share</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

const exportTime = (time: number) =>
  new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(time)) + ' UTC';

function kiosksSection(data: ReportData): string {
  const rows = data.kiosks
    .map(
      (kiosk, index) =>
        `<tr data-kiosk="${escapeHtml(kiosk.id)}"><th scope="row"><span class="swatch" style="background:${colourOf(index)}"></span>${escapeHtml(kiosk.label)}</th>` +
        `<td>${kiosk.firstDate && kiosk.lastDate ? `${shortDay(kiosk.firstDate)} – ${shortDay(kiosk.lastDate)}` : '–'}</td>` +
        `<td class="num">${count(kiosk.daysWithSessions)}</td><td class="num" data-value="${kiosk.sessions}">${count(kiosk.sessions)}</td><td class="num">${count(kiosk.heroViews)}</td><td>${exportTime(kiosk.exportedAt)}</td></tr>`,
    )
    .join('');
  return `<section class="section" id="kiosks"><h2>Kiosks in this report</h2><table class="table table--kiosks"><thead><tr><th scope="col">Kiosk</th><th scope="col">Days with data</th><th scope="col" class="num">Days with sessions</th><th scope="col" class="num">Sessions</th><th scope="col" class="num">Hero views</th><th scope="col">Exported</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function notesSection(notes: readonly string[]): string {
  const merge =
    notes.length === 0
      ? ''
      : `<h3>Notes on this report</h3><ul class="notes">${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`;
  return `<section class="section section--about" id="about">${merge}<h3>About these figures</h3><ul class="notes">
<li>A session starts with the first touch after the attract loop and ends when the screen resets after nobody touched it, or when staff open their panel. Its length does not count the idle wait before the reset.</li>
<li>Days and hours are the kiosk's local time. The average and median are over every ended session, to the second.</li>
<li>Only anonymous counts are recorded: no photos, names, identifiers or anything typed. The figures come from the CSV files beside this page.</li></ul></section>`;
}

export function renderReportHtml(data: ReportData, options: ReportOptions): string {
  const first = data.days[0]?.date;
  const last = data.days.at(-1)?.date;
  const period =
    first && last
      ? first === last
        ? longDay(first)
        : `${longDay(first)} – ${longDay(last)}`
      : 'no visits recorded yet';
  const kiosks = `${data.kiosks.length} kiosk${data.kiosks.length === 1 ? '' : 's'}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Heroes of Children: visitor statistics, ${escapeHtml(period)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<main class="report">
<header class="report__header">
<p class="eyebrow">UNICEF Kazakhstan · photo exhibition “Heroes of Children”</p>
<h1>How visitors used the kiosks</h1>
<p class="lede"><span data-figure="period">${escapeHtml(period)}</span> · <span data-figure="kiosks" data-value="${data.kiosks.length}">${kiosks}</span>: ${data.kiosks.map((kiosk) => escapeHtml(kiosk.label)).join(', ')}</p>
<p class="generated">Made ${exportTime(options.generatedAt)} by the kiosk software.</p>
</header>
${keyFigures(data)}
${daysSection(data)}
${hoursSection(data)}
${heroesSection(data)}
${languagesSection(data)}
${kiosksSection(data)}
${notesSection(options.notes ?? [])}
</main>
</body>
</html>
`;
}
