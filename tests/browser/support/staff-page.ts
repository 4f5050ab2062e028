// Runs in: Node (Playwright). The staff screens' common steps for every spec that opens them: the
// dialog, its language switch, the PIN pad, and the way in with the key combination.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { FIRST_RUN_PIN } from '../../../electron/main/staff/pin-store';
import { attractSurface } from './kiosk-page';

export const staffDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: /^(Staff|Персонал|Қызметкерлер)$/ });

/** The staff screens' own language switch (a staff choice is not a visitor statistic). */
export async function staffLanguage(
  page: Page,
  name: 'Қазақша' | 'Русский' | 'English',
): Promise<void> {
  await staffDialog(page).getByRole('button', { name, exact: true }).tap();
  await expect(staffDialog(page).getByRole('button', { name, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
}

export async function typePin(page: Page, pin: string): Promise<void> {
  const pad = page.locator('.pin-pad');
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).tap();
  // The OK key is named in the kiosk language; its class is not.
  await pad.locator('.pin-pad__ok').tap();
}

/**
 * Types the first-run PIN and waits for the panel. The pad and the panel both carry the language
 * switch: a tap on it in the moment the panel replaces the pad lands on a button that is gone.
 */
export async function unlockPanel(page: Page): Promise<void> {
  await typePin(page, FIRST_RUN_PIN);
  await expect(staffDialog(page).locator('.staff-panel')).toBeVisible();
}

/** Opens the PIN pad with the key combination and switches it to English. */
export async function openPadInEnglish(page: Page): Promise<void> {
  // The key combination is heard once the app has started; a press before that is lost. The first
  // load can take a while on a loaded machine; everything after is quick.
  await expect(attractSurface(page)).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Control+Alt+Shift+KeyK');
  await staffLanguage(page, 'English');
  await expect(page.getByRole('heading', { name: 'Staff access' })).toBeVisible();
}

/** Key combination, English, first-run PIN: the staff panel. */
export async function openPanelInEnglish(page: Page): Promise<void> {
  await openPadInEnglish(page);
  await unlockPanel(page);
  await expect(page.getByRole('heading', { name: 'Staff panel' })).toBeVisible();
}
