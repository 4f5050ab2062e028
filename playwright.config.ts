import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './tests/support/chromium';

export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4173);

// The browser tests drive the built renderer through the web preview (`npm run preview`), in a real
// Chromium with touch emulation. `npm run test:browser` builds the renderer first.
export default defineConfig({
  testDir: './tests/browser',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `npx tsx tools/preview.ts --port ${PREVIEW_PORT} --no-build`,
    url: `http://127.0.0.1:${PREVIEW_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
