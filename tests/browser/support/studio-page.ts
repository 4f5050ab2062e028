// Runs in: Node (Playwright tests). Steps shared by the curator studio specs: open /curator with the
// stand-in services, switch the studio to English, reach a field or the preview's screen.
import { expect } from '@playwright/test';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { FIRST_RUN_PIN } from '../../../electron/main/staff/pin-store';
import type { FakeCurator } from './fake-curator';
import { installFakeCurator } from './fake-curator';

/** Cold starts on the shared 2-core machine take a while; the studio then answers at once. */
export const STUDIO_START_MS = 30_000;

export async function openStudio(page: Page): Promise<FakeCurator> {
  const fake = await installFakeCurator(page);
  await page.goto('/curator');
  await expect(page.locator('.hero-editor__title')).toBeVisible({ timeout: STUDIO_START_MS });
  await page.locator('.studio-language').getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible();
  return fake;
}

/** One language's box of a text in the hero editor, e.g. field(page, 'Name', 'English'). */
export function field(
  page: Page,
  label: string,
  language: 'Қазақша' | 'Русский' | 'English',
): Locator {
  return page.getByLabel(`${label} · ${language}`, { exact: true });
}

export function previewScreen(page: Page): FrameLocator {
  return page.frameLocator('.live-preview .preview-frame__screen');
}

export async function choosePreview(page: Page, group: string, option: string): Promise<void> {
  await page
    .locator('.live-preview__bar')
    .getByRole('group', { name: group })
    .getByRole('button', { name: option })
    .click();
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('.studio-save')).toHaveAttribute('data-save', 'saved');
  await expect(page.locator('.studio-save')).toContainText('Saved at');
}

/** Types a PIN on the studio's PIN pad and presses OK. */
export async function typePin(page: Page, pin: string): Promise<void> {
  const pad = page.locator('.pin-pad');
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.locator('.pin-pad__ok').click();
}

/** Types the first-run staff PIN on the studio's pad and waits for the hero editor. */
export async function unlockStudio(page: Page): Promise<void> {
  const pad = page.locator('.pin-pad');
  await expect(pad).toBeVisible({ timeout: STUDIO_START_MS });
  await typePin(page, FIRST_RUN_PIN);
  await expect(page.locator('.hero-editor__title')).toBeVisible({ timeout: STUDIO_START_MS });
}
