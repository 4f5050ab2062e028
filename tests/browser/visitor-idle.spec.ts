// Runs in: Node (Playwright). The two-stage idle reset driven with Playwright's fake clock: the
// warning at the configured time, a tap on it keeps the session, the end lands on the attract loop.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Content } from '../../common/content-schema';
import {
  attractSurface,
  enterCarouselOnPausedClock,
  expectHeroNumber,
  loadContent,
  failOnPageProblems,
} from './support/kiosk-page';

failOnPageProblems();
let content: Content;

test.beforeEach(async ({ page }) => {
  content = await loadContent(page);
  await enterCarouselOnPausedClock(page);
  // A touch on something inert: the idle time is counted from this moment.
  await page.locator('.carousel__counter').tap();
});

const warning = (page: Page) => page.getByRole('alertdialog');

test('the warning appears at the configured time, in all three languages, with a countdown', async ({
  page,
}) => {
  const { idleTimeoutSeconds, warningSeconds } = content.settings;
  await page.clock.fastForward(idleTimeoutSeconds * 1000 - 1000);
  await expect(warning(page)).toBeHidden();
  await page.clock.runFor(1000);
  await expect(warning(page)).toBeVisible();
  await expect(warning(page)).toContainText('Сіз әлі осындасыз ба?');
  await expect(warning(page)).toContainText('Вы ещё здесь?');
  await expect(warning(page)).toContainText('Still there?');
  await expect(page.locator('.idle-warning__count')).toHaveText(String(warningSeconds));
  await page.clock.runFor(5000);
  await expect(page.locator('.idle-warning__count')).toHaveText(String(warningSeconds - 5));
});

test('a tap on the warning keeps the session and does not reach the screen underneath', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Келесі батыр' }).tap();
  await expectHeroNumber(page, 2);
  const next = await page.getByRole('button', { name: 'Келесі батыр' }).boundingBox();
  await page.clock.fastForward(content.settings.idleTimeoutSeconds * 1000);
  await page.clock.runFor(500);
  await expect(warning(page)).toBeVisible();
  // Tap exactly where the "next" button is under the warning: the hero must not change.
  await page.touchscreen.tap((next?.x ?? 0) + 20, (next?.y ?? 0) + 20);
  await page.clock.runFor(1000);
  await expect(warning(page)).toBeHidden();
  await expectHeroNumber(page, 2);
  // The session goes on: a whole warning period later nothing has reset.
  await page.clock.fastForward(content.settings.warningSeconds * 1000 + 1000);
  await page.clock.runFor(500);
  await expect(page.locator('.carousel')).toBeVisible();
  await expect(warning(page)).toBeHidden();
});

test('the reset closes the story, returns to the first hero and the default language, and shows the attract loop', async ({
  page,
}) => {
  const { idleTimeoutSeconds, warningSeconds, defaultLanguage } = content.settings;
  await page.getByRole('button', { name: 'Келесі батыр' }).tap();
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: 'Read the story' }).tap();
  await expect(page.getByRole('dialog')).toBeVisible();

  await page.clock.fastForward(idleTimeoutSeconds * 1000);
  await page.clock.runFor(500);
  await expect(warning(page)).toBeVisible();
  await page.clock.fastForward(warningSeconds * 1000);
  await page.clock.runFor(2500);

  await expect(attractSurface(page)).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', defaultLanguage);
  // Entering again starts at the first hero, in the default language.
  await attractSurface(page).tap();
  await expectHeroNumber(page, 1);
  await expect(page.getByRole('button', { name: 'Қазақша' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('no idle timer runs on the attract loop', async ({ page }) => {
  const { idleTimeoutSeconds, warningSeconds } = content.settings;
  await page.clock.fastForward((idleTimeoutSeconds + warningSeconds) * 1000);
  await page.clock.runFor(2500);
  await expect(attractSurface(page)).toBeVisible();
  await page.clock.fastForward((idleTimeoutSeconds + warningSeconds) * 1000);
  await page.clock.runFor(500);
  await expect(warning(page)).toBeHidden();
  await expect(attractSurface(page)).toBeVisible();
});
