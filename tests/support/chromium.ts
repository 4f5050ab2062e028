// Runs in: Node (Playwright config, benchmark). Finds a Chromium to drive: Playwright cannot
// download its own browsers on a closed network, so Debian's package is preferred when present.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that keep Chromium from reaching for the network it does not have. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return undefined;
}

export const NO_CHROMIUM_MESSAGE = [
  'No Chromium found for the browser tests.',
  'On Debian or Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
  'Where the network allows: npx playwright install chromium',
  'Or point CHROMIUM_PATH at a Chromium or Chrome binary.',
].join('\n  ');

export function requireChromium(): string {
  const path = findChromium();
  if (!path) throw new Error(NO_CHROMIUM_MESSAGE);
  return path;
}
