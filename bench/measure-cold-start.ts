// Runs in: Node (tools). Cold start: when the first portrait is painted and when the first touch is
// accepted, for the kiosk and for a bare page with the same portrait in a plain <img>, each in a
// fresh browser context (empty cache) several times, the two pages taking turns; the medians and
// their ratio.
//
// "Painted" is the portrait's Element Timing entry (both pages mark it elementtiming="first-portrait"):
// the presentation time of the frame that first showed it. Largest-contentful-paint is recorded too,
// but Chromium gives it no entry for an image that fills the whole viewport or carries less than
// 0.05 bits per pixel (the draft placeholders do both), so it is only the second choice.
import type { Browser, Page } from '@playwright/test';
import { FIRST_PORTRAIT_TIMING } from '../common/first-frame';
import { KIOSK_VIEWPORT, newKioskContext, openBenchPage } from './browser';
import type { ColdStartResult, PageStart } from './results';
import { median } from './stats';

/** Records Element Timing and LCP entries from the very first paint (the observers are buffered). */
const RECORD_PAINTS = `
  globalThis.__lcp = [];
  globalThis.__elementTiming = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      globalThis.__lcp.push({ time: entry.renderTime || entry.startTime, url: entry.url, size: entry.size });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      globalThis.__elementTiming.push({ identifier: entry.identifier, time: entry.renderTime });
    }
  }).observe({ type: 'element', buffered: true });
`;

export interface ColdStartTarget {
  url: string;
  /** Selector of the element a visitor touches first. */
  touchTarget: string;
  /** In the page: the time (performance.now) the touch was accepted, or null while it was not. */
  acceptedAt: () => number | null;
  /** In the page: performance.now() once the portrait is complete and visible, else false. */
  portraitShown: () => number | false;
  /** Part of the portrait's URL, to find its largest-contentful-paint entry (the second choice). */
  portraitUrlPart: string;
  /** Runs before the page's own scripts. */
  initScript?: string;
}

interface LcpEntry {
  time: number;
  url: string;
  size: number;
}

interface ElementTimingEntry {
  identifier: string;
  time: number;
}

type PaintSource = keyof PageStart['paintSources'];

async function tapCentre(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const point = [{ x: KIOSK_VIEWPORT.width / 2, y: KIOSK_VIEWPORT.height / 2, id: 1 }];
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await session.detach();
}

/** Opens the page cold in a fresh context (empty cache) and hands it to `measure`. */
async function coldPage<T>(
  browser: Browser,
  target: ColdStartTarget,
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await newKioskContext(browser);
  try {
    await context.addInitScript(RECORD_PAINTS);
    if (target.initScript) await context.addInitScript(target.initScript);
    const { page } = await openBenchPage(context);
    await page.goto(target.url, { waitUntil: 'commit' });
    return await measure(page);
  } finally {
    await context.close();
  }
}

/** When the portrait was painted: its Element Timing entry, else its LCP entry, else the first
 *  animation frame in which it was seen complete (a frame before the paint reaches the screen). */
async function measurePaint(
  page: Page,
  target: ColdStartTarget,
): Promise<{ paintMs: number; shownMs: number; source: PaintSource }> {
  const shownMs = (await page
    .waitForFunction(target.portraitShown, undefined, { polling: 'raf', timeout: 30_000 })
    .then((handle) => handle.jsonValue())) as number;
  const recorded = (
    predicate: (argument: string) => number | false,
    argument: string,
  ): Promise<number | null> =>
    page
      .waitForFunction(predicate, argument, { polling: 'raf', timeout: 3_000 })
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => null);
  const elementTiming = await recorded(
    (identifier) =>
      (globalThis as { __elementTiming?: ElementTimingEntry[] }).__elementTiming?.find(
        (entry) => entry.identifier === identifier && entry.time > 0,
      )?.time ?? false,
    FIRST_PORTRAIT_TIMING,
  );
  if (elementTiming !== null) return { paintMs: elementTiming, shownMs, source: 'elementTiming' };
  const lcp = await recorded(
    (urlPart) =>
      (globalThis as { __lcp?: LcpEntry[] }).__lcp?.find((entry) => entry.url.includes(urlPart))
        ?.time ?? false,
    target.portraitUrlPart,
  );
  if (lcp !== null) return { paintMs: lcp, shownMs, source: 'lcp' };
  return { paintMs: shownMs, shownMs, source: 'firstSeenComplete' };
}

/**
 * The first accepted touch, in its own cold load (a touch ends LCP recording): tap the middle of
 * the screen as soon as the first screen is there, again every second until the page reacts.
 */
async function measureFirstTouch(page: Page, target: ColdStartTarget): Promise<number> {
  await page.locator(target.touchTarget).waitFor({ timeout: 30_000 });
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await tapCentre(page);
    const acceptedAt = await page
      .waitForFunction(target.acceptedAt, undefined, { polling: 'raf', timeout: 1_000 })
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => null);
    if (acceptedAt !== null) return acceptedAt;
  }
  return Number.NaN;
}

async function measureOnce(
  browser: Browser,
  target: ColdStartTarget,
): Promise<{ paintMs: number; firstTouchMs: number; shownMs: number; source: PaintSource }> {
  const paint = await coldPage(browser, target, (page) => measurePaint(page, target));
  const firstTouchMs = await coldPage(browser, target, (page) => measureFirstTouch(page, target));
  return { ...paint, firstTouchMs };
}

/** Collects one page's runs; `result` gives their medians. */
function createPageRuns() {
  const paint: number[] = [];
  const touch: number[] = [];
  const shown: number[] = [];
  const paintSources = { elementTiming: 0, lcp: 0, firstSeenComplete: 0 };
  return {
    add(figures: Awaited<ReturnType<typeof measureOnce>>): void {
      paint.push(figures.paintMs);
      touch.push(figures.firstTouchMs);
      shown.push(figures.shownMs);
      paintSources[figures.source] += 1;
    },
    result(): PageStart {
      return {
        portraitPaintMs: median(paint),
        firstTouchMs: median(touch),
        portraitShownMs: median(shown),
        paintSources,
        runsPortraitPaintMs: paint,
        runsFirstTouchMs: touch,
      };
    },
  };
}

/** The kiosk leaves the attract loop on its first accepted touch; the moment is caught on mount. */
export const RECORD_KIOSK_TOUCH = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('.carousel')) {
      globalThis.__touchAcceptedAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

// Both pages record the moment in a global (an init script for the kiosk, an inline script for
// the bare page); predicates are functions because the kiosk's CSP forbids evaluating strings.
const touchAcceptedAt = (): number | null =>
  (globalThis as { __touchAcceptedAt?: number }).__touchAcceptedAt ?? null;

export function kioskTarget(url: string, portraitUrlPart: string): ColdStartTarget {
  return {
    url,
    touchTarget: '#root .attract__surface',
    initScript: RECORD_KIOSK_TOUCH,
    acceptedAt: touchAcceptedAt,
    portraitUrlPart,
    // The server's first frame (common/first-frame.ts), or the attract loop's own portrait once faded in.
    portraitShown: () =>
      [
        ...document.querySelectorAll<HTMLImageElement>(
          '#first-frame img, #root .attract .portrait__image--ready',
        ),
      ].some((image) => image.complete && image.naturalWidth > 0) && performance.now(),
  };
}

export function bareTarget(url: string): ColdStartTarget {
  return {
    url,
    touchTarget: '#portrait',
    acceptedAt: touchAcceptedAt,
    portraitUrlPart: '/portrait',
    portraitShown: () => {
      const image = document.querySelector<HTMLImageElement>('#portrait');
      return image !== null && image.complete && image.naturalWidth > 0 && performance.now();
    },
  };
}

export async function measureColdStart(
  browser: Browser,
  urls: { kiosk: string; bare: string },
  /** The first portrait's path in content.json, to find its LCP entry. */
  portraitPath: string,
  runs: number,
): Promise<ColdStartResult> {
  const targets = { kiosk: kioskTarget(urls.kiosk, portraitPath), bare: bareTarget(urls.bare) };
  // One load of each first, not counted: the browser's first page pays for starting its renderer
  // and GPU processes, whichever page it is. Then the two pages take turns, so that a shared
  // machine's busy minutes fall on both alike (all of one page's runs before the other's once
  // measured the same first frame at 0.98x and at 1.62x).
  await measureOnce(browser, targets.kiosk);
  await measureOnce(browser, targets.bare);
  const kioskRuns = createPageRuns();
  const bareRuns = createPageRuns();
  for (let run = 0; run < runs; run += 1) {
    kioskRuns.add(await measureOnce(browser, targets.kiosk));
    bareRuns.add(await measureOnce(browser, targets.bare));
  }
  const kiosk = kioskRuns.result();
  const bare = bareRuns.result();
  return {
    runs,
    kiosk,
    bare,
    paintRatio: kiosk.portraitPaintMs / bare.portraitPaintMs,
    firstTouchRatio: kiosk.firstTouchMs / bare.firstTouchMs,
  };
}
