// Runs in: Node (Playwright tests). The curator studio at /curator against a stand-in for its
// services (support/fake-curator.ts): edit a hero in three languages and watch the live preview
// (the visitor components in a kiosk-sized frame), bring in a camera-sized photograph and set its
// focal point, publish and restore. axe on every screen; screenshots at 1440x900 (a laptop) and
// 1080x1920 (the kiosk's own screen) to look at.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import {
  choosePreview,
  expectSaved,
  field,
  openStudio,
  previewScreen,
} from './support/studio-page';

const SHOTS = process.env.SHOT_DIR ?? 'test-results/curator-shots';

async function expectNoAxeViolations(page: Page): Promise<void> {
  // The preview frames hold an inert copy of the visitor's screen (its own document, no landmarks of
  // its own); the visitor screens are checked by axe in the visitor specs.
  const results = await new AxeBuilder({ page })
    .include('.studio')
    .exclude('.preview-frame__screen')
    .analyze();
  const found = results.violations.map((item) => `${item.id}: ${String(item.nodes[0]?.target)}`);
  expect(found).toEqual([]);
}

/** A camera-sized JPEG turned by its EXIF orientation, with a GPS position in its metadata. */
function cameraPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#5a7d9a' } })
    .jpeg({ quality: 70 })
    .withExif({
      IFD0: { Orientation: '6' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 10/1 0/1' },
    })
    .toBuffer();
}

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1440, height: 900 }, hasTouch: false });

  test('every screen of the studio passes axe, and is photographed', async ({ page }) => {
    // axe reads the whole studio four times: slow on the shared machine, not a measure of anything.
    test.setTimeout(240_000);
    await openStudio(page);
    await page.screenshot({ path: `${SHOTS}/studio-heroes-1440.png` });
    await expectNoAxeViolations(page);
    for (const [tab, name] of [
      ['Exhibition texts', 'exhibition'],
      ['Kiosk settings', 'settings'],
      ['Ready for the mall', 'checklist'],
    ] as const) {
      await page.locator('.studio-tabs').getByRole('button', { name: tab }).click();
      await page.screenshot({ path: `${SHOTS}/studio-${name}-1440.png` });
      await expectNoAxeViolations(page);
    }
  });

  test('quotes and programmes: one added and filled, one removed, each change saved', async ({
    page,
  }) => {
    const fake = await openStudio(page);
    await page.locator('.studio-tabs').getByRole('button', { name: 'Exhibition texts' }).click();
    const before = fake.saved().exhibition;

    await page.getByRole('button', { name: 'Add a quote' }).click();
    const added = page.getByRole('group', { name: `Quote ${before.quotes.length + 1}` });
    await added.getByLabel('Quote · English', { exact: true }).fill('A new quote.');
    await added.getByLabel('Who said it · English', { exact: true }).fill('UNICEF');
    await expectSaved(page);
    expect(fake.saved().exhibition.quotes.at(-1)?.text.en).toEqual(['A new quote.']);
    expect(fake.saved().exhibition.quotes.at(-1)?.author.en).toBe('UNICEF');

    await page
      .getByRole('group', { name: 'Quote 1' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await expectSaved(page);
    expect(fake.saved().exhibition.quotes).toEqual([...before.quotes.slice(1), expect.anything()]);

    await page.getByRole('button', { name: 'Add a programme' }).click();
    const programme = page.getByRole('group', {
      name: `Programme ${before.programmes.length + 1}`,
    });
    await programme.getByLabel('Name · English', { exact: true }).fill('Test programme');
    await expectSaved(page);
    const programmes = fake.saved().exhibition.programmes;
    expect(programmes).toHaveLength(before.programmes.length + 1);
    expect(programmes.at(-1)?.name.en).toBe('Test programme');
    expect(new Set(programmes.map((item) => item.id)).size).toBe(programmes.length);
  });

  test('a hero edited in three languages: saved, and the preview shows each', async ({ page }) => {
    const fake = await openStudio(page);
    await page.locator('.hero-list__open').nth(1).click();
    await field(page, 'Name', 'Қазақша').fill('Даниил Ким (сынақ)');
    await field(page, 'Name', 'Русский').fill('Даниил Ким (проба)');
    await field(page, 'Name', 'English').fill('Daniil Kim (test)');
    await field(page, 'Story', 'English').fill('First paragraph.\n\nSecond paragraph.');
    await expectSaved(page);
    const hero = fake.saved().heroes[1];
    expect(hero?.name).toEqual({
      kk: 'Даниил Ким (сынақ)',
      ru: 'Даниил Ким (проба)',
      en: 'Daniil Kim (test)',
    });
    expect(hero?.story.en).toEqual(['First paragraph.', 'Second paragraph.']);

    const screen = previewScreen(page);
    for (const [language, name] of [
      ['Русский', 'Даниил Ким (проба)'],
      ['English', 'Daniil Kim (test)'],
      ['Қазақша', 'Даниил Ким (сынақ)'],
    ] as const) {
      await choosePreview(page, 'Preview language', language);
      await expect(screen.locator('.hero-card__name')).toHaveText(name);
    }
    await choosePreview(page, 'Preview language', 'English');
    await choosePreview(page, 'Live preview', 'Story');
    await expect(screen.locator('.story__paragraph')).toHaveText([
      'First paragraph.',
      'Second paragraph.',
    ]);
    await choosePreview(page, 'Live preview', 'All heroes');
    await expect(screen.locator('.index__item[aria-current="true"] .index__name')).toHaveText(
      'Daniil Kim (test)',
    );
    await page.getByRole('button', { name: 'Visitor view' }).click();
    await expect(page.locator('.live-preview--visitor')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/studio-visitor-view-1440.png` });
    await page.keyboard.press('Escape');
    await expect(page.locator('.live-preview--visitor')).toHaveCount(0);
  });

  test('a camera photo comes in, and a tap on the face moves every crop', async ({ page }) => {
    const fake = await openStudio(page);
    await page.locator('[data-testid="photo-file"]').setInputFiles({
      name: 'DSC_0042.jpg',
      mimeType: 'image/jpeg',
      buffer: await cameraPhoto(),
    });
    await expect(page.locator('.photo-panel__status')).toHaveText(/Photo ready/);
    const upload = fake.calls.find((call) => call.channel === 'photo-upload');
    expect((upload?.request as { bytes: number }).bytes).toBeGreaterThan(10_000);
    const portraitCrop = page.getByRole('img', { name: 'Portrait screen' });
    const before = await portraitCrop.evaluate(
      (element) => getComputedStyle(element).backgroundPosition,
    );

    const picker = page.locator('.focal-picker__surface');
    const box = await picker.boundingBox();
    if (!box) throw new Error('no focal picker');
    await page.mouse.click(box.x + box.width * 0.9, box.y + box.height * 0.3);
    await expect
      .poll(() => portraitCrop.evaluate((element) => getComputedStyle(element).backgroundPosition))
      .not.toBe(before);
    await expect
      .poll(() => fake.calls.filter((call) => call.channel === 'curator:set-focal-point').length)
      .toBe(1);
    const focal = fake.calls.find((call) => call.channel === 'curator:set-focal-point')
      ?.request as {
      focalPoint: { x: number; y: number };
    };
    expect(focal.focalPoint.x).toBeCloseTo(0.9, 1);
    expect(focal.focalPoint.y).toBeCloseTo(0.3, 1);
    // The landscape screen shows the face in its half too (object-position from the focal point).
    await choosePreview(page, 'Landscape screen', 'Landscape');
    await expect(previewScreen(page).locator('.hero-card__photo img')).toHaveCSS(
      'object-position',
      '90% 30%',
    );
    await expectSaved(page);
    expect(fake.saved().heroes[0]?.photo.original?.preview).toBe('studio/original-preview.jpg');
    await page.screenshot({ path: `${SHOTS}/studio-photo-1440.png` });
  });

  test('publish, then restore the previous content', async ({ page }) => {
    await openStudio(page);
    const restore = page.getByRole('button', { name: 'Restore previous' });
    await expect(restore).toBeDisabled();
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.locator('.studio-notice')).toContainText('Published at');
    await restore.click();
    await expect(page.getByRole('button', { name: 'Tap again to restore' })).toBeVisible();
    await page.getByRole('button', { name: 'Tap again to restore' }).click();
    await expect(page.locator('.studio-notice')).toHaveText(
      'The previous content is back on the kiosk.',
    );
    await expect(restore).toBeDisabled();
  });
});

test('the studio on the kiosk portrait screen', async ({ page }) => {
  await openStudio(page);
  await page.screenshot({ path: `${SHOTS}/studio-heroes-1080x1920.png` });
  await expectNoAxeViolations(page);
});
