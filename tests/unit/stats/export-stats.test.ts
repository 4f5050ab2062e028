// Runs in: Node (tests). The statistics export (CSVs, report.html, export.json) goes to a removable
// drive when one is there, else userData.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/main/log/logger';
import { EXPORT_MANIFEST_FILE } from '../../../electron/main/stats/export-manifest';
import { exportStats, toCsv } from '../../../electron/main/stats/export-stats';
import {
  DAILY_TOTALS_FILE,
  HERO_VIEWS_FILE,
  HOURLY_SESSIONS_FILE,
  SESSION_LENGTHS_FILE,
} from '../../../electron/main/stats/stats-csv';
import { REPORT_FILE } from '../../../electron/main/stats/write-report-folder';
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

const at = (hour: number, minute = 0) => new Date(2022, 3, 1, hour, minute).getTime();
const KIOSK = { id: '0b5e4c1a-2f7d-4e8a-9c3b-5d6e7f8a9b0c', name: 'Entrance' };

function input(overrides: Partial<StatsExportInput>): StatsExportInput {
  return {
    records: [
      { t: at(10), type: 'session-start' },
      { t: at(10, 1), type: 'language', language: 'ru' },
      { t: at(10, 2), type: 'hero-view', heroId: 'leila-mardenova' },
      { t: at(10, 3), type: 'story-open', heroId: 'leila-mardenova' },
      { t: at(10, 4), type: 'session-end', durationSeconds: 95.4, reason: 'idle-reset' },
    ],
    kiosk: KIOSK,
    appVersion: '0.1.0',
    heroNames: new Map([['leila-mardenova', 'Leila Mardenova']]),
    now: new Date(2022, 3, 1, 18, 30, 5).getTime(),
    userDataDir: join(root, 'userData'),
    removableDriveRoots: [],
    log: silentLogger,
    newExportId: () => 'e0000000-0000-4000-8000-000000000001',
    ...overrides,
  };
}

describe('statistics export', () => {
  it('writes the CSVs, report.html and export.json to the first removable drive', async () => {
    const stick = join(root, 'media', 'kiosk', 'USBSTICK');
    await mkdir(stick, { recursive: true });
    const { folder, combined } = await exportStats(input({ removableDriveRoots: [stick] }));
    expect(folder).toBe(join(stick, 'heroes-of-children-stats-2022-04-01-183005-entrance'));
    expect(combined).toBeUndefined();
    const daily = parse(await readFile(join(folder, DAILY_TOTALS_FILE), 'utf8'), {
      columns: true,
    });
    expect(daily).toEqual([
      {
        kiosk: 'Entrance',
        kiosk_id: KIOSK.id,
        date: '2022-04-01',
        sessions: '1',
        idle_resets: '1',
        hero_views: '1',
        story_opens: '1',
        average_session_seconds: '95',
        language_kk: '0',
        language_ru: '1',
        language_en: '0',
      },
    ]);
    const heroes = parse(await readFile(join(folder, HERO_VIEWS_FILE), 'utf8'), { columns: true });
    expect(heroes).toEqual([
      {
        kiosk: 'Entrance',
        kiosk_id: KIOSK.id,
        hero_id: 'leila-mardenova',
        hero_name: 'Leila Mardenova',
        hero_views: '1',
        story_opens: '1',
      },
    ]);
    const hours = parse(await readFile(join(folder, HOURLY_SESSIONS_FILE), 'utf8'), {
      columns: true,
    });
    expect(hours).toEqual([
      { kiosk: 'Entrance', kiosk_id: KIOSK.id, date: '2022-04-01', hour: '10', sessions: '1' },
    ]);
    const lengths = parse(await readFile(join(folder, SESSION_LENGTHS_FILE), 'utf8'), {
      columns: true,
    });
    expect(lengths).toEqual([
      {
        kiosk: 'Entrance',
        kiosk_id: KIOSK.id,
        date: '2022-04-01',
        length_seconds: '95',
        sessions: '1',
      },
    ]);
    expect(JSON.parse(await readFile(join(folder, EXPORT_MANIFEST_FILE), 'utf8'))).toEqual({
      format: 'heroes-of-children-stats-export',
      formatVersion: 1,
      exportId: 'e0000000-0000-4000-8000-000000000001',
      kioskId: KIOSK.id,
      kioskName: 'Entrance',
      exportedAt: new Date(2022, 3, 1, 18, 30, 5).toISOString(),
      appVersion: '0.1.0',
    });
    const report = await readFile(join(folder, REPORT_FILE), 'utf8');
    expect(report).toContain('Leila Mardenova');
    expect(report).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('falls back to <userData>/exports when no drive is mounted', async () => {
    const { folder } = await exportStats(input({}));
    expect(folder.startsWith(join(root, 'userData', 'exports'))).toBe(true);
    expect(await readFile(join(folder, DAILY_TOTALS_FILE), 'utf8')).toMatch(
      /^kiosk,kiosk_id,date,sessions/,
    );
  });

  it.skipIf(process.getuid?.() === 0)(
    'falls back when the drive refuses the write (read-only stick)',
    async () => {
      const stick = join(root, 'readonly');
      await mkdir(stick);
      await chmod(stick, 0o500);
      const { folder } = await exportStats(input({ removableDriveRoots: [stick] }));
      expect(folder.startsWith(join(root, 'userData', 'exports'))).toBe(true);
    },
  );

  it('falls back when the drive has gone (pulled out between listing and writing)', async () => {
    const missingFile = join(root, 'not-a-folder');
    await writeFile(missingFile, 'x');
    const { folder } = await exportStats(input({ removableDriveRoots: [missingFile] }));
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
