// Runs in: Node (Playwright). The frame watchdog on the real page, on Playwright's clock: while frames
// come nothing is reported; when they stop (simulated: requestAnimationFrame no longer calls back,
// as in a renderer whose compositor is stuck) the page reports it to main once, after 20 s. What main
// does with the report (a fresh renderer, within the restart budget) is tested in
// tests/unit/main/self-healing.test.ts.
import { expect, test } from '@playwright/test';
import { enterCarousel, failOnPageProblems } from './support/kiosk-page';

const pageProblems = failOnPageProblems();

test('a page whose frames stop is reported to main once; a page that draws never is', async ({
  page,
}) => {
  const reports = pageProblems().frameStalls;
  await page.clock.install();
  await page.goto('/');
  await enterCarousel(page);
  // From here on time only moves when the test moves it.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.clock.runFor(120_000);
  expect(reports).toEqual([]);

  await page.evaluate(() => {
    window.requestAnimationFrame = () => 0;
  });
  await page.clock.runFor(19_000);
  expect(reports).toEqual([]);
  await page.clock.runFor(10_000);
  await expect.poll(() => reports).toEqual([{ message: { stalledMs: 20_000 } }]);
  await page.clock.runFor(120_000);
  expect(reports).toHaveLength(1);
  // The one expected report: the hooks check that no other test's page reports a stall.
  reports.length = 0;
});
