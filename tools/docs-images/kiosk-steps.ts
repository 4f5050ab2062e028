// Runs in: Node (tools). The steps the documentation's screenshots take through the web preview, as
// a visitor or staff member would: touch the attract loop, choose English, open a story, unlock the
// staff panel with the first-run PIN. English, so that every guide reads its pictures alike.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ContentState } from '../../common/ipc-contract';
import { loadContentState } from '../../electron/main/content/load-content';
import { FIRST_RUN_PIN } from '../../electron/main/staff/pin-store';

/** Entrance fades and photographs decoding: long enough for the settled screen. */
const SETTLE_MS = 1200;

export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * The attract loop's slide and the idle timeout at their longest, so that a slow machine neither
 * moves the loop on to another hero before the tap nor shows the idle warning mid-shot: every
 * picture starts from the first hero. Only the timing changes; what is shown does not.
 */
export async function holdTimersStill(page: Page): Promise<void> {
  await page.route('**/api/invoke/content:get', async (route) => {
    const response = await route.fetch();
    const state = (await response.json()) as ContentState;
    if (state.status === 'ready') {
      state.content.settings.attractSlideSeconds = 60;
      state.content.settings.idleTimeoutSeconds = 900;
    }
    await route.fulfill({ response, json: state });
  });
}

export async function openAttractLoop(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Touch to meet the heroes/ }).waitFor();
}

/** From the attract loop into the carousel, in English. */
export async function enterCarouselInEnglish(page: Page): Promise<void> {
  await openAttractLoop(page);
  await page.getByRole('button', { name: /Touch to meet the heroes/ }).tap();
  await page.locator('.carousel').waitFor();
  await page.getByRole('button', { name: 'English', exact: true }).tap();
}

export async function openStory(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Read the story' }).tap();
  await page.getByRole('dialog').waitFor();
}

/** The first hero marked as a draft, opened from the index. */
export async function showFirstDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'All heroes' }).tap();
  const draft = page.locator('.index__item', { has: page.locator('.index__draft') }).first();
  await draft.tap();
  await page.locator('.hero-card[data-current] .draft-badge').waitFor();
}

const staffDialog = (page: Page) =>
  page.getByRole('dialog', { name: /^(Staff|Персонал|Қызметкерлер)$/ });

/** The PIN pad, opened with the staff key combination and switched to English. */
export async function openPinPadInEnglish(page: Page): Promise<void> {
  await page.keyboard.press('Control+Alt+Shift+KeyK');
  await staffDialog(page).getByRole('button', { name: 'English', exact: true }).tap();
  await page.getByRole('heading', { name: 'Staff access' }).waitFor();
}

/** A short visitor session first, so that today's statistics show something, then the panel. */
export async function openStaffPanelAfterASession(page: Page): Promise<void> {
  await enterCarouselInEnglish(page);
  await page.getByRole('button', { name: 'Next hero' }).tap();
  await openStory(page);
  await page.getByRole('button', { name: 'Close the story' }).tap();
  await openPinPadInEnglish(page);
  const pad = page.locator('.pin-pad');
  for (const digit of FIRST_RUN_PIN) {
    await pad.getByRole('button', { name: digit, exact: true }).tap();
  }
  await pad.locator('.pin-pad__ok').tap();
  await staffDialog(page).locator('.staff-panel').waitFor();
}

/** The Linux override folder (docs/venue-setup.md), as a kiosk's error screen would name it. */
const SHOWN_CONTENT_FOLDER = '/home/kiosk/.config/Heroes of Children/content';

/**
 * Makes the preview answer with the error the kiosk reports for a broken content.json (a Kazakh name
 * left empty), built by the real loader from a copy of the bundled file.
 */
export async function serveBrokenContent(page: Page, repoRoot: string): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'heroes-docs-broken-'));
  let state: ContentState;
  try {
    const content = JSON.parse(await readFile(join(repoRoot, 'content.json'), 'utf8')) as {
      heroes: { name: Record<string, string> }[];
    };
    const first = content.heroes[0];
    if (!first) throw new Error('the bundled content has no hero');
    first.name.kk = '';
    await writeFile(join(folder, 'content.json'), JSON.stringify(content, null, 2));
    state = await loadContentState({
      bundledDir: folder,
      overrideDir: join(folder, 'no-override'),
      assetBaseUrl: '/content/',
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  // The picture names the folder a kiosk would use, not this run's temporary one.
  const shown = JSON.parse(
    JSON.stringify(state).replaceAll(folder, SHOWN_CONTENT_FOLDER),
  ) as ContentState;
  await page.route('**/api/invoke/content:get', (route) => route.fulfill({ json: shown }));
}
