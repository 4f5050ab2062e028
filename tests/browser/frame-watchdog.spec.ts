// Runs in: Node (Playwright). The frame watchdog on the real page, on Playwright's clock: while frames
// come nothing is reported; when they stop (simulated: requestAnimationFrame no longer calls back,
// as in a renderer whose compositor is stuck) the page reports it to main once, 20 s into its
// attract loop. What main does with the report (a fresh renderer, within the restart budget) is
// tested in tests/unit/main/self-healing.test.ts.
import { expect, test } from '@playwright/test';
import type { Content } from '../../common/content-schema';
import {
  attractSurface,
  enterCarouselOnPausedClock,
  failOnPageProblems,
  loadContent,
} from './support/kiosk-page';

const pageProblems = failOnPageProblems();
let content: Content;

test.beforeEach(async ({ page }) => {
  content = await loadContent(page);
  await enterCarouselOnPausedClock(page);
});

test('a page that keeps drawing is never reported, in a session or on the attract loop', async ({
  page,
}) => {
  const { idleTimeoutSeconds, warningSeconds } = content.settings;
  await page.clock.runFor((idleTimeoutSeconds + warningSeconds + 120) * 1000);
  await expect(attractSurface(page)).toBeVisible();
  // The hooks fail the test on any report.
});

test('frames that stop under a visitor are reported once the idle reset brings back the attract loop', async ({
  page,
}) => {
  const reports = pageProblems().frameStalls;
  const { idleTimeoutSeconds, warningSeconds } = content.settings;
  await page.evaluate(() => {
    window.requestAnimationFrame = () => 0;
  });
  // During the visitor's session the watchdog asks for no frames (they would compete with swipes).
  await page.clock.runFor((idleTimeoutSeconds - 5) * 1000);
  expect(reports).toEqual([]);
  // The idle reset runs on timers, not frames: the attract loop is back, and 20 s later the report.
  await page.clock.runFor((warningSeconds + 10) * 1000);
  expect(reports).toEqual([]);
  await page.clock.runFor(20_000);
  await expect.poll(() => reports).toEqual([{ message: { stalledMs: 20_000 } }]);
  await page.clock.runFor(120_000);
  expect(reports).toHaveLength(1);
  // The one expected report: the hooks check that no other test's page reports a stall.
  reports.length = 0;
});
