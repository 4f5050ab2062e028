// Runs in: Node (tools). Cold start: largest-contentful-paint and the first accepted touch, for the
// kiosk and for a bare page with the same portrait in a plain <img>, each in a fresh browser context
// (empty cache) several times; the medians and their ratio.
import type { Browser, Page } from '@playwright/test';
import { KIOSK_VIEWPORT, newKioskContext, openBenchPage } from './browser';
import type { ColdStartResult, PageStart } from './results';
import { median } from './stats';

/** Records LCP candidates from the very first paint (the observer is buffered). */
const RECORD_LCP = `
  globalThis.__lcp = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      globalThis.__lcp.push({ time: entry.renderTime || entry.startTime, url: entry.url, size: entry.size });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

export interface ColdStartTarget {
  url: string;
  /** Selector of the element a visitor touches first. */
  touchTarget: string;
  /** In the page: the time (performance.now) the touch was accepted, or null while it was not. */
  acceptedAt: () => number | null;
  /** In the page: performance.now() once the portrait is complete and visible, else false. */
  portraitShown: () => number | false;
  /** Part of the portrait's URL, to find its largest-contentful-paint entry. */
  portraitUrlPart: string;
  /** Runs before the page's own scripts. */
  initScript?: string;
}

interface LcpEntry {
  time: number;
  url: string;
  size: number;
}

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
    await context.addInitScript(RECORD_LCP);
    if (target.initScript) await context.addInitScript(target.initScript);
    const { page } = await openBenchPage(context);
    await page.goto(target.url, { waitUntil: 'commit' });
    return await measure(page);
  } finally {
    await context.close();
  }
}

/** When the portrait was painted: its LCP entry, or the first frame it was seen complete. */
async function measurePaint(
  page: Page,
  target: ColdStartTarget,
): Promise<{ lcpMs: number; shownMs: number; lcpIsPortrait: boolean }> {
  const shownMs = (await page
    .waitForFunction(target.portraitShown, undefined, { polling: 'raf', timeout: 30_000 })
    .then((handle) => handle.jsonValue())) as number;
  // Chromium gives no LCP entry to an image first painted invisible (a fade-in from opacity 0);
  // then the frame in which it was first seen complete stands in.
  const portraitLcp = await page
    .waitForFunction(
      (urlPart) =>
        (globalThis as { __lcp?: LcpEntry[] }).__lcp?.find((entry) => entry.url.includes(urlPart))
          ?.time ?? false,
      target.portraitUrlPart,
      { polling: 'raf', timeout: 3_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => null);
  return { lcpMs: portraitLcp ?? shownMs, shownMs, lcpIsPortrait: portraitLcp !== null };
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
): Promise<{ lcpMs: number; firstTouchMs: number; shownMs: number; lcpIsPortrait: boolean }> {
  const paint = await coldPage(browser, target, (page) => measurePaint(page, target));
  const firstTouchMs = await coldPage(browser, target, (page) => measureFirstTouch(page, target));
  return { ...paint, firstTouchMs };
}

async function measurePage(
  browser: Browser,
  target: ColdStartTarget,
  runs: number,
): Promise<PageStart> {
  const lcp: number[] = [];
  const touch: number[] = [];
  const shown: number[] = [];
  let lcpEntries = 0;
  for (let run = 0; run < runs; run += 1) {
    const figures = await measureOnce(browser, target);
    lcp.push(figures.lcpMs);
    touch.push(figures.firstTouchMs);
    shown.push(figures.shownMs);
    if (figures.lcpIsPortrait) lcpEntries += 1;
  }
  return {
    lcpMs: median(lcp),
    firstTouchMs: median(touch),
    portraitShownMs: median(shown),
    runsWithPortraitLcpEntry: lcpEntries,
    runsLcpMs: lcp,
    runsFirstTouchMs: touch,
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
    touchTarget: '.attract__surface',
    initScript: RECORD_KIOSK_TOUCH,
    acceptedAt: touchAcceptedAt,
    portraitUrlPart,
    portraitShown: () =>
      [...document.querySelectorAll<HTMLImageElement>('.attract .portrait__image')].some(
        (image) =>
          image.complete &&
          image.naturalWidth > 0 &&
          image.classList.contains('portrait__image--ready'),
      ) && performance.now(),
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
  const kiosk = await measurePage(browser, kioskTarget(urls.kiosk, portraitPath), runs);
  const bare = await measurePage(browser, bareTarget(urls.bare), runs);
  return {
    runs,
    kiosk,
    bare,
    lcpRatio: kiosk.lcpMs / bare.lcpMs,
    firstTouchRatio: kiosk.firstTouchMs / bare.firstTouchMs,
  };
}
