// Runs in: Node (Playwright). The attract loop and what the renderer reports to the main process:
// entering at the hero showing, visitor statistics and mode changes, with Playwright's clock.
import { expect, test } from '@playwright/test';
import type { ContentState, KioskMode, StatsEvent } from '../../common/ipc-contract';
import {
  attractSurface,
  enterCarousel,
  expectHeroNumber,
  loadContent,
  failOnPageProblems,
} from './support/kiosk-page';

const pageProblems = failOnPageProblems();

test('the attract loop shows the invitation in all three languages and moves through the portraits', async ({
  page,
}) => {
  const content = await loadContent(page);
  await page.clock.install();
  await page.goto('/');
  const surface = attractSurface(page);
  await expect(surface).toContainText('Батырлармен танысу үшін экранды түртіңіз');
  await expect(surface).toContainText('Коснитесь экрана, чтобы познакомиться с героями');
  await expect(surface).toContainText('Touch to meet the heroes');
  const { defaultLanguage, attractSlideSeconds } = content.settings;
  const heroName = page.locator('#root .attract__hero');
  await expect(heroName).toHaveText(content.heroes[0]?.name[defaultLanguage] ?? '');
  await page.clock.fastForward(attractSlideSeconds * 1000);
  await expect(heroName).toHaveText(content.heroes[1]?.name[defaultLanguage] ?? '');
  // A tap anywhere enters the carousel at the hero that was showing.
  await surface.tap({ position: { x: 900, y: 300 } });
  await expectHeroNumber(page, 2);
});

test('statistics and mode changes reach the main process', async ({ page }) => {
  const content = await loadContent(page);
  const stats: StatsEvent[] = [];
  const modes: KioskMode[] = [];
  page.on('request', (request) => {
    const body = request.postDataJSON() as { message?: unknown } | null;
    if (request.url().endsWith('/api/send/stats:event')) stats.push(body?.message as StatsEvent);
    if (request.url().endsWith('/api/send/kiosk:mode')) modes.push(body?.message as KioskMode);
  });
  await page.clock.install();
  await page.goto('/');
  await enterCarousel(page);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.getByRole('button', { name: 'Келесі батыр' }).tap();
  await page.getByRole('button', { name: 'Русский' }).tap();
  await page.getByRole('button', { name: 'Читать историю' }).tap();
  const { idleTimeoutSeconds, warningSeconds } = content.settings;
  await page.clock.fastForward(idleTimeoutSeconds * 1000);
  await page.clock.runFor(500);
  await page.clock.fastForward(warningSeconds * 1000);
  await page.clock.runFor(500);
  await expect(attractSurface(page)).toBeVisible();

  const [first, second] = content.heroes;
  await expect.poll(() => stats.length).toBeGreaterThanOrEqual(6);
  expect(stats.slice(0, 5)).toEqual([
    { type: 'session-start' },
    { type: 'hero-view', heroId: first?.id },
    { type: 'hero-view', heroId: second?.id },
    { type: 'language', language: 'ru' },
    { type: 'story-open', heroId: second?.id },
  ]);
  const end = stats[5];
  expect(end).toMatchObject({ type: 'session-end', reason: 'idle-reset' });
  // The idle time that ended the session is not counted: only the few seconds of use remain.
  expect(end?.type === 'session-end' && end.durationSeconds).toBeLessThan(10);
  await expect.poll(() => modes).toEqual(['attract', 'visitor', 'warning', 'attract']);
});

test('a render error returns to the attract loop and is reported, never a blank screen', async ({
  page,
}) => {
  const reported: unknown[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/send/log:renderer-error'))
      reported.push(request.postDataJSON());
  });
  // A story that cannot be rendered (the content check would refuse it; this simulates a bug).
  await page.route('**/api/invoke/content:get', async (route) => {
    const response = await route.fetch();
    const state = (await response.json()) as ContentState;
    if (state.status === 'ready' && state.content.heroes[0]) {
      (state.content.heroes[0].story as unknown as Record<string, null>).kk = null;
    }
    await route.fulfill({ response, json: state });
  });
  await page.goto('/');
  await enterCarousel(page);
  await page.getByRole('button', { name: 'Тарихын оқу' }).tap();
  await expect(attractSurface(page)).toBeVisible();
  await expect.poll(() => reported.length).toBe(1);
  // React itself logs the caught error to the console; that is the one expected console error.
  const problems = pageProblems();
  problems.consoleErrors = problems.consoleErrors.filter((text) => !/null|story|map/i.test(text));
  // And the kiosk still works afterwards.
  await enterCarousel(page);
  await expectHeroNumber(page, 1);
});

test('kiosk rules: hidden cursor with ?kiosk, no context menu, no text selection', async ({
  page,
}) => {
  await page.goto('/?kiosk');
  await expect(page.locator('body')).toHaveClass(/\bkiosk\b/);
  const contextMenuBlocked = await page.evaluate(() => {
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    return !document.body.dispatchEvent(event);
  });
  expect(contextMenuBlocked).toBe(true);
  const userSelect = await page
    .locator('body')
    .evaluate((body) => getComputedStyle(body).userSelect);
  expect(userSelect).toBe('none');
  // The page's own styles carry the lockdown: the main process injects no CSS.
  const lockdown = await page
    .getByRole('button')
    .first()
    .evaluate((button) => {
      const style = getComputedStyle(button) as CSSStyleDeclaration & { webkitUserDrag?: string };
      return { cursor: style.cursor, drag: style.webkitUserDrag };
    });
  expect(lockdown).toEqual({ cursor: 'none', drag: 'none' });
  await page.goto('/');
  await expect(page.locator('body')).not.toHaveClass(/\bkiosk\b/);
});
