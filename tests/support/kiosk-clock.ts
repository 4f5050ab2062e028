// Runs in: Node (Playwright tests, benchmark). Playwright's clock for the kiosk's timers only.
//
// page.clock fakes Date, the timers, requestAnimationFrame and performance. framer-motion starts
// its hardware-accelerated (Web Animations) fades against performance.now(), while the compositor
// runs them on the real document timeline: once the fake clock has jumped ahead, every later fade
// waits for the real clock to catch up, and panels stay invisible. A kiosk never sees that (both
// clocks are the same there). So performance and requestAnimationFrame are put back: Date, the
// timers and the idle machine run on the fake clock, animations on the real one.
import type { Page } from '@playwright/test';

export async function installTimerClock(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const host = window as unknown as { __realFrameClock?: unknown };
    host.__realFrameClock = {
      performance: window.performance,
      requestAnimationFrame: window.requestAnimationFrame,
      cancelAnimationFrame: window.cancelAnimationFrame,
    };
  });
  await page.clock.install();
  // Added after the clock, so it runs after the clock's own script in every new document.
  await page.addInitScript(() => {
    const real = (
      window as unknown as {
        __realFrameClock?: {
          performance: Performance;
          requestAnimationFrame: typeof window.requestAnimationFrame;
          cancelAnimationFrame: typeof window.cancelAnimationFrame;
        };
      }
    ).__realFrameClock;
    if (!real) return;
    Object.defineProperty(window, 'performance', {
      value: real.performance,
      configurable: true,
      writable: true,
    });
    window.requestAnimationFrame = real.requestAnimationFrame;
    window.cancelAnimationFrame = real.cancelAnimationFrame;
  });
}
