// Runs in: Node (Playwright). Staff operations end to end in the web preview, with real touch
// events: the hidden gesture, the PIN pad (wrong, then right), the panel with statistics, the export
// path, and resume. The preview's user data folder is fresh, so the first-run PIN applies.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { FIRST_RUN_PIN } from '../../electron/main/staff/pin-store';
import { attractSurface, enterCarousel, loadContent, watchPage } from './support/kiosk-page';
import type { PageProblems } from './support/kiosk-page';

let problems: PageProblems;

test.beforeEach(async ({ page, baseURL }) => {
  problems = watchPage(page, new URL(baseURL ?? '').origin);
  await page.goto('/');
});

test.afterEach(async ({ page }) => {
  // Leave the preview's staff session locked for whichever test runs next.
  await page.request.post('/api/invoke/staff:lock', {
    data: {},
    headers: { 'content-type': 'application/json' },
  });
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.foreignRequests, 'requests leaving the origin').toEqual([]);
});

/** One finger down at (x, y), held still for holdMs, lifted: real touch events through CDP. */
async function touch(page: Page, x: number, y: number, holdMs: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const point = [{ x, y, id: 1, radiusX: 6, radiusY: 6, force: 1 }];
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point });
  if (holdMs > 0) await page.waitForTimeout(holdMs);
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await session.detach();
}

/** The hidden gesture: hold the top-left corner for over 3 s, then tap the bottom-right corner. */
async function staffGesture(page: Page): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1080, height: 1920 };
  await touch(page, 24, 30, 3300);
  await page.waitForTimeout(300);
  await touch(page, viewport.width - 26, viewport.height - 22, 80);
}

async function typePin(page: Page, pin: string): Promise<void> {
  const pad = page.locator('.pin-pad');
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).tap();
  await pad.getByRole('button', { name: 'OK' }).tap();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('.staff-layer').analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

/** The lock request races the screen change, so ask until the answer settles. */
async function expectStaffLocked(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const response = await page.request.post('/api/invoke/staff:status', {
        data: {},
        headers: { 'content-type': 'application/json' },
      });
      return response.status();
    })
    .toBe(403);
}

const staffDialog = (page: Page) => page.getByRole('dialog', { name: 'Staff' });

test('gesture, wrong PIN, right PIN, panel with statistics, export, resume', async ({ page }) => {
  // A visitor session first, so today's statistics have something in them.
  await enterCarousel(page);

  await staffGesture(page);
  await expect(page.getByRole('heading', { name: 'Staff access' })).toBeVisible();
  // No text field anywhere: the operating system keyboard never opens.
  await expect(staffDialog(page).locator('input, textarea, [contenteditable]')).toHaveCount(0);

  await expectNoAxeViolations(page);

  await typePin(page, '1111');
  await expect(page.locator('.pin-pad__error')).toHaveText(/Wrong PIN\. \d attempts? left/);
  await expect(page.getByRole('heading', { name: 'Staff panel' })).toHaveCount(0);

  await typePin(page, FIRST_RUN_PIN);
  await expect(page.getByRole('heading', { name: 'Staff panel' })).toBeVisible();
  const sessions = page.locator('.staff-table tr', { hasText: 'Sessions' });
  await expect(sessions.locator('td').first()).not.toHaveText('0');
  await expect(page.locator('.staff-chart__svg').first()).toBeVisible();
  await expect(page.locator('.staff-facts')).toContainText('Bundled with the app');
  // The web preview has no desktop to quit to.
  await expect(page.getByRole('button', { name: /Quit/ })).toHaveCount(0);

  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Export statistics' }).tap();
  const path = page.locator('.staff-notice__path');
  await expect(path).toContainText(/heroes-of-children-stats-\d{4}-\d{2}-\d{2}-\d{6}/);

  await page.getByRole('button', { name: 'Resume' }).tap();
  await expect(staffDialog(page)).toHaveCount(0);
  await expect(page.locator('.carousel')).toBeVisible();

  // Resume locked the staff channels again.
  await expectStaffLocked(page);
});

test('Ctrl+Alt+Shift+K opens the PIN pad; going back leaves the kiosk as it was', async ({
  page,
}) => {
  await page.keyboard.press('Control+Alt+Shift+KeyK');
  await expect(page.getByRole('heading', { name: 'Staff access' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the exhibition' }).tap();
  await expect(staffDialog(page)).toHaveCount(0);
});

test('the gesture on the attract loop opens the pad without starting a visitor session', async ({
  page,
}) => {
  const statsSent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/send/stats:event')) statsSent.push(request.postData() ?? '');
  });
  await expect(attractSurface(page)).toBeVisible();
  await staffGesture(page);
  await expect(page.getByRole('heading', { name: 'Staff access' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the exhibition' }).tap();
  await expect(attractSurface(page)).toBeVisible();
  expect(statsSent).toEqual([]);
});

test('"Run the idle warning now" shows the visitors\' countdown', async ({ page }) => {
  await page.keyboard.press('Control+Alt+Shift+KeyK');
  await typePin(page, FIRST_RUN_PIN);
  await page.getByRole('button', { name: 'Run the idle warning now' }).tap();
  await expect(staffDialog(page)).toHaveCount(0);
  await expect(page.locator('.idle-warning')).toBeVisible();
});

test('the panel closes itself after the idle timeout and the staff channels lock', async ({
  page,
}) => {
  const { idleTimeoutSeconds, warningSeconds } = (await loadContent(page)).settings;
  await page.clock.install();
  await page.goto('/');
  await page.keyboard.press('Control+Alt+Shift+KeyK');
  await typePin(page, FIRST_RUN_PIN);
  await expect(page.getByRole('heading', { name: 'Staff panel' })).toBeVisible();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.clock.runFor(1000);
  await page.locator('.staff-panel__title').tap();

  await page.clock.fastForward(idleTimeoutSeconds * 1000);
  await page.clock.runFor(500);
  await expect(page.locator('.staff-idle')).toContainText('closing in');
  await page.clock.fastForward(warningSeconds * 1000);
  await page.clock.runFor(1000);
  await expect(staffDialog(page)).toHaveCount(0);
  await expect(attractSurface(page)).toBeVisible();
  await expectStaffLocked(page);
});

test('ordinary taps in the corners do not open the PIN pad', async ({ page }) => {
  const viewport = page.viewportSize() ?? { width: 1080, height: 1920 };
  await touch(page, 24, 30, 400);
  await touch(page, viewport.width - 26, viewport.height - 22, 80);
  await touch(page, 24, 30, 80);
  await touch(page, viewport.width - 26, viewport.height - 22, 80);
  await page.waitForTimeout(300);
  await expect(staffDialog(page)).toHaveCount(0);
});
