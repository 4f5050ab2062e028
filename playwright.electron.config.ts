// Runs in: Node (Playwright config). The Electron smoke test: starts the real app with Playwright's
// `_electron` where an Electron binary exists; skips with the reason where it does not.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/electron',
  globalSetup: './tests/electron/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 90_000,
});
