// Runs in: Node (tools). Swipe smoothness: scripted swipes with real touch events (DevTools
// Input.dispatchTouchEvent), at normal speed and under CPU throttling, while the page records every
// requestAnimationFrame interval, long animation frames, and how many full-size portraits are
// mounted and decoded.
import { expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { attractSurface, swipe } from '../tests/browser/support/kiosk-page';
import { newKioskContext, openBenchPage } from './browser';
import {
  DRAGGING_PAGE_CARDS,
  DRAGGING_PAGE_PATH,
  MOVING_PAGE_PATH,
  floorDragScript,
} from './servers';
import type { LongFrameCause, SwipeRun } from './results';
import { summarizeFrameIntervals } from './stats';
import { msPerClockTick, sampleChromiumThreads, threadCpuBetween } from './thread-cpu';
import type { ThreadCpuSummary } from './thread-cpu';

/** A deliberate swipe: about 200 ms of finger travel, like a visitor browsing. */
const SWIPE = { y: 900, steps: 12, stepMs: 16 } as const;
/** Long enough for the snap spring to come to rest. */
const SETTLE_MS = 700;

/** Started in the page: frame intervals, long animation frames, portrait census per frame. */
const START_RECORDING = `(() => {
  const recording = { intervals: [], last: 0, running: true, loaf: [], loafSupported: false,
    maxMounted: 0, maxDecoded: 0 };
  globalThis.__frameRecording = recording;
  const tick = (time) => {
    if (recording.last) recording.intervals.push(time - recording.last);
    recording.last = time;
    const portraits = [...document.querySelectorAll('img.portrait__image')]
      .filter((image) => !image.closest('.index__thumb'));
    const decoded = portraits.filter((image) => image.complete && image.naturalWidth > 0).length;
    recording.maxMounted = Math.max(recording.maxMounted, portraits.length);
    recording.maxDecoded = Math.max(recording.maxDecoded, decoded);
    if (recording.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    recording.loafSupported = true;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const scripts = (entry.scripts ?? []).map((script) => ({
          name: (script.invoker || script.sourceFunctionName || 'script') + ' ' + (script.sourceURL || '').split('/').pop(),
          duration: script.duration,
        }));
        recording.loaf.push({
          duration: entry.duration,
          renderMs: entry.startTime + entry.duration - (entry.renderStart || entry.startTime + entry.duration),
          scripts,
        });
      }
    }).observe({ type: 'long-animation-frame' });
  }
})()`;

interface LongFrame {
  duration: number;
  renderMs: number;
  scripts: { name: string; duration: number }[];
}

interface Recording {
  intervals: number[];
  /** What Chromium's threads spent while `meanwhile` played; null without /proc. */
  threadCpu: ThreadCpuSummary | null;
  loaf: LongFrame[];
  loafSupported: boolean;
  maxMounted: number;
  maxDecoded: number;
}

const STOP_RECORDING = `(() => { const r = globalThis.__frameRecording; r.running = false; return r; })()`;

/**
 * The kiosk's screen as rendered, without its scripts: the document with its stylesheets, fonts,
 * thirty cards, photographs, controls and language bar, but no React, no store and no listeners.
 */
const CAPTURE_SCREEN = `document.documentElement.outerHTML
  .replace(/<script[\\s\\S]*?<\\/script>/g, '')
  .replace(/<link[^>]*rel="modulepreload"[^>]*>/g, '')`;

/** Where the frozen screen is served from: the kiosk's own origin, so its assets load as they do. */
const FROZEN_SCREEN_PATH = '/bench-frozen-screen';

async function shownHero(page: Page): Promise<number> {
  return Number(await page.locator('.carousel__counter-current').textContent()) - 1;
}

/**
 * The benchmark's swipes: forwards to the last card, back to the first, and so on, each followed by
 * time for the snap to come to rest. Returns how many moved the page by exactly one card.
 */
async function playSwipes(
  page: Page,
  swipes: number,
  cardCount: number,
  shownCard: () => Promise<number>,
): Promise<number> {
  let landed = 0;
  let direction = 1;
  for (let done = 0; done < swipes; done += 1) {
    const before = await shownCard();
    if (before + direction < 0 || before + direction >= cardCount) direction = -direction;
    const gesture =
      direction > 0 ? { ...SWIPE, fromX: 900, toX: 300 } : { ...SWIPE, fromX: 180, toX: 780 };
    await swipe(page, gesture);
    await page.waitForTimeout(SETTLE_MS);
    if ((await shownCard()) === before + direction) landed += 1;
  }
  return landed;
}

export interface SwipeRunWithCensus extends SwipeRun {
  maxMounted: number;
  maxDecoded: number;
}

/** Where long animation frames spent their time: rendering, and the scripts that ran longest. */
function longFrameCauses(frames: LongFrame[]): LongFrameCause[] {
  const totals = new Map<string, LongFrameCause>();
  const add = (name: string, ms: number): void => {
    const cause = totals.get(name) ?? { name, frames: 0, totalMs: 0 };
    cause.frames += 1;
    cause.totalMs += ms;
    totals.set(name, cause);
  };
  for (const frame of frames) {
    add('style, layout and paint', frame.renderMs);
    for (const script of frame.scripts) add(script.name, script.duration);
  }
  return [...totals.values()]
    .map((cause) => ({ ...cause, totalMs: Math.round(cause.totalMs) }))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, 6);
}

/**
 * Opens `url` in a fresh kiosk context, lets `prepare` bring it to where the recording starts, then
 * records at the given CPU rate while `meanwhile` plays.
 */
async function recordPage(
  browser: Browser,
  url: string,
  cpuThrottlingRate: number,
  steps: {
    /** Served at `url` instead of what its server would answer. */
    html?: string;
    prepare?: (page: Page) => Promise<unknown>;
    meanwhile: (page: Page) => Promise<unknown>;
  },
): Promise<Recording> {
  const context = await newKioskContext(browser);
  try {
    const { page, session } = await openBenchPage(context);
    const { html } = steps;
    if (html !== undefined) {
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    }
    await page.goto(url);
    await steps.prepare?.(page);
    await page.waitForTimeout(1_000);
    await session.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottlingRate });
    await page.evaluate(START_RECORDING);
    const threadsBefore = sampleChromiumThreads();
    await steps.meanwhile(page);
    const threadsAfter = sampleChromiumThreads();
    const recording = (await page.evaluate(STOP_RECORDING)) as Omit<Recording, 'threadCpu'>;
    const threadCpu =
      threadsAfter.length > 0
        ? threadCpuBetween(threadsBefore, threadsAfter, msPerClockTick())
        : null;
    return { ...recording, threadCpu };
  } finally {
    await context.close();
  }
}

/**
 * The kiosk's swipes, then the same recorder at the same CPU rate on the bare server's floor pages:
 * with nothing moving (the bare image page), what the machine itself drops (other processes, the
 * headless compositor); with three portrait layers sliding by CSS alone (/moving), what its
 * compositor drops for a track like the carousel's without any script; given the same swipes,
 * thirty plain cards moved by a few lines of script (/dragging); and the kiosk's own screen,
 * captured once its carousel has mounted and served without its scripts, moved by the same few
 * lines. Between the plain cards and the frozen screen lies what the kiosk's content and overlays
 * cost the browser; between the frozen screen and the kiosk, what its own scripts cost.
 */
export async function measureSwipes(
  browser: Browser,
  url: string,
  options: {
    swipes: number;
    cpuThrottlingRate: number;
    heroCount: number;
    /** The bare server's page with nothing moving, and how long to record each still floor page. */
    idleFloorUrl: string;
    idleFloorMs: number;
    /**
     * Record the floor pages too. The floors explain the kiosk's figure and judge nothing, so a
     * run measures them once per CPU rate and its repeats skip them (see withFloorsOf).
     */
    floors: boolean;
  },
): Promise<SwipeRunWithCensus> {
  const rate = options.cpuThrottlingRate;
  let landed = 0;
  let frozenScreen = '';
  const recording = await recordPage(browser, url, rate, {
    prepare: async (page) => {
      await attractSurface(page).tap();
      await page.locator('.carousel').waitFor();
      // The cards mount in idle time, which a busy machine has little of: wait, do not fail.
      await expect(page.locator('.hero-card')).toHaveCount(options.heroCount, { timeout: 120_000 });
      await expect(page.locator('.hero-card .portrait__image--ready').first()).toBeVisible({
        timeout: 30_000,
      });
      const screen = (await page.evaluate(CAPTURE_SCREEN)) as string;
      frozenScreen = screen.replace(
        '</body>',
        `${floorDragScript('.carousel__track', options.heroCount)}</body>`,
      );
    },
    meanwhile: async (page) => {
      landed = await playSwipes(page, options.swipes, options.heroCount, () => shownHero(page));
    },
  });
  const floorUrl = (path: string) => new URL(path, options.idleFloorUrl).href;
  const stillFloor = async (floor: string) =>
    summarizeFrameIntervals(
      (
        await recordPage(browser, floor, rate, {
          meanwhile: (page) => page.waitForTimeout(options.idleFloorMs),
        })
      ).intervals,
    );
  const shownFloorCard = async (page: Page) =>
    Number(await page.evaluate('document.body.dataset.index'));
  const floors = async () => {
    const scriptedFloor = await recordPage(browser, floorUrl(DRAGGING_PAGE_PATH), rate, {
      meanwhile: (page) =>
        playSwipes(page, options.swipes, DRAGGING_PAGE_CARDS, () => shownFloorCard(page)),
    });
    const frozenFloor = await recordPage(browser, new URL(FROZEN_SCREEN_PATH, url).href, rate, {
      html: frozenScreen,
      meanwhile: (page) =>
        playSwipes(page, options.swipes, options.heroCount, () => shownFloorCard(page)),
    });
    return {
      idleFloor: await stillFloor(options.idleFloorUrl),
      movingFloor: await stillFloor(floorUrl(MOVING_PAGE_PATH)),
      scriptedFloor: summarizeFrameIntervals(scriptedFloor.intervals),
      frozenFloor: summarizeFrameIntervals(frozenFloor.intervals),
      frozenScreenCpu: frozenFloor.threadCpu,
      plainCardsCpu: scriptedFloor.threadCpu,
    };
  };
  const floor = options.floors ? await floors() : null;
  return {
    cpuThrottlingRate: rate,
    swipes: options.swipes,
    swipesLanded: landed,
    frames: summarizeFrameIntervals(recording.intervals),
    longAnimationFrames: recording.loafSupported ? recording.loaf.length : null,
    longestAnimationFrameMs: recording.loafSupported
      ? Math.max(0, ...recording.loaf.map((frame) => frame.duration))
      : null,
    longFrameCauses: longFrameCauses(recording.loaf),
    // Without floors, an empty idle floor (no frames): withFloorsOf fills it from the repeat that
    // measured them.
    idleFloor: floor?.idleFloor ?? summarizeFrameIntervals([]),
    movingFloor: floor?.movingFloor,
    scriptedFloor: floor?.scriptedFloor,
    frozenFloor: floor?.frozenFloor,
    threadCpu: {
      kiosk: recording.threadCpu,
      frozenScreen: floor?.frozenScreenCpu ?? null,
      plainCards: floor?.plainCardsCpu ?? null,
    },
    intervalsMs: recording.intervals.map((interval) => Math.round(interval * 10) / 10),
    maxMounted: recording.maxMounted,
    maxDecoded: recording.maxDecoded,
  };
}

/** `run` (the median repeat) with the floors of the repeat that measured them. */
export function withFloorsOf(run: SwipeRunWithCensus, measured: SwipeRun): SwipeRunWithCensus {
  return {
    ...run,
    idleFloor: measured.idleFloor,
    movingFloor: measured.movingFloor,
    scriptedFloor: measured.scriptedFloor,
    frozenFloor: measured.frozenFloor,
    threadCpu: {
      kiosk: run.threadCpu?.kiosk ?? null,
      frozenScreen: measured.threadCpu?.frozenScreen ?? null,
      plainCards: measured.threadCpu?.plainCards ?? null,
    },
  };
}
