// Runs in: Node (Playwright). Starts the built kiosk in the real Electron and checks the lockdown
// from the inside. `npm run test:electron` builds first; the test skips where Electron cannot run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary, electronSkipReason, PROJECT_ROOT } from './availability';

const reason = electronSkipReason();
test.skip(reason !== null, reason ?? '');

let app: ElectronApplication;
let userData: string;

test.beforeAll(async () => {
  const binary = electronBinary();
  if (reason || !binary.ok) return;
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-smoke-'));
  app = await electron.launch({
    executablePath: binary.path,
    args: ['.', `--user-data-dir=${userData}`, '--relaunch-hour=off'],
    cwd: PROJECT_ROOT,
  });
});

test.afterAll(async () => {
  await app?.close();
  if (userData) fs.rmSync(userData, { recursive: true, force: true });
});

test('opens the app from app://kiosk in a locked-down kiosk window', async () => {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  expect(page.url()).toBe('app://kiosk/index.html');
  const windowState = await app.evaluate(({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows()[0];
    return window ? { kiosk: window.isKiosk(), onTop: window.isAlwaysOnTop() } : null;
  });
  expect(windowState).toEqual({ kiosk: true, onTop: true });
});

test('the page has window.kiosk and no Node, and content arrives over IPC', async () => {
  const page = await app.firstWindow();
  const facts = await page.evaluate(async () => {
    const kiosk = (
      window as unknown as { kiosk?: { content: { get(): Promise<{ status: string }> } } }
    ).kiosk;
    return {
      hasKiosk: typeof kiosk === 'object',
      hasRequire: typeof (globalThis as { require?: unknown }).require !== 'undefined',
      hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
      contentStatus: kiosk ? (await kiosk.content.get()).status : null,
    };
  });
  expect(facts).toEqual({
    hasKiosk: true,
    hasRequire: false,
    hasProcess: false,
    contentStatus: 'ready',
  });
});

test('the network, new windows and path traversal are refused', async () => {
  const page = await app.firstWindow();
  const facts = await page.evaluate(async () => {
    const outside = await fetch('https://example.com/').then(
      () => 'reached',
      () => 'refused',
    );
    const traversal = await fetch('/%2e%2e/%2e%2e/package.json').then(
      (response) => response.status,
    );
    const opened = window.open('https://example.com/');
    return { outside, traversal, opened: opened !== null };
  });
  expect(facts).toEqual({ outside: 'refused', traversal: 404, opened: false });
  expect(app.windows()).toHaveLength(1);
});
