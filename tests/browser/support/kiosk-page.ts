// Runs in: Node (Playwright tests). Shared steps for the visitor specs: open the kiosk while watching
// for console errors, off-origin requests and frame-stall reports, drive real touch events, read
// which hero is showing.
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { Content } from '../../../common/content-schema';
import type { ContentState } from '../../../common/ipc-contract';
import { previewSendPath } from '../../../common/kiosk-api-transport';

const FRAMES_STALLED_PATH = previewSendPath('kiosk:frames-stalled');

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Reports of the frame watchdog (renderer/src/logic/frame-watchdog.ts): a page that draws has none. */
  frameStalls: unknown[];
}

/**
 * Starts recording console errors, uncaught errors, any request that leaves the page's origin, and
 * the page's reports that its frames stopped.
 */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], foreignRequests: [], frameStalls: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
    else if (new URL(url).pathname === FRAMES_STALLED_PATH)
      problems.frameStalls.push(request.postDataJSON());
  });
  return problems;
}

/**
 * Registers hooks for the calling spec file (or describe block): every test records its page's
 * problems from the start and fails at the end on any console error, off-origin request or frame
 * stall.
 * Returns a getter for the current test's record, for the rare test that expects an error.
 */
export function failOnPageProblems(): () => PageProblems {
  let problems: PageProblems = { consoleErrors: [], foreignRequests: [], frameStalls: [] };
  test.beforeEach(({ page, baseURL }) => {
    problems = watchPage(page, new URL(baseURL ?? '').origin);
  });
  test.afterEach(() => {
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.foreignRequests, 'requests leaving the origin').toEqual([]);
    expect(problems.frameStalls, 'frame stalls reported by the page').toEqual([]);
  });
  return () => problems;
}

/** The preview's content state; its `assetBaseUrl` carries the content version (`/content/<id>/`). */
export async function loadContentState(
  page: Page,
): Promise<Extract<ContentState, { status: 'ready' }>> {
  const response = await page.request.post('/api/invoke/content:get', {
    data: { request: undefined },
    headers: { 'content-type': 'application/json' },
  });
  const state = (await response.json()) as ContentState;
  if (state.status !== 'ready') throw new Error('the preview has no valid content');
  return state;
}

export async function loadContent(page: Page): Promise<Content> {
  return (await loadContentState(page)).content;
}

export const attractSurface = (page: Page) =>
  page.getByRole('button', { name: /Touch to meet the heroes/ });

/** Taps the attract loop and waits for the carousel. */
export async function enterCarousel(page: Page): Promise<void> {
  await attractSurface(page).tap();
  await expect(page.locator('.carousel')).toBeVisible();
}

/**
 * Installs Playwright's clock, opens the kiosk and enters the carousel; from then on time only moves
 * when the test moves it (`page.clock.runFor`, `fastForward`).
 */
export async function enterCarouselOnPausedClock(page: Page): Promise<void> {
  await page.clock.install();
  await page.goto('/');
  await enterCarousel(page);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.clock.runFor(1000);
}

/** The id of the hero the carousel shows (the one card that is interactive). */
export async function currentHeroId(page: Page): Promise<string | null> {
  return page.locator('.hero-card[data-current]').getAttribute('data-hero-id');
}

export async function expectHeroNumber(page: Page, position: number): Promise<void> {
  await expect(page.locator('.carousel__counter-current')).toHaveText(String(position));
}

export interface TouchSwipe {
  fromX: number;
  toX: number;
  y: number;
  /** Where the finger ends vertically; it stays at `y` without. */
  toY?: number;
  /** Number of touchmove events between start and end. */
  steps: number;
  /** Real time between moves. */
  stepMs: number;
  /** Keep the finger still this long before lifting it (a slow, deliberate drag). */
  holdMs?: number;
}

/** A real touch gesture through the Chrome DevTools Protocol: touchstart, moves, touchend. */
export async function swipe(page: Page, gesture: TouchSwipe): Promise<void> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const point = (x: number, y = gesture.y) => [{ x, y, id: 1, radiusX: 8, radiusY: 8, force: 1 }];
  const yAt = (share: number) => gesture.y + ((gesture.toY ?? gesture.y) - gesture.y) * share;
  await session.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: point(gesture.fromX),
  });
  for (let step = 1; step <= gesture.steps; step += 1) {
    const x = gesture.fromX + ((gesture.toX - gesture.fromX) * step) / gesture.steps;
    await page.waitForTimeout(gesture.stepMs);
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: point(x, yAt(step / gesture.steps)),
    });
  }
  if (gesture.holdMs) {
    await page.waitForTimeout(gesture.holdMs);
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: point(gesture.toX, yAt(1)),
    });
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await session.detach();
}
