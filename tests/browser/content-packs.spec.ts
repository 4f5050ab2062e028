// Runs in: Node (Playwright). "Load content from USB" end to end in the web preview, which runs the
// same pack service as the kiosk: a folder stands in for the USB stick (`--packs-dir`), the staff
// panel lists its packs with what each would change, a damaged pack is refused with the running
// content untouched, the good one is installed, and the attract loop shows it.
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from '@playwright/test';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentState } from '../../common/ipc-contract';
import { writePack } from '../../electron/main/content/pack/write-pack';
import {
  createContentFolder,
  makeTempDir,
  readShippedContent,
  removeDir,
} from '../unit/content/support/content-folder';
import {
  firstImage,
  makePack,
  nth,
  readManifest,
  writeManifest,
} from '../unit/content/support/pack-fixtures';
import { attractSurface, watchPage } from './support/kiosk-page';
import type { PackPreview } from './support/pack-preview';
import { startPackPreview } from './support/pack-preview';
import { openPanelInEnglish, staffDialog, staffLanguage } from './support/staff-page';

/** Reading every byte of a pack takes a while on a busy machine: wait longer than the default. */
const expect = baseExpect.configure({ timeout: 20_000 });

const SCREENSHOT_DIR = 'tests/screenshots';
const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;

const UPDATE_LABEL = 'April update: real portraits';
const TITLE_SUFFIX = ' · April update';

let stick: string;
let userDataDir: string;
let preview: PackPreview;

/** The shipped content with one hero removed, one story line changed, one photo replaced, a new title. */
async function writeUpdatePack(): Promise<void> {
  const shipped = await readShippedContent();
  const contentDir = await createContentFolder({
    heroes: shipped.heroes.length,
    mutate: (content) => {
      content.heroes.pop();
      nth(content.heroes, 0).shortLine.en += ' (updated)';
      content.exhibition.title.en += TITLE_SUFFIX;
    },
  });
  try {
    // Another portrait's bytes under the second hero's file name: a replaced photo.
    const [, second, , fourth] = shipped.heroes;
    if (!second || !fourth) throw new Error('the shipped content is too short');
    await copyFile(
      join(contentDir, fourth.photo.portrait),
      join(contentDir, second.photo.portrait),
    );
    const result = await writePack({
      contentDir,
      outDir: stick,
      label: UPDATE_LABEL,
      appVersion: '0.1.0',
      now: new Date('2022-04-05T09:30:00Z'),
    });
    if (!result.ok) throw new Error(result.message);
  } finally {
    await removeDir(contentDir);
  }
}

test.beforeAll(async () => {
  stick = await makeTempDir('usb-stick-');
  userDataDir = await makeTempDir('pack-kiosk-');
  await writeUpdatePack();
  // Same size, other bytes: listed as fine, refused when every hash is read at install.
  const damaged = await makePack({
    label: 'Damaged copy',
    outDir: stick,
    now: new Date('2022-04-02T09:00:00Z'),
  });
  const image = join(damaged, await firstImage(damaged));
  const bytes = await readFile(image);
  bytes[64] = (bytes[64] ?? 0) ^ 0xff;
  await writeFile(image, bytes);
  const newer = await makePack({
    label: 'Made by a newer app',
    outDir: stick,
    now: new Date('2022-04-03T09:00:00Z'),
  });
  await writeManifest(newer, { ...(await readManifest(newer)), formatVersion: 2 });
  preview = await startPackPreview({ packsDir: stick, userDataDir });
});

test.afterAll(async () => {
  await preview.stop();
  await removeDir(stick);
  await removeDir(userDataDir);
});

async function runningContent(page: Page): Promise<Extract<ContentState, { status: 'ready' }>> {
  const response = await page.request.post(`${preview.url}/api/invoke/content:get`, {
    data: { request: undefined },
    headers: { 'content-type': 'application/json' },
  });
  const state = (await response.json()) as ContentState;
  if (state.status !== 'ready') throw new Error('the pack preview has no valid content');
  return state;
}

/** Every heading, button and line of the pack screen shows its whole text. */
async function expectNothingClipped(page: Page): Promise<void> {
  const clipped = await page
    .locator('.pack-screen')
    .locator('button, h1, h2, h3, li, p')
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.textContent ?? ''),
    );
  expect(clipped).toEqual([]);
}

const packCard = (page: Page, label: string) =>
  page.locator('.pack-card').filter({ has: page.getByRole('heading', { name: label }) });

test('staff load a pack from the stick: see the change, a damaged pack refused, install, shown on the attract loop', async ({
  page,
}) => {
  test.setTimeout(300_000); // three languages in two orientations, and two installs, on a busy machine
  const problems = watchPage(page, preview.url);
  const before = await runningContent(page);
  await page.goto(`${preview.url}/`);
  await openPanelInEnglish(page);

  await page.getByRole('button', { name: 'Load content from USB' }).tap();
  await expect(page.getByRole('heading', { name: 'Load content from USB' })).toBeVisible();
  await expect(page.locator('.pack-screen__running')).toContainText(
    'The running content was not installed from a pack.',
  );

  // Newest first; each with where it was found, heroes and drafts, and what it would change.
  await expect(page.locator('.pack-card__label')).toHaveText([
    UPDATE_LABEL,
    'Made by a newer app',
    'Damaged copy',
  ]);
  const update = packCard(page, UPDATE_LABEL);
  const [first, second, , , last] = [0, 1, 2, 3, before.content.heroes.length - 1].map(
    (index) => nth(before.content.heroes, index).name.en,
  );
  await expect(update).toContainText('Packs folder');
  await expect(update).toContainText(`Heroes: ${before.content.heroes.length - 1} ·`);
  await expect(update.locator('.pack-card__diff li')).toHaveText([
    `Changed (1): ${first}`,
    `Removed (1): ${last}`,
    `Photos replaced (1): ${second}`,
    'Exhibition texts change',
  ]);
  await expect(packCard(page, 'Made by a newer app')).toContainText(
    'This pack cannot be installed: the pack is in format 2; this app reads formats up to 1. Update the app first.',
  );
  await expect(packCard(page, 'Made by a newer app').getByRole('button')).toHaveCount(0);
  await expectNothingClipped(page);

  // Every language fits in both orientations; the English screen is kept as a picture of each.
  for (const orientation of ORIENTATIONS) {
    await page.setViewportSize(orientation.viewport);
    for (const name of ['Русский', 'Қазақша', 'English'] as const) {
      await staffLanguage(page, name);
      await expectNothingClipped(page);
    }
    await page.locator('.staff-layer').evaluate((layer) => layer.scrollTo(0, 0));
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/packs-${orientation.name}-en.png`,
      animations: 'disabled',
    });
  }
  await page.setViewportSize(nth(ORIENTATIONS, 0).viewport);

  // The damaged pack: one tap asks, the second installs; every hash is read and one is wrong.
  const damaged = packCard(page, 'Damaged copy');
  await damaged.getByRole('button', { name: 'Install this pack' }).tap();
  await damaged.getByRole('button', { name: 'Tap again to install' }).tap();
  await expect(page.locator('.staff-notice--error')).toHaveText(
    /^Not installed: assets\/.+ is not the file the pack was made with \(its size or sha256 differs\)\. Copy the pack again\. The running content is unchanged\.$/,
  );
  expect((await runningContent(page)).hash).toBe(before.hash);
  await expect(damaged.locator('.pack-card__refusal')).toContainText('Copy the pack again.');
  await expect(damaged.getByRole('button')).toHaveCount(0);

  await update.getByRole('button', { name: 'Install this pack' }).tap();
  await update.getByRole('button', { name: 'Tap again to install' }).tap();
  await expect(page.locator('.staff-notice')).toContainText(`Installed “${UPDATE_LABEL}”`);
  await expect(page.locator('.staff-notice')).toContainText('from the next attract loop');
  const installed = await runningContent(page);
  expect(installed.source).toBe('override');
  expect(installed.content.heroes).toHaveLength(before.content.heroes.length - 1);
  await expect(page.locator('.pack-screen__running')).toContainText(UPDATE_LABEL);
  await expect(update.locator('.pack-card__badge')).toHaveText('Running now');
  const runningHash = (await page.locator('.pack-screen__running code').textContent()) ?? '';
  expect(runningHash).toMatch(/^[0-9a-f]{12}$/);
  await page.screenshot({
    path: `${SCREENSHOT_DIR}/packs-portrait-installed-en.png`,
    animations: 'disabled',
  });

  // The panel names the running pack too, so kiosks can be compared at a glance.
  await page.getByRole('button', { name: 'Back to the panel' }).tap();
  await expect(page.locator('.staff-facts')).toContainText(`${UPDATE_LABEL} · ${runningHash}`);

  await page.getByRole('button', { name: 'Resume' }).tap();
  await expect(staffDialog(page)).toHaveCount(0);
  await expect(attractSurface(page)).toBeVisible();
  await expect(page.locator('.attract__name[lang="en"]')).toHaveText(
    `${before.content.exhibition.title.en}${TITLE_SUFFIX}`,
  );

  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});
