// Runs in: Node (tools). Every picture in the documentation, made from the web preview by
// `npm run docs:images`. To add one: give it a file name, a screen size, the steps to reach the
// screen, and the width it is shown at; then link docs/images/<file>.webp from the guide.
import type { Page } from '@playwright/test';
import { BACK_SOON_HTML } from '../../electron/main/healing/back-soon-page';
import { drawGesture } from './gesture-overlay';
import {
  enterCarouselInEnglish,
  openAttractLoop,
  openPinPadInEnglish,
  openStaffPanelAfterASession,
  openStory,
  serveBrokenContent,
  settle,
  showFirstDraft,
} from './kiosk-steps';

export interface ShotContext {
  page: Page;
  repoRoot: string;
}

export interface DocShot {
  /** docs/images/<file>.webp */
  file: string;
  /** Who reads the picture, and where (for the list the script prints). */
  usedIn: string;
  viewport: { width: number; height: number };
  /** Width of the committed image: half the screen keeps text legible and the file small. */
  outputWidth: number;
  /** Brings the page to the screen to capture. */
  reach: (context: ShotContext) => Promise<void>;
  /** Drawn over the screenshot (PNG in, PNG out), e.g. where to touch. */
  decorate?: (png: Buffer) => Promise<Buffer>;
}

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

export const DOC_SHOTS: readonly DocShot[] = [
  {
    file: 'carousel-portrait',
    usedIn: 'README',
    viewport: PORTRAIT,
    outputWidth: 540,
    reach: async ({ page }) => {
      await enterCarouselInEnglish(page);
      await settle(page);
    },
  },
  {
    file: 'story-portrait',
    usedIn: 'README',
    viewport: PORTRAIT,
    outputWidth: 540,
    reach: async ({ page }) => {
      await enterCarouselInEnglish(page);
      await openStory(page);
      await settle(page);
    },
  },
  {
    file: 'staff-panel',
    usedIn: 'README, docs/staff.md',
    viewport: PORTRAIT,
    outputWidth: 540,
    reach: async ({ page }) => {
      await openStaffPanelAfterASession(page);
      await settle(page);
    },
  },
  {
    file: 'carousel-landscape',
    usedIn: 'docs/venue-setup.md',
    viewport: LANDSCAPE,
    outputWidth: 960,
    reach: async ({ page }) => {
      await enterCarouselInEnglish(page);
      await settle(page);
    },
  },
  {
    file: 'staff-gesture',
    usedIn: 'docs/staff.md',
    viewport: PORTRAIT,
    outputWidth: 540,
    reach: async ({ page }) => {
      await openAttractLoop(page);
      await settle(page);
    },
    decorate: drawGesture,
  },
  {
    file: 'staff-pin-pad',
    usedIn: 'docs/staff.md',
    viewport: PORTRAIT,
    outputWidth: 540,
    reach: async ({ page }) => {
      await openAttractLoop(page);
      await openPinPadInEnglish(page);
      await settle(page);
    },
  },
  {
    file: 'carousel-draft',
    usedIn: 'docs/curator.md',
    viewport: PORTRAIT,
    outputWidth: 540,
    reach: async ({ page }) => {
      await enterCarouselInEnglish(page);
      await showFirstDraft(page);
      await settle(page);
    },
  },
  {
    file: 'index-portrait',
    usedIn: 'docs/curator.md',
    viewport: PORTRAIT,
    outputWidth: 540,
    reach: async ({ page }) => {
      await enterCarouselInEnglish(page);
      await page.getByRole('button', { name: 'All heroes' }).tap();
      await settle(page);
    },
  },
  {
    file: 'content-error',
    usedIn: 'docs/venue-setup.md, docs/curator.md',
    viewport: LANDSCAPE,
    outputWidth: 960,
    reach: async ({ page, repoRoot }) => {
      await serveBrokenContent(page, repoRoot);
      await page.goto('/');
      await page.locator('.content-error').waitFor();
      await page.getByRole('button', { name: 'English', exact: true }).tap();
      await settle(page);
    },
  },
  {
    file: 'back-soon',
    usedIn: 'docs/venue-setup.md',
    viewport: LANDSCAPE,
    outputWidth: 960,
    reach: async ({ page }) => {
      await page.setContent(BACK_SOON_HTML);
    },
  },
];
