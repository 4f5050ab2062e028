// Runs in: Node (Playwright). A short, deterministic endurance run: 300 visitor interactions (swipes,
// step buttons, stories, index jumps, language switches, idle resets on Playwright's clock), after
// which the page holds exactly as many DOM nodes and event listeners as at the baseline. Counts,
// not times.
import { expect, test } from '@playwright/test';
import { enterFromAttract, idleBackToAttract, playEndurance } from '../support/endurance-run';
import { planInteractions } from '../support/interaction-plan';
import { installTimerClock } from '../support/kiosk-clock';
import { collectGarbage, countAttachedNodes, countEventListeners } from '../support/page-counters';
import { loadContent } from './support/kiosk-page';

const INTERACTIONS = 300;
const SEED = 20220401;

test('after 300 interactions the DOM nodes and event listeners are back at their baseline', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await installTimerClock(page);
  await page.goto('/');
  const content = await loadContent(page);
  const session = await page.context().newCDPSession(page);
  const snapshot = async () => {
    await collectGarbage(session);
    return { nodes: await countAttachedNodes(page), listeners: await countEventListeners(session) };
  };

  // One short visit first, so what a page creates once (React's root listeners, the story and
  // index code paths) is already in the baseline; then back to the attract loop.
  await enterFromAttract(page);
  await playEndurance({ page, content, plan: planInteractions(12, SEED + 1) });
  await idleBackToAttract(page, content);
  const baseline = await snapshot();

  await enterFromAttract(page);
  const plan = planInteractions(INTERACTIONS, SEED);
  const run = await playEndurance({ page, content, plan });
  await idleBackToAttract(page, content);
  const after = await snapshot();

  expect(run.done).toBe(INTERACTIONS);
  expect(run.idleResets).toBe(plan.filter((step) => step.kind === 'idle-reset').length);
  expect(after.nodes, 'nodes in the document').toBe(baseline.nodes);
  expect(after.listeners, 'event listeners by type').toEqual(baseline.listeners);
});
