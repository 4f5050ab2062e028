// Runs in: Node (Playwright tests, benchmark). Plays a planned endurance run: the page plays the
// interactions (in-page-interactions.ts), this side does the idle resets with Playwright's clock and
// lets the caller sample the page at fixed points.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import type { Content } from '../../common/content-schema';
import { LANGUAGE_NAMES, LANGUAGE_ORDER, UI_STRINGS } from '../../renderer/src/i18n/ui-strings';
import type { PlannedInteraction } from './interaction-plan';
import { WHEREABOUTS_KEY, playInPage } from './in-page-interactions';
import type { InPageNames, InPageProgress, InPageRun } from './in-page-interactions';

export function inPageNames(content: Content): InPageNames {
  const languages = LANGUAGE_ORDER.filter((code) => content.settings.languages.includes(code));
  const perLanguage = <T>(make: (code: (typeof languages)[number]) => T): Record<string, T> =>
    Object.fromEntries(languages.map((code) => [code, make(code)]));
  return {
    languages: [...languages],
    defaultLanguage: content.settings.defaultLanguage,
    buttons: perLanguage((code) => ({
      next: UI_STRINGS[code].nextHero,
      previous: UI_STRINGS[code].previousHero,
      readStory: UI_STRINGS[code].readStory,
      closeStory: UI_STRINGS[code].closeStory,
      allHeroes: UI_STRINGS[code].allHeroes,
    })),
    openHero: perLanguage((code) =>
      content.heroes.map((hero) => UI_STRINGS[code].openHero(hero.name[code])),
    ),
    languageNames: perLanguage((code) => LANGUAGE_NAMES[code]),
  };
}

/** Past the idle timeout plus its warning. */
export const idleExpiryMs = (content: Content): number =>
  (content.settings.idleTimeoutSeconds + content.settings.warningSeconds + 1) * 1000;

/** Enters the carousel from the attract loop (its surface is one big button). */
export async function enterFromAttract(page: Page): Promise<void> {
  await page.locator('#root .attract__surface').waitFor();
  await page.evaluate(() =>
    document.querySelector<HTMLElement>('#root .attract__surface')?.click(),
  );
  await page.locator('.carousel').waitFor();
}

/** Lets the idle timeout run out on the fake clock; waits for a settled attract loop. */
export async function idleBackToAttract(page: Page, content: Content): Promise<void> {
  await page.clock.fastForward(idleExpiryMs(content));
  await page.waitForFunction(() => document.querySelectorAll('#root .attract__slide').length === 1);
}

export interface EnduranceRunOptions {
  page: Page;
  content: Content;
  plan: PlannedInteraction[];
  /** Called every `sampleEvery` interactions (and at the end) with the interactions done. */
  onSample?(done: number): Promise<void>;
  sampleEvery?: number;
}

export interface EnduranceRunSummary {
  done: number;
  idleResets: number;
  maxMountedPortraits: number;
  maxDecodedPortraits: number;
}

/** How long the in-page run may go without a step, frame or task before it counts as stalled. */
const STALL_MS = 30_000;
const WATCH_EVERY_MS = 5_000;

/**
 * Plays one stretch in the page, watching it from here: if its steps, frames and tasks all stop
 * for STALL_MS, this fails with where the page stopped, instead of hanging until the test's
 * timeout says only that it timed out.
 */
async function playWatched(page: Page, run: InPageRun): Promise<InPageProgress> {
  const finished = new AbortController();
  const watch = async (): Promise<never> => {
    let last = '';
    let lastChange = Date.now();
    for (;;) {
      await sleep(WATCH_EVERY_MS, undefined, { signal: finished.signal });
      const answer = page
        .evaluate(
          (key) => ({
            where: (window as unknown as Record<string, unknown>)[key],
            visibility: document.visibilityState,
          }),
          run.whereaboutsKey,
        )
        .then((state) => JSON.stringify(state));
      const seen = await Promise.race([
        answer,
        sleep(WATCH_EVERY_MS, `the page did not answer within ${WATCH_EVERY_MS / 1000} s`, {
          signal: finished.signal,
        }),
      ]);
      if (seen !== last) {
        last = seen;
        lastChange = Date.now();
      } else if (Date.now() - lastChange >= STALL_MS) {
        throw new Error(`the in-page run stalled for ${STALL_MS / 1000} s: ${seen}`);
      }
    }
  };
  const watching = watch();
  // Once the run ends, the watch ends with an abort that nobody needs to hear about.
  watching.catch(() => undefined);
  try {
    return await Promise.race([page.evaluate(playInPage, run), watching]);
  } finally {
    finished.abort();
  }
}

/** Plays the plan from the carousel; ends in the carousel. */
export async function playEndurance({
  page,
  content,
  plan,
  onSample,
  sampleEvery = plan.length,
}: EnduranceRunOptions): Promise<EnduranceRunSummary> {
  const names = inPageNames(content);
  const summary: EnduranceRunSummary = {
    done: 0,
    idleResets: 0,
    maxMountedPortraits: 0,
    maxDecodedPortraits: 0,
  };
  let next = 0;
  while (next < plan.length) {
    const progress = await playWatched(page, {
      steps: plan,
      start: next,
      names,
      stopEvery: sampleEvery,
      whereaboutsKey: WHEREABOUTS_KEY,
    });
    summary.maxMountedPortraits = Math.max(
      summary.maxMountedPortraits,
      progress.maxMountedPortraits,
    );
    summary.maxDecodedPortraits = Math.max(
      summary.maxDecodedPortraits,
      progress.maxDecodedPortraits,
    );
    next = progress.next;
    if (progress.idleResetDue) {
      await idleBackToAttract(page, content);
      await enterFromAttract(page);
      summary.idleResets += 1;
      next += 1;
    }
    summary.done = next;
    // A story may still be fading out; samples are taken on a settled page.
    await page.locator('.story').waitFor({ state: 'detached' });
    if (onSample && (next % sampleEvery === 0 || next === plan.length)) await onSample(next);
  }
  return summary;
}
