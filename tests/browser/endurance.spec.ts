// Runs in: Node (Playwright). A short, deterministic endurance run: 300 visitor interactions (swipes,
// step buttons, stories, index jumps, language switches, idle resets) with Playwright's clock, after
// which the page holds exactly as many DOM nodes and event listeners as before. Counts, not times.
import { expect, test } from '@playwright/test';
import { loadContent } from './support/kiosk-page';
import { planInteractions } from '../support/interaction-plan';
import { createKioskDriver } from '../support/kiosk-driver';
import {
  collectGarbage,
  countAttachedNodes,
  countEventListeners,
  liveCounters,
} from '../support/page-counters';

const INTERACTIONS = 300;
const SEED = 20220401;
/** Past the idle timeout plus its warning, whatever content.json sets. */
const idleExpiryMs = (settings: { idleTimeoutSeconds: number; warningSeconds: number }) =>
  (settings.idleTimeoutSeconds + settings.warningSeconds + 1) * 1000;

test('after 300 interactions the DOM nodes and event listeners are back at their baseline', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.clock.install();
  await page.goto('/');
  const content = await loadContent(page);
  const session = await page.context().newCDPSession(page);
  const driver = createKioskDriver({
    page,
    content,
    settle: (ms) => page.clock.fastForward(ms),
    expireIdle: () => page.clock.fastForward(idleExpiryMs(content.settings)),
  });

  const snapshot = async () => {
    await collectGarbage(session);
    return {
      nodes: await countAttachedNodes(page),
      listeners: await countEventListeners(session),
      live: await liveCounters(session),
    };
  };

  // One short session first, so anything created once per page (React's root listeners, the
  // story and index code paths) already exists in the baseline.
  await driver.enter();
  for (const step of planInteractions(12, SEED + 1)) await driver.perform(step);
  await driver.returnToAttract();
  const baseline = await snapshot();

  await driver.enter();
  for (const step of planInteractions(INTERACTIONS, SEED)) await driver.perform(step);
  await driver.returnToAttract();
  const after = await snapshot();

  expect(Object.values(driver.done).reduce((sum, count) => sum + count, 0)).toBe(INTERACTIONS);
  expect(driver.done['idle-reset']).toBeGreaterThan(0);
  expect(after.nodes, 'DOM nodes in the document').toBe(baseline.nodes);
  expect(after.listeners, 'event listeners by type').toEqual(baseline.listeners);
  console.log(
    `endurance: nodes ${baseline.nodes} -> ${after.nodes}, live nodes ${baseline.live.liveNodes} -> ${after.live.liveNodes}, ` +
      `JS listeners ${baseline.live.liveJsListeners} -> ${after.live.liveJsListeners}, ` +
      `heap ${(baseline.live.heapUsedBytes / 1e6).toFixed(2)} -> ${(after.live.heapUsedBytes / 1e6).toFixed(2)} MB`,
  );
});
