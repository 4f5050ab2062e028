// Runs in: Node (Playwright). The first frame the server writes into index.html (common/first-frame.ts):
// the first portrait is painted without any script, the app starts underneath it showing the same
// picture, touches go through it, and it always goes away: after the handover, at once when the app
// shows something else, and when its portrait cannot be loaded.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { FIRST_FRAME_ID } from '../../common/first-frame';
import { attractSurface, failOnPageProblems, loadContentState } from './support/kiosk-page';

const SCREENSHOT_DIR = 'tests/screenshots';
const firstFrame = (page: Page) => page.locator(`#${FIRST_FRAME_ID}`);
const appPortrait = (page: Page) => page.locator('#root .attract .portrait__image');

/** Opens the kiosk with timers stopped: the first frame stays until the test moves the clock. */
async function openWithClockPaused(page: Page): Promise<void> {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.goto('/');
}

test('the served page asks for the first portrait before its one script, and preloads nothing', async ({
  request,
}) => {
  // The browser requests resources in the order it finds them (tools/scripts-after-body.ts); the
  // entry's own modules load after the portrait is painted (renderer/src/boot.ts).
  const html = await (await request.get('/')).text();
  const portraitAt = html.indexOf(`<div id="${FIRST_FRAME_ID}"`);
  expect(portraitAt).toBeGreaterThan(0);
  expect(html.match(/<script\b/g)).toHaveLength(1);
  expect(html.indexOf('<script')).toBeGreaterThan(portraitAt);
  expect(html).not.toContain('modulepreload');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first portrait fills the screen before any script runs', async ({ page }) => {
    const { content, assetBaseUrl } = await loadContentState(page);
    await page.goto('/');
    const image = firstFrame(page).locator('img');
    await expect(image).toHaveAttribute(
      'src',
      `${assetBaseUrl}${content.heroes[0]?.photo.portrait}`,
    );
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    expect(await image.boundingBox()).toEqual({ x: 0, y: 0, width: 1080, height: 1920 });
    await expect(page.locator('#root')).toBeEmpty();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/first-frame-no-script.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect(await image.boundingBox()).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/first-frame-no-script-landscape.png` });
  });
});

test.describe('with the app', () => {
  failOnPageProblems();

  test('the app starts underneath with the same picture, and a touch goes through the frame', async ({
    page,
  }) => {
    await openWithClockPaused(page);
    await expect(appPortrait(page)).toHaveClass(/portrait__image--ready/);
    await expect(firstFrame(page)).toBeAttached();
    const sources = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLImageElement>(
          '#first-frame img, #root .attract .portrait__image',
        ),
      ].map((image) => image.currentSrc),
    );
    expect(sources).toHaveLength(2);
    expect(sources[0]).toBe(sources[1]);
    await expect(firstFrame(page)).toHaveCSS('pointer-events', 'none');
    // Hidden from screen readers: the app's own attract loop is the one read out.
    await expect(firstFrame(page)).toHaveAttribute('aria-hidden', 'true');
    await attractSurface(page).tap();
    await expect(page.locator('.carousel')).toBeVisible();
    // Anything but the attract loop takes the frame down at once, without waiting for timers.
    await expect(firstFrame(page)).toHaveCount(0);
  });

  test('once the app shows the portrait, the frame fades out and is removed', async ({ page }) => {
    await openWithClockPaused(page);
    await expect(appPortrait(page)).toHaveClass(/portrait__image--ready/);
    await expect(firstFrame(page)).not.toHaveClass(/first-frame--leaving/);
    await page.clock.runFor(500);
    await expect(firstFrame(page)).toHaveClass(/first-frame--leaving/);
    await expect(firstFrame(page)).toHaveCSS('opacity', '0');
    await page.clock.runFor(600);
    await expect(firstFrame(page)).toHaveCount(0);
    await expect(attractSurface(page)).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/first-frame-handed-over.png` });
  });
});

test('a first portrait that cannot be loaded does not leave the frame over the app', async ({
  page,
}) => {
  const { content, assetBaseUrl } = await loadContentState(page);
  const portrait = content.heroes[0]?.photo.portrait ?? '';
  await page.route(`**${assetBaseUrl}${portrait}`, (route) => route.fulfill({ status: 404 }));
  await page.goto('/');
  await expect(attractSurface(page)).toBeVisible();
  await expect(firstFrame(page)).toHaveCount(0);
});
