// Runs in: Node (tests). Reading exports back, choosing which count (duplicates once, the newest
// export of each kiosk), and `npm run stats:report` with good and bad folders.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/main/log/logger';
import { exportStats } from '../../../electron/main/stats/export-stats';
import type { KioskRef } from '../../../electron/main/stats/kiosk-stats';
import { chooseExports } from '../../../electron/main/stats/merge-exports';
import type { LoadedExport } from '../../../electron/main/stats/read-stats-export';
import { readStatsExport } from '../../../electron/main/stats/read-stats-export';
import { DAILY_TOTALS_FILE, HERO_VIEWS_FILE } from '../../../electron/main/stats/stats-csv';
import type { StatsRecord } from '../../../electron/main/stats/stats-record';
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  EXIT_USAGE,
  runStatsReport,
} from '../../../tools/stats/stats-report-command';

let root: string;
let stick: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'stats-merge-'));
  stick = join(root, 'STICK');
  await mkdir(stick);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const ENTRANCE: KioskRef = { id: '11111111-aaaa-4aaa-8aaa-aaaaaaaaaaaa', name: 'Entrance' };
const FOOD_COURT: KioskRef = { id: '22222222-bbbb-4bbb-8bbb-bbbbbbbbbbbb', name: 'Food court' };

function sessions(day: number, count: number): StatsRecord[] {
  return Array.from({ length: count }, (_, index): StatsRecord[] => {
    const t = new Date(2022, 3, day, 12, index).getTime();
    return [
      { t, type: 'session-start' },
      { t: t + 1000, type: 'hero-view', heroId: 'leila-mardenova' },
      { t: t + 30_000, type: 'session-end', durationSeconds: 30, reason: 'idle-reset' },
    ];
  }).flat();
}

let exportCount = 0;
async function exportOf(kiosk: KioskRef, records: StatsRecord[], day: number): Promise<string> {
  exportCount += 1;
  const { folder } = await exportStats({
    records,
    kiosk,
    appVersion: '0.1.0',
    now: new Date(2022, 3, day, 21, 0, exportCount).getTime(),
    userDataDir: join(root, 'userData'),
    removableDriveRoots: [stick],
    log: silentLogger,
  });
  return folder;
}

async function load(folder: string): Promise<LoadedExport> {
  const read = await readStatsExport(folder);
  if (!read.ok) throw new Error(read.problem);
  return read.export;
}

function io() {
  const lines = { out: [] as string[], error: [] as string[] };
  return {
    lines,
    io: {
      cwd: root,
      now: Date.UTC(2022, 3, 15, 9),
      out: (line: string) => lines.out.push(line),
      error: (line: string) => lines.error.push(line),
    },
  };
}

describe('reading an export back', () => {
  it('gives back the tables that were written', async () => {
    const folder = await exportOf(ENTRANCE, sessions(1, 3), 1);
    const loaded = await load(folder);
    expect(loaded.stats.kiosk).toEqual(ENTRANCE);
    expect(loaded.stats.daily).toMatchObject([{ date: '2022-04-01', sessions: 3, heroViews: 3 }]);
    expect(loaded.stats.lengths).toEqual([{ date: '2022-04-01', seconds: 30, sessions: 3 }]);
  });

  it.each([
    ['a missing folder', async () => join(root, 'nope'), /does not exist/],
    [
      'a file',
      async () => (await writeFile(join(root, 'f.csv'), 'x'), join(root, 'f.csv')),
      /a file, not a folder/,
    ],
    [
      'an empty folder',
      async () => (await mkdir(join(root, 'empty')), join(root, 'empty')),
      /is empty/,
    ],
    [
      'a folder of other things',
      async () => (
        await mkdir(join(root, 'photos')),
        await writeFile(join(root, 'photos', 'a.jpg'), ''),
        join(root, 'photos')
      ),
      /no export\.json/,
    ],
  ])('refuses %s', async (_name, make, problem) => {
    const read = await readStatsExport(await make());
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(problem);
  });

  it.each([
    ['export.json that is not JSON', 'export.json', () => '{ broken', /not valid JSON/],
    [
      'export.json from a newer app',
      'export.json',
      (text: string) => text.replace('"formatVersion": 1', '"formatVersion": 9'),
      /newer version/,
    ],
    [
      'export.json without a kiosk id',
      'export.json',
      (text: string) => text.replace(/"kioskId": "[^"]*",/, ''),
      /kioskId/,
    ],
    ['a missing CSV', DAILY_TOTALS_FILE, null, /daily-totals\.csv is missing/],
    [
      'a CSV with other columns',
      DAILY_TOTALS_FILE,
      (text: string) => text.replace('sessions', 'visits'),
      /expected columns/,
    ],
    [
      'a count that is not a number',
      DAILY_TOTALS_FILE,
      (text: string) => text.replace(/,2022-04-01,3,/, ',2022-04-01,three,'),
      /daily-totals\.csv line 2: sessions is not a whole number/,
    ],
    [
      'a negative count',
      DAILY_TOTALS_FILE,
      (text: string) => text.replace(/,2022-04-01,3,/, ',2022-04-01,-3,'),
      /line 2: sessions/,
    ],
    [
      'an unclosed quote',
      HERO_VIEWS_FILE,
      (text: string) => `${text}"oops,1\r\n`,
      /hero-views\.csv is not a readable CSV/,
    ],
    [
      'rows of another kiosk',
      HERO_VIEWS_FILE,
      (text: string) => text.replace(ENTRANCE.id, FOOD_COURT.id),
      /line 2: belongs to another kiosk/,
    ],
    [
      'a row with a cell missing',
      DAILY_TOTALS_FILE,
      (text: string) => text.replace(/,0\r\n$/, '\r\n'),
      /line 2: has 10 cells instead of 11/,
    ],
  ])('refuses an export with %s, naming the file', async (_name, file, change, problem) => {
    const folder = await exportOf(ENTRANCE, sessions(1, 3), 1);
    const path = join(folder, file);
    if (change === null) await rm(path);
    else await writeFile(path, change(await readFile(path, 'utf8')));
    const read = await readStatsExport(folder);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(problem);
  });
});

describe('choosing the exports to count', () => {
  it('counts the same export given twice once, with a note', async () => {
    const folder = await exportOf(ENTRANCE, sessions(1, 3), 1);
    const copy = join(root, 'copy-of-entrance');
    await cp(folder, copy, { recursive: true });
    const decision = chooseExports([await load(folder), await load(copy)]);
    expect(decision.kept.map((entry) => entry.folder)).toEqual([folder]);
    expect(decision.notes).toEqual([expect.stringMatching(/is the same export as .*counted once/)]);
  });

  it("keeps only the newest export of a kiosk (it holds the older one's visits)", async () => {
    const older = await exportOf(ENTRANCE, sessions(1, 3), 1);
    const newer = await exportOf(ENTRANCE, [...sessions(1, 3), ...sessions(2, 4)], 2);
    const other = await exportOf(FOOD_COURT, sessions(2, 1), 2);
    const decision = chooseExports([await load(newer), await load(other), await load(older)]);
    expect(decision.kept.map((entry) => entry.folder)).toEqual([newer, other]);
    expect(decision.notes).toEqual([
      expect.stringMatching(/^Kiosk "Entrance": its export of .* was left out/),
    ]);
  });

  it('lets the export being made win over any other of the same kiosk', async () => {
    const onStick = await load(await exportOf(ENTRANCE, sessions(1, 3), 5));
    const now = await load(await exportOf(ENTRANCE, sessions(1, 2), 1));
    expect(chooseExports([onStick], now).kept).toEqual([now]);
  });
});

describe('npm run stats:report', () => {
  it('merges two kiosks into one report and CSVs with a kiosk column, counting a copy once', async () => {
    const entrance = await exportOf(ENTRANCE, sessions(1, 3), 1);
    const foodCourt = await exportOf(FOOD_COURT, sessions(2, 2), 2);
    const copy = join(root, 'entrance-again');
    await cp(entrance, copy, { recursive: true });
    const { io: commandIo, lines } = io();
    const code = await runStatsReport([entrance, foodCourt, copy, '--out', 'out'], commandIo);
    expect(code).toBe(EXIT_OK);
    expect(lines.out.join('\n')).toMatch(
      /counted once[\s\S]*Report of 2 kiosks \(Entrance, Food court\)/,
    );
    const daily: Record<string, string>[] = parse(
      await readFile(join(root, 'out', DAILY_TOTALS_FILE), 'utf8'),
      { columns: true },
    );
    expect(daily.map((row) => [row.kiosk, row.date, row.sessions])).toEqual([
      ['Entrance', '2022-04-01', '3'],
      ['Food court', '2022-04-02', '2'],
    ]);
    const report = await readFile(join(root, 'out', 'report.html'), 'utf8');
    expect(report).toContain('data-figure="sessions" data-value="5"');
    expect(report).toContain('counted once');
    expect(
      JSON.parse(await readFile(join(root, 'out', 'combined.json'), 'utf8')).exports,
    ).toHaveLength(2);
  });

  it('takes a stick root as the exports on it, and refuses a combined report as an input', async () => {
    await exportOf(ENTRANCE, sessions(1, 3), 1);
    await exportOf(FOOD_COURT, sessions(2, 2), 2); // finds Entrance: writes all-kiosks/
    const { io: commandIo, lines } = io();
    expect(await runStatsReport([stick, '--out', 'out'], commandIo)).toBe(EXIT_OK);
    expect(lines.out.at(-1)).toMatch(/Report of 2 kiosks/);

    const [second] = (await readdir(stick)).filter((name) => name.endsWith('food-court'));
    const combined = join(stick, second ?? '', 'all-kiosks');
    const refused = io();
    expect(await runStatsReport([combined], refused.io)).toBe(EXIT_BAD_INPUT);
    expect(refused.lines.error[0]).toMatch(/combined report, not one kiosk's export/);
  });

  it('writes nothing when one folder is not an export', async () => {
    const entrance = await exportOf(ENTRANCE, sessions(1, 3), 1);
    await mkdir(join(root, 'holiday-photos'));
    await writeFile(join(root, 'holiday-photos', 'beach.jpg'), '');
    const { io: commandIo, lines } = io();
    const code = await runStatsReport([entrance, 'holiday-photos', '--out', 'out'], commandIo);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(lines.error[0]).toMatch(/holiday-photos: there is no export\.json in it/);
    expect(lines.error.at(-1)).toMatch(/Nothing was written/);
    await expect(readdir(join(root, 'out'))).rejects.toThrow();
  });

  it.each([
    [[], /at least one export folder/],
    [['--colour', 'x'], /Unknown option/],
  ])('answers %j with usage', async (argv, message) => {
    const { io: commandIo, lines } = io();
    expect(await runStatsReport(argv, commandIo)).toBe(EXIT_USAGE);
    expect(lines.error[0]).toMatch(message);
  });

  it('refuses to write the report over one of its inputs', async () => {
    const entrance = await exportOf(ENTRANCE, sessions(1, 3), 1);
    const before = await readFile(join(entrance, DAILY_TOTALS_FILE), 'utf8');
    const { io: commandIo, lines } = io();
    expect(await runStatsReport([entrance, '--out', entrance], commandIo)).toBe(EXIT_USAGE);
    expect(lines.error[0]).toMatch(/is one of the exports/);
    expect(await readFile(join(entrance, DAILY_TOTALS_FILE), 'utf8')).toBe(before);
  });
});
