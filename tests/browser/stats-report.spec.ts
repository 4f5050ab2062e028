// Runs in: Node (Playwright). The statistics report of three kiosks, from generated statistics (14
// days, thousands of events each): made on a stick the way kiosks make it and by npm run
// stats:report, opened in Chromium from the file, every figure on the page checked against the CSVs
// beside it, nothing loaded from anywhere, then a screenshot and an A4 PDF to look at.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { silentLogger } from '../../electron/main/log/logger';
import { exportStats } from '../../electron/main/stats/export-stats';
import {
  DAILY_TOTALS_FILE,
  HERO_VIEWS_FILE,
  HOURLY_SESSIONS_FILE,
  SESSION_LENGTHS_FILE,
} from '../../electron/main/stats/stats-csv';
import { runStatsReport } from '../../tools/stats/stats-report-command';
import {
  GENERATED_HERO_NAMES,
  THREE_KIOSKS,
  generateKioskRecords,
} from '../support/generated-stats';

const SHOTS = '/tmp/stats-shots';
type Row = Record<string, string>;

let root: string;
test.beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'stats-report-'));
  await mkdir(SHOTS, { recursive: true });
});
test.afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Each kiosk exports to the same stick in turn, as staff walking one stick around would. */
async function exportThreeKiosks(stick: string) {
  const sessionStarts: number[] = [];
  const outcomes = [];
  for (const [index, kiosk] of THREE_KIOSKS.entries()) {
    const records = generateKioskRecords(kiosk);
    expect(records.length).toBeGreaterThan(5000);
    sessionStarts.push(records.filter((record) => record.type === 'session-start').length);
    outcomes.push(
      await exportStats({
        records,
        kiosk: { id: kiosk.id, name: kiosk.name },
        appVersion: '0.1.0',
        heroNames: GENERATED_HERO_NAMES,
        now: new Date(2022, 3, 14, 22, 5 + index).getTime(),
        userDataDir: join(root, 'userData'),
        removableDriveRoots: [stick],
        log: silentLogger,
      }),
    );
  }
  return { sessionStarts, outcomes };
}

async function readCsv(folder: string, file: string): Promise<Row[]> {
  return parse(await readFile(join(folder, file), 'utf8'), { columns: true, bom: true });
}

const sum = (rows: Row[], column: string, filter: (row: Row) => boolean = () => true) =>
  rows.filter(filter).reduce((total, row) => total + Number(row[column]), 0);

/** Average and median of the session-lengths histogram, worked out here independently. */
function lengthFigures(rows: Row[]): { average: number; median: number } {
  const lengths = rows
    .flatMap((row) =>
      Array.from({ length: Number(row.sessions) }, () => Number(row.length_seconds)),
    )
    .sort((a, b) => a - b);
  const middle = Math.floor(lengths.length / 2);
  const median =
    lengths.length % 2 === 1
      ? (lengths[middle] ?? 0)
      : ((lengths[middle - 1] ?? 0) + (lengths[middle] ?? 0)) / 2;
  const average = Math.round(lengths.reduce((total, value) => total + value, 0) / lengths.length);
  return { average, median };
}

async function figure(page: Page, key: string): Promise<number> {
  return Number(await page.locator(`[data-figure="${key}"]`).getAttribute('data-value'));
}

async function expectFiguresMatchCsvs(page: Page, folder: string): Promise<void> {
  const daily = await readCsv(folder, DAILY_TOTALS_FILE);
  const hourly = await readCsv(folder, HOURLY_SESSIONS_FILE);
  const lengths = await readCsv(folder, SESSION_LENGTHS_FILE);
  const heroes = await readCsv(folder, HERO_VIEWS_FILE);

  expect(new Set(daily.map((row) => row.kiosk))).toEqual(new Set(THREE_KIOSKS.map((k) => k.name)));
  expect(await figure(page, 'kiosks')).toBe(3);
  expect(await figure(page, 'sessions')).toBe(sum(daily, 'sessions'));
  expect(await figure(page, 'hero-views')).toBe(sum(daily, 'hero_views'));
  expect(await figure(page, 'story-opens')).toBe(sum(daily, 'story_opens'));
  const { average, median } = lengthFigures(lengths);
  expect(await figure(page, 'average-session')).toBe(average);
  expect(await figure(page, 'median-session')).toBe(median);

  const dates = [...new Set(daily.map((row) => row.date))].sort();
  expect(dates).toHaveLength(14);
  expect(await figure(page, 'days')).toBe(14);
  for (const date of dates) {
    const cell = page.locator(`tr[data-date="${date}"] [data-sessions]`);
    await expect(cell).toHaveAttribute(
      'data-sessions',
      String(sum(daily, 'sessions', (row) => row.date === date)),
    );
  }
  for (let hour = 0; hour < 24; hour += 1) {
    await expect(page.locator(`[data-hour="${hour}"]`)).toHaveAttribute(
      'data-value',
      String(sum(hourly, 'sessions', (row) => Number(row.hour) === hour)),
    );
  }
  for (const language of ['kk', 'ru', 'en']) {
    await expect(page.locator(`tr[data-language="${language}"] [data-value]`)).toHaveAttribute(
      'data-value',
      String(sum(daily, `language_${language}`)),
    );
  }
  const heroIds = [...new Set(heroes.map((row) => row.hero_id ?? ''))];
  expect(heroIds.length).toBeGreaterThan(20);
  for (const heroId of heroIds) {
    const row = page.locator(`tr[data-hero="${heroId}"]`);
    await expect(row.locator('[data-views]')).toHaveAttribute(
      'data-views',
      String(sum(heroes, 'hero_views', (entry) => entry.hero_id === heroId)),
    );
    await expect(row.locator('[data-story-opens]')).toHaveAttribute(
      'data-story-opens',
      String(sum(heroes, 'story_opens', (entry) => entry.hero_id === heroId)),
    );
    await expect(row.locator('th')).toHaveText(GENERATED_HERO_NAMES.get(heroId) ?? heroId);
  }
}

/** Opens the page from its file and records every request that is not the file itself. */
async function openReport(page: Page, folder: string): Promise<string[]> {
  const url = pathToFileURL(join(folder, 'report.html')).href;
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url);
  return requests;
}

test('three kiosks on one stick: the combined report agrees with its CSVs, in Chromium and on A4', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stick = join(root, 'STICK');
  await mkdir(stick);
  const { sessionStarts, outcomes } = await exportThreeKiosks(stick);
  const last = outcomes.at(-1);
  expect(outcomes[0]?.combined).toBeUndefined();
  expect(outcomes[1]?.combined?.kiosks).toBe(2);
  expect(last?.combined?.kiosks).toBe(3);
  const combined = last?.combined?.folder ?? '';

  await page.setViewportSize({ width: 1280, height: 900 });
  const requests = await openReport(page, combined);
  await expect(page.getByRole('heading', { name: 'How visitors used the kiosks' })).toBeVisible();
  await expectFiguresMatchCsvs(page, combined);
  // The CSVs in turn hold every session the kiosks recorded.
  expect(await figure(page, 'sessions')).toBe(sessionStarts.reduce((a, b) => a + b, 0));
  expect(await page.locator('script').count()).toBe(0);
  expect(requests).toEqual([]);

  await page.screenshot({ path: `${SHOTS}/report-three-kiosks.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({
    path: `${SHOTS}/report-three-kiosks.pdf`,
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
  });
  const pdf = await readFile(`${SHOTS}/report-three-kiosks.pdf`);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // pdftoppm (poppler-utils) turns the pages into PNGs to look at, where it is installed.
  await promisify(execFile)('pdftoppm', [
    '-r',
    '70',
    '-png',
    `${SHOTS}/report-three-kiosks.pdf`,
    `${SHOTS}/report-page`,
  ]).catch(() => test.info().annotations.push({ type: 'note', description: 'no pdftoppm' }));
});

test('npm run stats:report over the stick gives the same figures, with a copy counted once', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stick = join(root, 'STICK-2');
  await mkdir(stick);
  await exportThreeKiosks(stick);
  const [firstExport] = (await readdir(stick)).sort();
  const lines: string[] = [];
  const code = await runStatsReport(
    [stick, join(stick, firstExport ?? ''), '--out', join(root, 'report')],
    {
      cwd: root,
      now: Date.now(),
      out: (line) => lines.push(line),
      error: (line) => lines.push(line),
    },
  );
  expect(code).toBe(0);
  expect(lines.join('\n')).toMatch(/counted once/);
  await openReport(page, join(root, 'report'));
  await expectFiguresMatchCsvs(page, join(root, 'report'));
  await expect(page.locator('#about')).toContainText('counted once');
});
