// Runs in: Node (tools). The Chromium the benchmark drives: the same binary and flags as the browser
// tests, a portrait 1080x1920 touch screen like the kiosk's, and a DevTools session per page.
import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../tests/support/chromium';

export const KIOSK_VIEWPORT = { width: 1080, height: 1920 } as const;

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireChromium(),
    // --expose-gc as well as HeapProfiler.collectGarbage: either frees garbage before a heap sample.
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
}

export function newKioskContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: KIOSK_VIEWPORT,
    hasTouch: true,
    isMobile: false,
    deviceScaleFactor: 1,
  });
}

export interface BenchPage {
  page: Page;
  session: CDPSession;
  close(): Promise<void>;
}

export async function openBenchPage(context: BrowserContext): Promise<BenchPage> {
  const page = await context.newPage();
  // tsx compiles this file with esbuild's keepNames, which wraps named functions inside
  // page.evaluate callbacks in __name(...); the page needs that helper too.
  await page.addInitScript('globalThis.__name = (target) => target;');
  const session = await context.newCDPSession(page);
  return {
    page,
    session,
    close: async () => {
      await session.detach().catch(() => undefined);
      await page.close();
    },
  };
}
