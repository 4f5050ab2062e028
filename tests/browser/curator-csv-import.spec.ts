// Runs in: Node (Playwright tests). The studio's CSV import against a preview of its own (fresh user
// data, so the suite's shared working copy stays as it is): a folder of three heroes with two small
// photographs made here becomes the hero list in the CSV's order; a broken heroes.csv lists its
// problems by row and column, in the studio's language, and the hero list stays as it was.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { Content, Hero } from '../../common/content-schema';
import { csvFor, rowFor } from '../unit/content/support/heroes-csv-rows';
import type { PackPreview } from './support/pack-preview';
import { startPackPreview } from './support/pack-preview';
import { unlockStudio } from './support/studio-page';

test.use({ viewport: { width: 1440, height: 900 }, hasTouch: false });

const SHOTS = 'test-results/curator-shots';
let preview: PackPreview;
let root: string;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'studio-csv-'));
  await mkdir(join(root, 'packs'));
  // The pack spec's own preview, here with an empty packs folder: a fresh user data folder.
  preview = await startPackPreview({
    packsDir: join(root, 'packs'),
    userDataDir: join(root, 'user-data'),
  });
});
test.afterAll(async () => {
  await preview.stop();
  rmSync(root, { recursive: true, force: true });
});

function photo(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 1350, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}

async function writeFolder(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir);
  for (const [file, data] of Object.entries(files)) await writeFile(join(dir, file), data);
  return dir;
}

function shippedHeroes(): Hero[] {
  return (JSON.parse(readFileSync('content.json', 'utf8')) as Content).heroes;
}

async function openStudio(page: Page): Promise<void> {
  await page.goto(`${preview.url}/curator`);
  await unlockStudio(page);
  await page.locator('.studio-language').getByRole('button', { name: 'English' }).click();
}

const listedNames = (page: Page) =>
  page.locator('.hero-list__item .hero-list__name[lang="en"]').allInnerTexts();

test('a folder of heroes is imported into the working copy; a broken one lists its problems', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const [yeldar, daniil, leila] = shippedHeroes();
  if (!yeldar || !daniil || !leila) throw new Error('the shipped content has fewer than 3 heroes');
  const good = await writeFolder('good', {
    'heroes.csv': csvFor([
      rowFor(leila, { photo: 'leila.jpg', focal_x: '0.5', focal_y: '0.3' }),
      rowFor(yeldar),
      rowFor(daniil, { photo: 'daniil.jpg' }),
    ]),
    'leila.jpg': await photo('#3a6f9a'),
    'daniil.jpg': await photo('#9a5a3a'),
  });
  await openStudio(page);
  const before = await listedNames(page);
  expect(before.length).toBeGreaterThan(3);

  await page.getByRole('button', { name: 'Import from CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import heroes from a spreadsheet' });
  await expect(dialog).toContainText('Nothing reaches the kiosk until you Publish');
  await page.screenshot({ path: `${SHOTS}/studio-csv-open-1440.png` });
  await dialog.locator('[data-testid="csv-folder"]').setInputFiles(good);
  await expect(dialog.getByRole('status')).toContainText(
    'Imported 3 heroes: 2 new photo(s), 1 kept their photo.',
    { timeout: 120_000 },
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(await listedNames(page)).toEqual(['Leila Mardenova', 'Yeldar Grebnev', 'Daniil Kim']);
  await expect(page.locator('.hero-list__thumb img').first()).toHaveAttribute(
    'src',
    /\/curator-media\/assets\/studio\/.+-thumbnail\.webp$/,
  );

  // A broken spreadsheet: an empty story, a photo that is not there, a status that is neither.
  const broken = await writeFolder('broken', {
    'heroes.csv': csvFor([
      { ...rowFor(leila), story_ru: '' },
      rowFor(yeldar, { photo: 'missing.jpg' }),
      { ...rowFor(daniil), status: 'published' },
    ]),
  });
  await page.getByRole('button', { name: 'Import from CSV…' }).click();
  await dialog.locator('[data-testid="csv-folder"]').setInputFiles(broken);
  await expect(dialog.getByRole('alert')).toHaveText(
    'Nothing was imported: 3 problem(s) to fix in the folder. The working copy is as it was.',
    { timeout: 60_000 },
  );
  const problems = dialog.getByRole('region', { name: 'Problems to fix' }).getByRole('listitem');
  await expect(problems).toHaveText([
    'Row 2, column story_ru: must not be empty.',
    'Row 3, column photo: missing.jpg is not in the folder.',
    'Row 4, column status: “published”: write draft or ready.',
  ]);
  await page.screenshot({ path: `${SHOTS}/studio-csv-problems-1440.png` });

  // The working copy is untouched; the same problems in Russian.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await listedNames(page)).toEqual(['Leila Mardenova', 'Yeldar Grebnev', 'Daniil Kim']);
  await page.locator('.studio-language').getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('button', { name: 'Импорт из CSV…' }).click();
  const russian = page.getByRole('dialog', { name: 'Импорт героев из таблицы' });
  await russian.locator('[data-testid="csv-folder"]').setInputFiles(broken);
  await expect(russian.getByRole('listitem').first()).toHaveText(
    'Строка 2, столбец story_ru: не должно быть пустым.',
  );
});

test('a folder without heroes.csv is named as such, and nothing changes', async ({ page }) => {
  const empty = await writeFolder('no-csv', { 'notes.txt': 'photos come later' });
  await openStudio(page);
  const before = await listedNames(page);
  await page.getByRole('button', { name: 'Import from CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import heroes from a spreadsheet' });
  await dialog.locator('[data-testid="csv-folder"]').setInputFiles(empty);
  await expect(dialog.getByRole('listitem')).toHaveText(
    'The folder has no heroes.csv (the name must be exactly heroes.csv).',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await listedNames(page)).toEqual(before);
});
