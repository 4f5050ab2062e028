// Runs in: Node (vitest). The main-process adapter (electron/main/index.ts) composed against the fake
// electron: what a real start wires up, checked from the outside. Services and the folder watcher
// are stand-ins (their owners test them).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeRequestSchemas, type ContentState } from '../../../common/ipc-contract';
import type * as FakeElectron from '../../fakes/electron';

const stand = vi.hoisted(() => {
  const contentListeners: Array<(state: unknown) => void> = [];
  const services = {
    mode: 'attract' as string,
    invoke: {} as Record<string, () => Promise<unknown>>,
    send: {} as Record<string, () => void>,
    currentContent: () => ({ status: 'error', file: 'content.json', problems: [] }),
    reloadContent: async () => services.currentContent(),
    onContentChanged: (listener: (state: unknown) => void) => {
      contentListeners.push(listener);
      return () => undefined;
    },
    currentMode: () => services.mode,
    onModeChanged: () => () => undefined,
    start: async () => services.currentContent(),
    dispose: async () => undefined,
  };
  return { services, contentListeners, options: [] as unknown[], watched: [] as string[] };
});

vi.mock('../../../electron/main/kiosk-services', () => ({
  createKioskServices: (options: unknown) => {
    stand.options.push(options);
    return stand.services;
  },
}));
vi.mock('../../../electron/main/content/watch-content', () => ({
  watchContentFolder: (dir: string) => {
    stand.watched.push(dir);
    return () => undefined;
  },
}));

let fake: typeof FakeElectron;
let userData: string;
const originalArgv = process.argv;
type ProcessListener = (...args: unknown[]) => void;
const PROCESS_EVENTS = ['uncaughtException', 'unhandledRejection'];
let processListenersBefore: Map<string, Set<ProcessListener>>;
const processListeners = (event: string): ProcessListener[] =>
  process.listeners(event as 'uncaughtException') as ProcessListener[];

async function startMain(argv: string[] = []): Promise<void> {
  process.argv = ['electron', '.', ...argv];
  await import('../../../electron/main/index');
}

async function startedWindow(): Promise<FakeElectron.BrowserWindow> {
  await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
  return fake.BrowserWindow.instances[0] as FakeElectron.BrowserWindow;
}

beforeEach(async () => {
  vi.resetModules();
  fake = await import('../../fakes/electron');
  fake.resetElectronFake();
  fake.app.isPackaged = true; // no console echo of the log
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-main-'));
  fake.app.setPath('userData', userData);
  stand.contentListeners.length = 0;
  stand.options.length = 0;
  stand.watched.length = 0;
  stand.services.mode = 'attract';
  processListenersBefore = new Map(
    PROCESS_EVENTS.map((event) => [event, new Set(processListeners(event))]),
  );
});

afterEach(() => {
  process.argv = originalArgv;
  // Each start adds the adapter's process-level handlers: take them off again.
  for (const event of PROCESS_EVENTS) {
    for (const listener of processListeners(event)) {
      if (!processListenersBefore.get(event)?.has(listener))
        process.removeListener(event, listener);
    }
  }
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('main process start', () => {
  it('registers app:// as a privileged scheme and serves it with the refusals in place', async () => {
    await startMain();
    await startedWindow();
    expect(fake.protocol.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.protocol.privilegedSchemes[0]?.privileges?.corsEnabled).toBeUndefined();
    const handler = fake.protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const request = (url: string) => ({ url, method: 'GET' }) as Request;
    expect((await handler?.(request('app://kiosk/../../etc/passwd')))?.status).toBe(404);
    expect((await handler?.(request('app://kiosk/%2e%2e/package.json')))?.status).toBe(404);
    const backSoon = await handler?.(request('app://kiosk/__back-soon.html'));
    expect(backSoon?.status).toBe(200);
    expect(backSoon?.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('opens one locked-down kiosk window on app://kiosk with no menu', async () => {
    await startMain();
    const window = await startedWindow();
    expect(window.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      alwaysOnTop: true,
    });
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      devTools: false,
    });
    expect(window.webContents.loadedUrls).toEqual(['app://kiosk/index.html']);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
    expect(fake.Menu.applicationMenu).toBeNull();
    expect(window.menuRemoved).toBe(true);
    expect(fake.app.commandLine.hasSwitch('disable-pinch')).toBe(true);
    // The page's own styles carry the kiosk lockdown: main injects no CSS (Electronegativity).
    window.webContents.emit('did-finish-load');
    await Promise.resolve();
    expect(window.webContents.zoomFactor).toBe(1);
    expect(window.webContents.insertedCss).toEqual([]);
  });

  it('installs every guard: network, permissions, navigation, new windows, keys, close', async () => {
    await startMain();
    const window = await startedWindow();
    const session = fake.session.defaultSession;
    expect(session.webRequest.simulate('https://example.com/')).toEqual({ cancel: true });
    expect(session.permissionCheckHandler?.()).toBe(false);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    const navigation = new fake.FakeEvent();
    window.webContents.emit('will-navigate', navigation, 'https://example.com/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(window.requestClose()).toBe(true);
    fake.app.emit('before-quit');
    expect(window.requestClose()).toBe(false);
  });

  it('keeps the display awake and wires every IPC channel and content change', async () => {
    await startMain();
    const window = await startedWindow();
    expect([...fake.powerSaveBlocker.active.values()]).toEqual(['prevent-display-sleep']);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(
      Object.keys(invokeRequestSchemas).sort(),
    );
    const state: ContentState = { status: 'error', file: 'content.json', problems: [] };
    stand.contentListeners.forEach((listener) => listener(state));
    expect(window.webContents.sent).toEqual([{ channel: 'content:changed', args: [state] }]);
    expect(stand.watched).toEqual([path.join(userData, 'content')]);
  });

  it('passes --content-dir to the services (resolved) and watches that folder', async () => {
    await startMain(['--content-dir', 'some/content']);
    await startedWindow();
    const options = stand.options[0] as {
      content: { contentDirArg?: string; overrideDir: string };
    };
    expect(options.content.contentDirArg).toBe(path.resolve('some/content'));
    expect(options.content.overrideDir).toBe(path.join(userData, 'content'));
    expect(stand.watched).toEqual([path.resolve('some/content')]);
  });

  it('reloads a crashed page and relaunches the app when the GPU process dies', async () => {
    await startMain();
    const window = await startedWindow();
    window.webContents.emit('render-process-gone', new fake.FakeEvent(), {
      reason: 'crashed',
      exitCode: 1,
    });
    expect(window.webContents.loadedUrls).toEqual([
      'app://kiosk/index.html',
      'app://kiosk/index.html',
    ]);
    fake.app.emit('child-process-gone', new fake.FakeEvent(), { type: 'GPU', reason: 'crashed' });
    await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([0]));
    expect(fake.app.relaunchCalls).toBe(1);
  });

  it('flushes the buffered statistics before a relaunch exits (app.exit skips will-quit)', async () => {
    const dispose = stand.services.dispose;
    const exitsAtFlush: number[] = [];
    stand.services.dispose = async () => {
      exitsAtFlush.push(fake.app.exitCodes.length);
    };
    try {
      await startMain();
      await startedWindow();
      fake.app.emit('child-process-gone', new fake.FakeEvent(), {
        type: 'GPU',
        reason: 'crashed',
      });
      await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([0]));
      expect(exitsAtFlush).toEqual([0]);
    } finally {
      stand.services.dispose = dispose;
    }
  });

  it('gives the page a fresh renderer when it reports that its frames stopped', async () => {
    await startMain();
    const window = await startedWindow();
    const options = stand.options[0] as { onFramesStalled: (report: unknown) => void };
    options.onFramesStalled({ stalledMs: 20_000 });
    expect(window.webContents.crashes).toBe(1);
    expect(window.webContents.loadedUrls).toEqual([
      'app://kiosk/index.html',
      'app://kiosk/index.html',
    ]);
  });

  it('no key combination quits without the PIN, and the window refuses to close', async () => {
    await startMain();
    const window = await startedWindow();
    for (const key of ['Q', 'q', 'F4', 'W']) {
      window.webContents.emit('before-input-event', new fake.FakeEvent(), {
        type: 'keyDown',
        key,
        control: true,
        alt: true,
        shift: true,
        meta: false,
      });
    }
    const close = new fake.FakeEvent();
    window.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
    expect(fake.app.quitCalls).toBe(0);
  });

  it('a second launch focuses the running kiosk; a second copy quits without a window', async () => {
    await startMain();
    const window = await startedWindow();
    window.minimize();
    fake.app.emit('second-instance');
    expect(window.isMinimized()).toBe(false);
    expect(window.focused).toBe(1);

    vi.resetModules();
    fake = await import('../../fakes/electron');
    fake.resetElectronFake();
    fake.app.isPackaged = true;
    fake.app.setPath('userData', userData);
    fake.app.singleInstanceLockAvailable = false;
    await startMain();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('still opens the window when the services fail to start', async () => {
    const start = stand.services.start;
    stand.services.start = async () => {
      throw new Error('disk on fire');
    };
    try {
      await startMain();
      const window = await startedWindow();
      expect(window.webContents.loadedUrls).toEqual(['app://kiosk/index.html']);
      expect(fs.readFileSync(path.join(userData, 'logs', 'kiosk.log'), 'utf8')).toContain(
        'content-start-failed',
      );
    } finally {
      stand.services.start = start;
    }
  });

  it('the installed app ignores --dev-server-url and says so in the log', async () => {
    await startMain(['--dev-server-url', 'https://evil.example']);
    const window = await startedWindow();
    expect(window.webContents.loadedUrls).toEqual(['app://kiosk/index.html']);
    const navigation = new fake.FakeEvent();
    window.webContents.emit('will-navigate', navigation, 'https://evil.example/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(fake.session.defaultSession.webRequest.simulate('https://evil.example/x.js')).toEqual({
      cancel: true,
    });
    const log = fs.readFileSync(path.join(userData, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toMatch(/WARN {2}switches-ignored .*--dev-server-url/);
  });

  it('a development run still loads the dev server', async () => {
    fake.app.isPackaged = false;
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await startMain(['--dev-server-url', 'http://localhost:5173']);
    const window = await startedWindow();
    expect(window.webContents.loadedUrls).toEqual(['http://localhost:5173']);
  });

  it('--curator opens the studio page in a laptop-sized normal window', async () => {
    await startMain(['--curator']);
    const window = await startedWindow();
    expect(window.options).toMatchObject({
      kiosk: false,
      frame: true,
      width: 1440,
      height: 900,
      title: 'Heroes of Children - Curator',
    });
    expect(window.webContents.loadedUrls).toEqual(['app://kiosk/curator']);
  });

  it('the kiosk and the curator window both get the studio (its channels are behind the PIN)', async () => {
    await startMain(['--curator']);
    await startedWindow();
    expect(stand.options[0]).toHaveProperty('curator', expect.any(Function));
  });

  it('--windowed opens a normal window with the web lockdown kept', async () => {
    await startMain(['--windowed']);
    const window = await startedWindow();
    expect(window.options).toMatchObject({ kiosk: false, frame: true });
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, devTools: false });
  });
});
