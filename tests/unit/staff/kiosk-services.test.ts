// Runs in: Node (tests). The services behind IPC and the preview API: staff-only channels need the
// PIN, the attract loop locks them again, statistics are stamped and written by main.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentState } from '../../../common/ipc-contract';
import { ExportResultSchema, STAFF_ONLY_CHANNELS } from '../../../common/ipc-contract';
import { createKioskServices } from '../../../electron/main/kiosk-services';
import type { KioskServices } from '../../../electron/main/kiosk-services';
import { silentLogger } from '../../../electron/main/log/logger';
import { FIRST_RUN_PIN } from '../../../electron/main/staff/pin-store';
import { StaffLockedError } from '../../../electron/main/staff/staff-session';

const loadContentState = vi.hoisted(() => vi.fn());
vi.mock('../../../electron/main/content/load-content', () => ({ loadContentState }));

const photo = { portrait: 'assets/p.webp', thumbnail: 'assets/t.webp' };

function readyState(hash: string): ContentState {
  return {
    status: 'ready',
    content: {
      heroes: [
        { id: 'leila-mardenova', status: 'ready', name: { en: 'Leila Mardenova' }, photo },
        { id: 'draft-hero-02', status: 'draft', name: { en: 'Draft' }, photo },
      ],
    } as never,
    source: 'bundled',
    directory: '/opt/kiosk/content',
    hash,
    assetBaseUrl: '/content/',
    warnings: [],
  };
}

let userDataDir: string;
let services: KioskServices;
let time: number;
let driveRoots: () => string[] | Promise<string[]>;
const quit = vi.fn();

beforeEach(async () => {
  userDataDir = await mkdtemp(join(tmpdir(), 'services-'));
  time = new Date(2022, 3, 3, 12, 0).getTime();
  loadContentState.mockReset();
  loadContentState.mockResolvedValue(readyState('aaa'));
  quit.mockReset();
  driveRoots = () => [];
  services = createKioskServices({
    userDataDir,
    version: '1.2.3',
    content: { overrideDir: '/x', bundledDir: '/opt/kiosk/content', assetBaseUrl: '/content/' },
    log: silentLogger,
    canQuit: true,
    quit,
    health: () => ({ startedAt: time - 90_000, restarts: 2, lastCrashReason: 'oom' }),
    now: () => time,
    removableDriveRoots: () => driveRoots(),
    hostname: 'hall-kiosk-01',
  });
  await services.start();
});
afterEach(async () => {
  await services.dispose();
  await rm(userDataDir, { recursive: true, force: true });
});

describe('kiosk services', () => {
  it.each(STAFF_ONLY_CHANNELS)('refuses %s while locked', async (channel) => {
    const handler = services.invoke[channel] as (request: unknown) => Promise<unknown>;
    const request = channel === 'staff:change-pin' ? { current: '1234', next: '5678' } : undefined;
    await expect(handler(request)).rejects.toBeInstanceOf(StaffLockedError);
    expect(quit).not.toHaveBeenCalled();
  });

  it('a wrong PIN keeps the channels locked; the right one opens them', async () => {
    expect(await services.invoke['staff:unlock']({ pin: '0000' })).toMatchObject({ ok: false });
    await expect(services.invoke['staff:status'](undefined)).rejects.toThrow(StaffLockedError);
    expect(await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN })).toEqual({ ok: true });
    expect(await services.invoke['staff:status'](undefined)).toEqual({
      version: '1.2.3',
      contentSource: 'bundled',
      contentDirectory: '/opt/kiosk/content',
      contentHash: 'aaa',
      drafts: 1,
      heroes: 2,
      startedAt: time - 90_000,
      uptimeSeconds: 90,
      restarts: 2,
      lastCrashReason: 'oom',
      canQuit: true,
      kioskName: 'hall-kiosk-01',
      pack: null,
    });
  });

  it('locks again on staff:lock and when the kiosk returns to the attract loop', async () => {
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    await services.invoke['staff:lock'](undefined);
    await expect(services.invoke['staff:stats'](undefined)).rejects.toThrow(StaffLockedError);

    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    services.send['kiosk:mode']('staff');
    await expect(services.invoke['staff:stats'](undefined)).resolves.toBeDefined();
    services.send['kiosk:mode']('attract');
    expect(services.currentMode()).toBe('attract');
    await expect(services.invoke['staff:stats'](undefined)).rejects.toThrow(StaffLockedError);
  });

  it('reports mode changes to listeners once per change', () => {
    const modes: string[] = [];
    services.onModeChanged((mode) => modes.push(mode));
    services.send['kiosk:mode']('visitor');
    services.send['kiosk:mode']('visitor');
    services.send['kiosk:mode']('warning');
    expect(modes).toEqual(['visitor', 'warning']);
  });

  it('stamps statistics events and summarises them for staff', async () => {
    services.send['stats:event']({ type: 'session-start' });
    services.send['stats:event']({ type: 'hero-view', heroId: 'leila-mardenova' });
    time += 60_000;
    services.send['stats:event']({
      type: 'session-end',
      durationSeconds: 30,
      reason: 'idle-reset',
    });
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    const summary = await services.invoke['staff:stats'](undefined);
    expect(summary.today).toMatchObject({ date: '2022-04-03', sessions: 1, resets: 1 });
    expect(summary.sessionsPerHourToday[12]).toBe(1);
    expect(summary.viewsPerHero).toEqual({ 'leila-mardenova': 1 });
  });

  it('exports to userData/exports when no drive is there', async () => {
    services.send['stats:event']({ type: 'session-start' });
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    const result = await services.invoke['staff:export-stats'](undefined);
    expect(result.ok && result.path.startsWith(join(userDataDir, 'exports'))).toBe(true);
  });

  it("exports to the stick when one is mounted, with today's totals in the CSV", async () => {
    const stick = join(userDataDir, 'media', 'STICK');
    await mkdir(stick, { recursive: true });
    driveRoots = async () => [stick];
    services.send['stats:event']({ type: 'session-start' });
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    const result = await services.invoke['staff:export-stats'](undefined);
    if (!result.ok) throw new Error(result.error);
    expect(result.path.startsWith(stick)).toBe(true);
    const csv = await readFile(join(result.path, 'daily-totals.csv'), 'utf8');
    expect(csv.split('\r\n')[1]).toMatch(/^hall-kiosk-01,[0-9a-f-]{36},2022-04-03,1,/);
    expect(await readFile(join(result.path, 'report.html'), 'utf8')).toContain('hall-kiosk-01');
    const manifest = JSON.parse(await readFile(join(result.path, 'export.json'), 'utf8'));
    expect(manifest).toMatchObject({ kioskName: 'hall-kiosk-01', appVersion: '1.2.3' });
  });

  it('names the kiosk: staff rename it, the name is kept and goes into the next export', async () => {
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    const renamed = await services.invoke['staff:set-kiosk-name']({ name: '  Entrance, east  ' });
    expect(renamed).toEqual({ ok: true, name: 'Entrance, east' });
    expect((await services.invoke['staff:status'](undefined)).kioskName).toBe('Entrance, east');
    const result = await services.invoke['staff:export-stats'](undefined);
    if (!result.ok) throw new Error(result.error);
    expect(result.path).toMatch(/-entrance-east$/);
    const manifest = JSON.parse(await readFile(join(result.path, 'export.json'), 'utf8'));
    expect(manifest.kioskName).toBe('Entrance, east');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(41), 'too-long'],
    ['Hall\u0007A', 'invalid-characters'],
    ['Hall\nA', 'invalid-characters'],
  ])('refuses the kiosk name %j (%s) and keeps the old one', async (name, reason) => {
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    await services.invoke['staff:set-kiosk-name']({ name: 'Food court' });
    const result = await services.invoke['staff:set-kiosk-name']({ name });
    expect(result).toEqual({ ok: false, reason, error: expect.any(String) });
    expect((await services.invoke['staff:status'](undefined)).kioskName).toBe('Food court');
  });

  it("adds a combined report when the stick holds another kiosk's export", async () => {
    const stick = join(userDataDir, 'media', 'STICK');
    await mkdir(stick, { recursive: true });
    driveRoots = async () => [stick];
    const other = createKioskServices({
      userDataDir: join(userDataDir, 'other-kiosk'),
      version: '1.2.3',
      content: { overrideDir: '/x', bundledDir: '/opt/kiosk/content', assetBaseUrl: '/content/' },
      log: silentLogger,
      canQuit: false,
      quit,
      health: () => ({ startedAt: time, restarts: 0, lastCrashReason: null }),
      now: () => time - 60_000,
      removableDriveRoots: () => [stick],
      hostname: 'food-court',
    });
    await other.start();
    other.send['stats:event']({ type: 'session-start' });
    await other.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    expect(await other.invoke['staff:export-stats'](undefined)).not.toHaveProperty('combined');
    await other.dispose();

    services.send['stats:event']({ type: 'session-start' });
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    const result = await services.invoke['staff:export-stats'](undefined);
    if (!result.ok) throw new Error(result.error);
    expect(result.combined).toEqual({ path: join(result.path, 'all-kiosks'), kiosks: 2 });
    expect(ExportResultSchema.parse(result)).toEqual(result);
    const daily = await readFile(join(result.path, 'all-kiosks', 'daily-totals.csv'), 'utf8');
    expect(daily).toMatch(/\r\nfood-court,/);
    expect(daily).toMatch(/\r\nhall-kiosk-01,/);
  });

  it('still exports when the drives cannot be listed', async () => {
    driveRoots = () => {
      throw new Error('powershell missing');
    };
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    const result = await services.invoke['staff:export-stats'](undefined);
    expect(result.ok && result.path.startsWith(join(userDataDir, 'exports'))).toBe(true);
  });

  it('answers a failed export with a code the panel translates and English for the log', async () => {
    // A file where the exports folder should be: nothing can be written there.
    await writeFile(join(userDataDir, 'exports'), 'not a folder');
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    const result = await services.invoke['staff:export-stats'](undefined);
    expect(result).toEqual({ ok: false, reason: 'write-failed', error: expect.any(String) });
    expect(ExportResultSchema.parse(result)).toEqual(result);
  });

  it('reloads content, keeping the last good state for the loader and telling listeners', async () => {
    const seen: ContentState[] = [];
    services.onContentChanged((state) => seen.push(state));
    loadContentState.mockResolvedValueOnce(readyState('bbb'));
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    const state = await services.invoke['staff:reload-content'](undefined);
    expect(state).toMatchObject({ hash: 'bbb' });
    expect(seen).toEqual([state]);
    expect(loadContentState).toHaveBeenLastCalledWith(
      expect.objectContaining({ lastGood: expect.objectContaining({ hash: 'aaa' }) }),
    );
    expect(await services.invoke['content:get'](undefined)).toBe(state);
  });

  it('two reloads at once (the folder watcher and staff) end on the newer content', async () => {
    // The watcher's read starts first and is slow; staff reload after the folder changed again and
    // read the newer file at once. Whichever read finishes last must not decide.
    let finishSlowRead: (state: ContentState) => void = () => undefined;
    loadContentState.mockImplementationOnce(
      () => new Promise<ContentState>((resolve) => (finishSlowRead = resolve)),
    );
    loadContentState.mockResolvedValueOnce(readyState('newer'));
    const seen: string[] = [];
    services.onContentChanged((state) => seen.push(state.status === 'ready' ? state.hash : ''));
    const byWatcher = services.reloadContent();
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    const byStaff = services.invoke['staff:reload-content'](undefined);
    await vi.waitFor(() => expect(loadContentState).toHaveBeenCalledTimes(2));
    finishSlowRead(readyState('older'));
    await Promise.all([byWatcher, byStaff]);
    expect(services.currentContent()).toMatchObject({ hash: 'newer' });
    expect(await services.invoke['content:get'](undefined)).toMatchObject({ hash: 'newer' });
    expect(seen.at(-1)).toBe('newer');
  });

  it('quits only when allowed and unlocked', async () => {
    await services.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    await services.invoke['staff:quit'](undefined);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('logs a renderer whose frames stopped, with the screen it was on, and hands it on', async () => {
    const lines: unknown[][] = [];
    const onFramesStalled = vi.fn();
    const log = { ...silentLogger, error: (...line: unknown[]) => void lines.push(line) };
    const kiosk = createKioskServices({
      userDataDir,
      version: '1',
      content: { overrideDir: '/x', bundledDir: '/y', assetBaseUrl: '/content/' },
      log,
      canQuit: true,
      quit,
      health: () => ({ startedAt: 0, restarts: 0, lastCrashReason: null }),
      onFramesStalled,
    });
    kiosk.send['kiosk:mode']('visitor');
    kiosk.send['kiosk:frames-stalled']({ stalledMs: 20_000 });
    expect(onFramesStalled).toHaveBeenCalledWith({ stalledMs: 20_000 });
    expect(lines).toContainEqual([
      'renderer-frames-stalled',
      { stalledMs: 20_000, mode: 'visitor' },
    ]);
    await kiosk.dispose();
  });

  it('does nothing on staff:quit where there is no desktop to quit to', async () => {
    const preview = createKioskServices({
      userDataDir,
      version: '1',
      content: { overrideDir: '/x', bundledDir: '/y', assetBaseUrl: '/content/' },
      log: silentLogger,
      canQuit: false,
      quit,
      health: () => ({ startedAt: 0, restarts: 0, lastCrashReason: null }),
    });
    await preview.invoke['staff:unlock']({ pin: FIRST_RUN_PIN });
    expect(await preview.invoke['staff:quit'](undefined)).toBeNull();
    expect(quit).not.toHaveBeenCalled();
    await preview.dispose();
  });
});
