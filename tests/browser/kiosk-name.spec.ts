// Runs in: Node (Playwright). The kiosk's name on the staff panel: shown, changed with a message for
// each refusal (empty, too long, a control character) while the saved name stays, then saved and
// used in the export's folder name. Screenshots of the panel in both orientations.
import { mkdir } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { KIOSK_NAME_MAX_LENGTH } from '../../common/kiosk-name';
import { failOnPageProblems } from './support/kiosk-page';
import { openPanelInEnglish } from './support/staff-page';

failOnPageProblems();

const SHOTS = '/tmp/stats-shots';
const json = { 'content-type': 'application/json' };

test.beforeEach(async ({ page }) => {
  await mkdir(SHOTS, { recursive: true });
  await page.goto('/');
});

test.afterEach(async ({ page }) => {
  await page.request.post('/api/invoke/staff:lock', { data: {}, headers: json });
});

async function savedName(page: Page): Promise<string> {
  const response = await page.request.post('/api/invoke/staff:status', { data: {}, headers: json });
  return ((await response.json()) as { kioskName: string }).kioskName;
}

test('staff see the kiosk name, are told why a name is refused, and rename the kiosk', async ({
  page,
}) => {
  await openPanelInEnglish(page);
  const shown = page.getByTestId('kiosk-name');
  const before = await savedName(page);
  await expect(shown).toHaveText(before);

  await page.getByRole('button', { name: 'Change name' }).tap();
  const input = page.getByRole('textbox', { name: 'Kiosk name' });
  await expect(input).toBeFocused();
  const error = page.locator('.kiosk-name__error');
  const save = page.getByRole('button', { name: 'Save name' });

  await input.fill('   ');
  await save.tap();
  await expect(error).toHaveText('The kiosk name cannot be empty.');
  await input.fill('A'.repeat(KIOSK_NAME_MAX_LENGTH + 1));
  await save.tap();
  await expect(error).toHaveText(
    `The kiosk name can have at most ${KIOSK_NAME_MAX_LENGTH} characters.`,
  );
  await expect(page.locator('.kiosk-name__count--over')).toHaveText('41/40');
  await input.fill('Hall\u0007A');
  await save.tap();
  await expect(error).toContainText('characters that cannot be shown');
  expect(await savedName(page)).toBe(before);

  // The same refusal comes from main when the panel's own check is bypassed.
  const refused = await page.request.post('/api/invoke/staff:set-kiosk-name', {
    data: { request: { name: 'x'.repeat(KIOSK_NAME_MAX_LENGTH + 1) } },
    headers: json,
  });
  expect(await refused.json()).toMatchObject({ ok: false, reason: 'too-long' });

  for (const viewport of [
    { width: 1080, height: 1920 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(viewport);
    await page.screenshot({
      path: `${SHOTS}/panel-name-refused-${viewport.width}x${viewport.height}.png`,
    });
  }

  await input.fill('  Entrance, east  ');
  await save.tap();
  await expect(shown).toHaveText('Entrance, east');
  await expect(page.locator('.staff-notice')).toContainText(
    'This kiosk is now called “Entrance, east”.',
  );
  expect(await savedName(page)).toBe('Entrance, east');

  for (const viewport of [
    { width: 1080, height: 1920 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SHOTS}/panel-name-${viewport.width}x${viewport.height}.png` });
  }

  await page.getByRole('button', { name: 'Export statistics' }).tap();
  await expect(page.locator('.staff-notice__path')).toContainText(/-entrance-east$/);
});

test('the name is worded in Russian and Kazakh too, and Cancel keeps the saved one', async ({
  page,
}) => {
  await openPanelInEnglish(page);
  const before = await savedName(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Русский', exact: true }).tap();
  await page.getByRole('button', { name: 'Изменить название' }).tap();
  const input = page.getByRole('textbox', { name: 'Название киоска' });
  await input.fill('');
  await page.getByRole('button', { name: 'Сохранить название' }).tap();
  await expect(page.locator('.kiosk-name__error')).toHaveText(
    'Название киоска не может быть пустым.',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Қазақша', exact: true }).tap();
  await expect(page.locator('.kiosk-name__error')).toHaveText('Киоск атауы бос болмауы керек.');
  await page.getByRole('button', { name: 'Бас тарту' }).tap();
  await expect(page.getByTestId('kiosk-name')).toHaveText(before);
});
