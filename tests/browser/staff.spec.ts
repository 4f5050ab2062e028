// Runs in: Node (Playwright). Staff operations end to end in the web preview, with real touch
// events: the hidden gesture, the PIN pad (wrong, then right), the panel with statistics, the export
// path, and resume. The preview's user data folder is fresh, so the first-run PIN applies. The staff
// screens follow the kiosk language (Kazakh at start); most tests switch them to English first.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { FIRST_RUN_PIN } from '../../electron/main/staff/pin-store';
import {
  attractSurface,
  enterCarousel,
  loadContent,
  failOnPageProblems,
} from './support/kiosk-page';
import {
  openPadInEnglish,
  staffDialog,
  staffLanguage,
  typePin,
  unlockPanel,
} from './support/staff-page';

failOnPageProblems();

const SCREENSHOT_DIR = 'tests/screenshots';
const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;

/** Every staff button and heading shows its whole text: nothing cut off or spilling out. */
async function expectNothingClipped(page: Page): Promise<void> {
  const clipped = await page
    .locator('.staff-layer')
    .locator('button, h1, h2, th, dt, dd, figcaption, .pin-pad__hint, .pin-pad__error')
    .evaluateAll((elements) =>
      elements
        .filter((element) => {
          // Text running out sideways is always wrong; tall glyphs only matter where they are cut.
          const clipsVertically = getComputedStyle(element).overflowY !== 'visible';
          return (
            element.scrollWidth > element.clientWidth + 1 ||
            (clipsVertically && element.scrollHeight > element.clientHeight + 1)
          );
        })
        .map((element) => element.textContent ?? ''),
    );
  expect(clipped).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test.afterEach(async ({ page }) => {
  // Leave the preview's staff session locked for whichever test runs next.
  await page.request.post('/api/invoke/staff:lock', {
    data: {},
    headers: { 'content-type': 'application/json' },
  });
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

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('.staff-layer').analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

/** Shows the open staff screen in both orientations, in Russian and in Kazakh: checks that no text
 * is cut off and saves a screenshot of each to look at. */
async function captureInRussianAndKazakh(
  page: Page,
  screen: 'panel' | 'pin' | 'pin-settings-damaged',
): Promise<void> {
  for (const orientation of ORIENTATIONS) {
    await page.setViewportSize(orientation.viewport);
    for (const [language, name] of [
      ['ru', 'Русский'],
      ['kk', 'Қазақша'],
    ] as const) {
      await staffLanguage(page, name);
      await expectNothingClipped(page);
      await page.locator('.staff-layer').evaluate((layer) => layer.scrollTo(0, 0));
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/staff-${orientation.name}-${screen}-${language}.png`,
        animations: 'disabled',
      });
    }
  }
}

/** Collects every statistics event the page sends from now on. */
function recordStatsSent(page: Page): string[] {
  const statsSent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/send/stats:event')) statsSent.push(request.postData() ?? '');
  });
  return statsSent;
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

test('gesture, wrong PIN, right PIN, panel with statistics, export, resume', async ({ page }) => {
  // A visitor session first, so today's statistics have something in them.
  await enterCarousel(page);

  await staffGesture(page);
  // The pad speaks the kiosk's language, Kazakh at start, until staff switch it.
  await expect(page.getByRole('heading', { name: 'Қызметкерлерге кіру' })).toBeVisible();
  await staffLanguage(page, 'English');
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
  await openPadInEnglish(page);
  await page.getByRole('button', { name: 'Back to the exhibition' }).tap();
  await expect(staffDialog(page)).toHaveCount(0);
});

test('the gesture on the attract loop opens the pad without starting a visitor session', async ({
  page,
}) => {
  const statsSent = recordStatsSent(page);
  await expect(attractSurface(page)).toBeVisible();
  await staffGesture(page);
  await staffLanguage(page, 'English');
  await page.getByRole('button', { name: 'Back to the exhibition' }).tap();
  await expect(attractSurface(page)).toBeVisible();
  expect(statsSent).toEqual([]);
});

test('"Run the idle warning now" shows the visitors\' countdown', async ({ page }) => {
  await openPadInEnglish(page);
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
  await openPadInEnglish(page);
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

test('switching to Russian changes the panel; Kazakh and Russian texts fit in both orientations', async ({
  page,
}) => {
  const statsSent = recordStatsSent(page);
  await openPadInEnglish(page);
  await typePin(page, FIRST_RUN_PIN);
  await expect(page.getByRole('heading', { name: 'Staff panel' })).toBeVisible();

  await staffLanguage(page, 'Русский');
  await expect(page.getByRole('heading', { name: 'Панель персонала' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Продолжить' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Выгрузить статистику' })).toBeVisible();
  await expect(page.locator('.staff-table thead')).toContainText('Сегодня');
  await expect(page.locator('.staff-facts')).toContainText('Поставляется с приложением');
  await expect(page.getByRole('heading', { name: 'Staff panel' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // A staff member's language choice is not a visitor's.
  expect(statsSent).toEqual([]);

  await expect(page.locator('.staff-table')).toBeVisible();
  await captureInRussianAndKazakh(page, 'panel');

  await page.getByRole('button', { name: 'Жалғастыру' }).tap();
  await expect(staffDialog(page)).toHaveCount(0);
  await page.keyboard.press('Control+Alt+Shift+KeyK');
  // Digits without OK: wrong attempts would count towards the preview's lockout.
  for (const digit of '123') await page.getByRole('button', { name: digit, exact: true }).tap();
  await captureInRussianAndKazakh(page, 'pin');
});

test('a refused PIN change is worded in the staff language', async ({ page }) => {
  await openPadInEnglish(page);
  await unlockPanel(page);
  await staffLanguage(page, 'Русский');
  await page.getByRole('button', { name: 'Сменить PIN-код' }).tap();
  // A wrong current PIN: main answers with a code, the pad words it in Russian.
  for (const pin of ['1111', '2468', '2468']) await typePin(page, pin);
  // The right PIN just now reset the count, so this is the first of five wrong attempts.
  await expect(page.locator('.pin-pad__error')).toHaveText('Неверный PIN-код. Осталось 4 попытки.');
  await expect(page.locator('.pin-pad__error')).not.toContainText('The current PIN is wrong');
  await page.getByRole('button', { name: 'Отмена, оставить PIN-код' }).tap();
  await expect(page.getByRole('heading', { name: 'Панель персонала' })).toBeVisible();
});

test('content warnings from main are shown in the staff language and follow a switch', async ({
  page,
}) => {
  // The preview's content is valid; answer the reload with the warnings a broken override gives.
  await page.route('**/api/invoke/staff:reload-content', async (route) => {
    const state = (await (await route.fetch()).json()) as Record<string, unknown>;
    const warningDetails = [
      {
        code: 'file-refused',
        file: '/data/override/content.json',
        problems: [
          {
            field: 'heroes.0.photo.portrait',
            message: 'file not found: assets/x.webp',
            reason: { code: 'image-not-found', path: 'assets/x.webp' },
          },
        ],
        problemCount: 1,
        message: '/data/override/content.json was refused: …',
      },
    ];
    await route.fulfill({
      json: { ...state, warnings: ['English only'], warningDetails },
    });
  });
  await openPadInEnglish(page);
  await unlockPanel(page);
  await staffLanguage(page, 'Русский');
  await page.getByRole('button', { name: 'Перезагрузить содержимое' }).tap();
  const russian =
    'Файл /data/override/content.json отклонён: heroes.0.photo.portrait: файл не найден: assets/x.webp';
  await expect(page.locator('.staff-notice')).toContainText(russian);
  await expect(page.locator('.staff-warnings')).toHaveText(russian);
  await staffLanguage(page, 'Қазақша');
  await expect(page.locator('.staff-warnings')).toHaveText(
    '/data/override/content.json файлы қабылданбады: heroes.0.photo.portrait: файл табылмады: assets/x.webp',
  );
  await expect(page.locator('.staff-layer')).not.toContainText('English only');
  await expectNothingClipped(page);
});

test('damaged staff settings: the pad says so in every language and no PIN opens the panel', async ({
  page,
}) => {
  // What main answers when settings.json cannot be read or parsed (unit tested in pin-store).
  await page.route('**/api/invoke/staff:unlock', (route) =>
    route.fulfill({ json: { ok: false, reason: 'settings-damaged' } }),
  );
  await openPadInEnglish(page);
  await typePin(page, FIRST_RUN_PIN);
  const error = page.locator('.pin-pad__error');
  await expect(error).toContainText(
    'The staff settings are damaged, so no PIN can open the panel.',
  );
  await expect(error).toContainText('settings.json');
  await expect(staffDialog(page).locator('.staff-panel')).toHaveCount(0);
  await staffLanguage(page, 'Русский');
  await expect(error).toContainText('Настройки персонала повреждены');
  await captureInRussianAndKazakh(page, 'pin-settings-damaged');
  await expect(error).toContainText('Қызметкерлер баптаулары бүлінген');
});
