// Runs in: Node (tools). Every picture in the documentation, made from the web preview by
// `npm run docs:images`. To add one: give it a file name, a screen size, the steps to reach the
// screen, and the width it is shown at; then link docs/images/<file>.webp from the guide.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BACK_SOON_HTML } from '../../electron/main/healing/back-soon-page';
import { FIRST_RUN_PIN } from '../../electron/main/staff/pin-store';
import { startPackPreview } from '../../tests/browser/support/pack-preview';
import {
  makeTempDir,
  readShippedContent,
  removeDir,
} from '../../tests/unit/content/support/content-folder';
import { makePack } from '../../tests/unit/content/support/pack-fixtures';
import { csvFor, rowFor } from '../../tests/unit/content/support/heroes-csv-rows';
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
const LAPTOP = { width: 1440, height: 900 };

/** Types the first-run PIN on the pad (the preview's user data is fresh). */
async function typeFirstRunPin(page: Page): Promise<void> {
  const pad = page.locator('.pin-pad');
  for (const digit of FIRST_RUN_PIN) {
    await pad.getByRole('button', { name: digit, exact: true }).click();
  }
  await pad.locator('.pin-pad__ok').click();
}

/** The curator studio in English, opened with the staff PIN, first hero selected. */
async function openStudioInEnglish(page: Page): Promise<void> {
  await page.goto('/curator');
  await typeFirstRunPin(page);
  await page.locator('.studio-language').getByRole('button', { name: 'English' }).click();
  await page.locator('.photo-panel').waitFor();
  // The live preview in English too, so that the picture reads alongside the guide.
  await page
    .locator('.live-preview__bar')
    .getByRole('group', { name: 'Preview language' })
    .getByRole('button', { name: 'English' })
    .click();
}

/**
 * "Load content from USB" needs a preview started with --packs-dir: this shot starts its own, with a
 * temporary folder standing in for the stick, and stops it when the page closes.
 */
async function openPackScreen(page: Page): Promise<void> {
  const stick = await makeTempDir('doc-stick-');
  const userData = await makeTempDir('doc-pack-kiosk-');
  const shipped = await readShippedContent();
  await makePack({
    label: 'April update: real portraits',
    outDir: stick,
    now: new Date('2022-04-05T09:30:00Z'),
    heroes: shipped.heroes.length,
    mutate: (content) => {
      const first = content.heroes[0];
      if (first) first.shortLine.en += ' (updated)';
    },
  });
  const preview = await startPackPreview({ packsDir: stick, userDataDir: userData });
  page.once('close', () => {
    void preview.stop().then(() => Promise.all([removeDir(stick), removeDir(userData)]));
  });
  await page.goto(`${preview.url}/`);
  await page.getByRole('button', { name: /Touch to meet the heroes/ }).waitFor();
  await openPinPadInEnglish(page);
  await typeFirstRunPin(page);
  await page.getByRole('heading', { name: 'Staff panel' }).waitFor();
  await page.getByRole('button', { name: 'Load content from USB' }).tap();
  await page.getByRole('button', { name: 'Install this pack' }).waitFor({ timeout: 60_000 });
}

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
  {
    file: 'staff-packs',
    usedIn: 'docs/staff.md, docs/venue-setup.md',
    viewport: PORTRAIT,
    outputWidth: 540,
    reach: async ({ page }) => {
      await openPackScreen(page);
      await settle(page);
    },
  },
  {
    file: 'studio-heroes',
    usedIn: 'docs/curator.md',
    viewport: LAPTOP,
    outputWidth: 960,
    reach: async ({ page }) => {
      await openStudioInEnglish(page);
      await settle(page);
    },
  },
  {
    file: 'studio-checklist',
    usedIn: 'docs/curator.md',
    viewport: LAPTOP,
    outputWidth: 960,
    reach: async ({ page }) => {
      await openStudioInEnglish(page);
      await page
        .locator('.studio-tabs')
        .getByRole('button', { name: 'Ready for the mall' })
        .click();
      await settle(page);
    },
  },
  {
    file: 'studio-csv-problems',
    usedIn: 'docs/curator.md',
    viewport: LAPTOP,
    outputWidth: 960,
    reach: async ({ page }) => {
      await openStudioInEnglish(page);
      // A spreadsheet with the usual slips: an empty story, a photo not in the folder, a bad status.
      const [first, second, third] = (await readShippedContent()).heroes;
      if (!first || !second || !third) throw new Error('the shipped content has too few heroes');
      const folder = await makeTempDir('doc-csv-');
      await writeFile(
        join(folder, 'heroes.csv'),
        csvFor([
          { ...rowFor(first), story_ru: '' },
          rowFor(second, { photo: 'IMG_0042.jpg' }),
          { ...rowFor(third), status: 'published' },
        ]),
      );
      await page.getByRole('button', { name: 'Import from CSV…' }).click();
      await page.locator('[data-testid="csv-folder"]').setInputFiles(folder);
      await page.getByRole('dialog').getByRole('alert').waitFor();
      await removeDir(folder);
      await settle(page);
    },
  },
];
