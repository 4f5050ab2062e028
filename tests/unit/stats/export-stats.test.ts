// Runs in: Node (tests). The CSV export goes to a removable drive when one is there, else userData.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/main/log/logger';
import {
  DAILY_TOTALS_FILE,
  HERO_VIEWS_FILE,
  exportStats,
  toCsv,
} from '../../../electron/main/stats/export-stats';
import type { StatsExportInput } from '../../../electron/main/stats/export-stats';
import {
  linuxRemovableRoots,
  parseDriveLetters,
} from '../../../electron/main/stats/removable-drives';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'stats-export-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function input(overrides: Partial<StatsExportInput>): StatsExportInput {
  return {
    daily: [
      {
        date: '2022-04-01',
        sessions: 12,
        resets: 9,
        heroViews: 40,
        storyOpens: 7,
        averageSessionSeconds: 95,
        languages: { kk: 5, ru: 4, en: 3 },
      },
    ],
    heroes: [{ heroId: 'leila-mardenova', views: 40, storyOpens: 7 }],
    heroNames: new Map([['leila-mardenova', 'Leila Mardenova']]),
    now: new Date(2022, 3, 1, 18, 30, 5).getTime(),
    userDataDir: join(root, 'userData'),
    removableDriveRoots: [],
    log: silentLogger,
    ...overrides,
  };
}

describe('statistics export', () => {
  it('writes daily totals and hero views to the first removable drive', async () => {
    const stick = join(root, 'media', 'kiosk', 'USBSTICK');
    await mkdir(stick, { recursive: true });
    const folder = await exportStats(input({ removableDriveRoots: [stick] }));
    expect(folder).toBe(join(stick, 'heroes-of-children-stats-2022-04-01-183005'));
    const daily = parse(await readFile(join(folder, DAILY_TOTALS_FILE), 'utf8'), {
      columns: true,
    });
    expect(daily).toEqual([
      {
        date: '2022-04-01',
        sessions: '12',
        idle_resets: '9',
        hero_views: '40',
        story_opens: '7',
        average_session_seconds: '95',
        language_kk: '5',
        language_ru: '4',
        language_en: '3',
      },
    ]);
    const heroes = parse(await readFile(join(folder, HERO_VIEWS_FILE), 'utf8'), { columns: true });
    expect(heroes).toEqual([
      {
        hero_id: 'leila-mardenova',
        hero_name: 'Leila Mardenova',
        hero_views: '40',
        story_opens: '7',
      },
    ]);
  });

  it('falls back to <userData>/exports when no drive is mounted', async () => {
    const folder = await exportStats(input({}));
    expect(folder.startsWith(join(root, 'userData', 'exports'))).toBe(true);
    expect(await readFile(join(folder, DAILY_TOTALS_FILE), 'utf8')).toMatch(/^date,sessions/);
  });

  it.skipIf(process.getuid?.() === 0)(
    'falls back when the drive refuses the write (read-only stick)',
    async () => {
      const stick = join(root, 'readonly');
      await mkdir(stick);
      await chmod(stick, 0o500);
      const folder = await exportStats(input({ removableDriveRoots: [stick] }));
      expect(folder.startsWith(join(root, 'userData', 'exports'))).toBe(true);
    },
  );

  it('falls back when the drive has gone (pulled out between listing and writing)', async () => {
    const missingFile = join(root, 'not-a-folder');
    await writeFile(missingFile, 'x');
    const folder = await exportStats(input({ removableDriveRoots: [missingFile] }));
    expect(folder.startsWith(join(root, 'userData', 'exports'))).toBe(true);
  });

  it('quotes CSV fields and defuses spreadsheet formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=SUM(A1)', -3]])).toBe(
      '"a,b","say ""hi""",\'=SUM(A1),-3\r\n',
    );
  });

  it('lists mounted sticks under /media/<user> and /run/media/<user> on Linux', async () => {
    const media = join(root, 'media');
    const runMedia = join(root, 'run-media');
    await mkdir(join(media, 'kiosk', 'B-STICK'), { recursive: true });
    await mkdir(join(media, 'kiosk', 'A-STICK'), { recursive: true });
    await mkdir(join(media, 'someone-else', 'THEIRS'), { recursive: true });
    await mkdir(join(runMedia, 'kiosk', 'CARD'), { recursive: true });
    await writeFile(join(media, 'kiosk', 'not-a-mount.txt'), '');
    expect(linuxRemovableRoots('kiosk', [media, runMedia])).toEqual([
      join(media, 'kiosk', 'A-STICK'),
      join(media, 'kiosk', 'B-STICK'),
      join(runMedia, 'kiosk', 'CARD'),
    ]);
    expect(linuxRemovableRoots('nobody', [media, runMedia])).toEqual([]);
  });

  it('reads the removable drive letters PowerShell lists on Windows', () => {
    expect(parseDriveLetters('E:\r\nf:\r\n\r\nDeviceID\r\n')).toEqual(['E:\\', 'F:\\']);
    expect(parseDriveLetters('')).toEqual([]);
  });
});
