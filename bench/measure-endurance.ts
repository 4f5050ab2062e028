// Runs in: Node (tools). Endurance: thousands of visitor interactions, then a simulated fortnight of
// idle time and attract-loop cycles on Playwright's clock. After a forced garbage collection at
// fixed points: JS heap, DOM nodes, event listeners; growth per 1,000 interactions after warm-up.
// Each sample is taken on the attract loop after an idle reset, the one screen the kiosk always
// comes back to: sampled wherever the run happened to be (a story, the index, another language),
// the heap differed by that screen's own objects, and a short run's slope was mostly that noise.
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { Content } from '../common/content-schema';
import { enterFromAttract, idleBackToAttract, playEndurance } from '../tests/support/endurance-run';
import { countByKind, planInteractions } from '../tests/support/interaction-plan';
import { installTimerClock } from '../tests/support/kiosk-clock';
import {
  collectGarbage,
  countAttachedNodes,
  countEventListeners,
  liveCounters,
  totalListeners,
} from '../tests/support/page-counters';
import { newKioskContext, openBenchPage } from './browser';
import type { EnduranceResult, EnduranceSample, PageCounts } from './results';
import { growthPerThousand, growthTrend } from './stats';

const SEED = 20220401;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface EnduranceOptions {
  interactions: number;
  warmUpInteractions: number;
  samples: number;
  days: number;
  attractSlidesPerDay: number;
  /** Interactions in each day's short visitor session during the fortnight. */
  sessionInteractionsPerDay: number;
}

export interface EnduranceWithCensus extends EnduranceResult {
  maxMounted: number;
  maxDecoded: number;
}

async function countPage(page: Page, session: CDPSession): Promise<PageCounts> {
  await collectGarbage(session);
  const live = await liveCounters(session);
  return {
    heapUsedBytes: live.heapUsedBytes,
    nodes: await countAttachedNodes(page),
    listeners: totalListeners(await countEventListeners(session)),
    liveNodes: live.liveNodes,
    liveJsListeners: live.liveJsListeners,
  };
}

export async function measureEndurance(
  browser: Browser,
  url: string,
  content: Content,
  options: EnduranceOptions,
  log: (line: string) => void,
): Promise<EnduranceWithCensus> {
  const started = Date.now();
  const context = await newKioskContext(browser);
  try {
    const { page, session } = await openBenchPage(context);
    await installTimerClock(page);
    await page.goto(url);
    await page.locator('#root .attract__surface').waitFor();

    const plan = planInteractions(options.interactions, SEED);
    const samples: EnduranceSample[] = [];
    const sampleEvery = Math.max(1, Math.floor(options.interactions / options.samples));
    samples.push({ interactions: 0, day: 0, ...(await countPage(page, session)) });
    await enterFromAttract(page);
    const played = await playEndurance({
      page,
      content,
      plan,
      sampleEvery,
      onSample: async (done) => {
        await idleBackToAttract(page, content);
        samples.push({ interactions: done, day: 0, ...(await countPage(page, session)) });
        await enterFromAttract(page);
        const last = samples.at(-1);
        log(
          `  ${done} interactions, heap ${((last?.heapUsedBytes ?? 0) / 1e6).toFixed(2)} MB, ` +
            `nodes ${last?.nodes}, listeners ${last?.listeners} (${Math.round((Date.now() - started) / 1000)} s)`,
        );
      },
    });
    let maxMounted = played.maxMountedPortraits;
    let maxDecoded = played.maxDecodedPortraits;

    // The fortnight: every day a short visit, the idle reset, attract slides, then the night.
    await idleBackToAttract(page, content);
    const fortnightStart = await countPage(page, session);
    const slideMs = content.settings.attractSlideSeconds * 1000;
    let attractSlides = 0;
    for (let day = 1; day <= options.days; day += 1) {
      const dayStartedAt = (await page.evaluate(() => Date.now())) as number;
      await enterFromAttract(page);
      const visit = await playEndurance({
        page,
        content,
        plan: planInteractions(options.sessionInteractionsPerDay, SEED + day).filter(
          (step) => step.kind !== 'idle-reset',
        ),
      });
      maxMounted = Math.max(maxMounted, visit.maxMountedPortraits);
      maxDecoded = Math.max(maxDecoded, visit.maxDecodedPortraits);
      await idleBackToAttract(page, content);
      for (let slide = 0; slide < options.attractSlidesPerDay; slide += 1) {
        await page.clock.fastForward(slideMs);
        // The crossfade runs in real time; wait for it so only one slide remains.
        await page.waitForFunction(
          () => document.querySelectorAll('#root .attract__slide').length === 1,
          undefined,
          { timeout: 30_000 },
        );
        attractSlides += 1;
      }
      const census = (await page.evaluate(() => {
        const portraits = [...document.querySelectorAll('img.portrait__image')];
        return {
          mounted: portraits.length,
          decoded: portraits.filter(
            (image) =>
              (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0,
          ).length,
        };
      })) as { mounted: number; decoded: number };
      maxMounted = Math.max(maxMounted, census.mounted);
      maxDecoded = Math.max(maxDecoded, census.decoded);
      // The rest of the day and the night pass at once (timers fire at most once per jump).
      const now = (await page.evaluate(() => Date.now())) as number;
      await page.clock.fastForward(Math.max(1, dayStartedAt + DAY_MS - now));
      await page.waitForFunction(
        () => document.querySelectorAll('#root .attract__slide').length === 1,
      );
      samples.push({
        interactions: options.interactions,
        day,
        ...(await countPage(page, session)),
      });
      log(`  day ${day}: nodes ${samples.at(-1)?.nodes}, listeners ${samples.at(-1)?.listeners}`);
    }
    const fortnightEnd = await countPage(page, session);

    const afterWarmUp = samples.filter(
      (sample) => sample.day === 0 && sample.interactions >= options.warmUpInteractions,
    );
    const series = (pick: (sample: EnduranceSample) => number) =>
      afterWarmUp.map((sample) => ({ interactions: sample.interactions, value: pick(sample) }));
    const heap = growthTrend(series((sample) => sample.heapUsedBytes));
    return {
      interactions: options.interactions,
      warmUpInteractions: options.warmUpInteractions,
      interactionMix: countByKind(plan),
      samples,
      heapGrowthBytesPerThousand: heap.perThousand,
      heapGrowthStandardErrorBytes: heap.standardErrorPerThousand,
      heapGrowthSamples: heap.samples,
      nodeGrowthPerThousand: growthPerThousand(series((sample) => sample.liveNodes)),
      listenerGrowthPerThousand: growthPerThousand(series((sample) => sample.liveJsListeners)),
      fortnight: {
        days: options.days,
        attractSlides,
        start: fortnightStart,
        end: fortnightEnd,
      },
      durationSeconds: Math.round((Date.now() - started) / 1000),
      maxMounted,
      maxDecoded,
    };
  } finally {
    await context.close();
  }
}
