// Runs in: Node (Playwright tests). The staff session locks after a pause while the curator works:
// the action main refused (Publish, a photo, the typing's save) is named on the PIN pad and done
// once after the right PIN; a wrong PIN or "Not now" does none of it, keeps the typing on screen,
// and says what was not done.
import { expect, test } from '@playwright/test';
import { FIRST_RUN_PIN } from '../../electron/main/staff/pin-store';
import { expectSaved, field, openStudio, typePin } from './support/studio-page';

test.use({ viewport: { width: 1440, height: 900 }, hasTouch: false });

const SHOTS = process.env.SHOT_DIR ?? 'test-results/curator-shots';

const callsOf = (calls: { channel: string }[], channel: string): number =>
  calls.filter((call) => call.channel === channel).length;

test('a Publish refused by the locked session is done once after the right PIN, not after a wrong one', async ({
  page,
}) => {
  const fake = await openStudio(page);
  await field(page, 'Role', 'English').fill('Founder of the first children’s hospice');
  await expectSaved(page);
  fake.requirePin();
  await page.getByRole('button', { name: 'Publish' }).click();
  const pad = page.locator('.studio-pin');
  await expect(pad).toBeVisible();
  await expect(pad).toContainText(
    'After the PIN, the studio finishes what it could not do: publishing.',
  );
  await page.screenshot({ path: `${SHOTS}/studio-locked-publish-1440.png` });
  const refused = callsOf(fake.calls, 'curator:publish');
  expect(refused).toBe(1);

  await typePin(page, '0000');
  await expect(pad.getByRole('alert')).toContainText('Wrong PIN');
  await expect(pad).toBeVisible();
  expect(callsOf(fake.calls, 'curator:publish')).toBe(refused);

  await typePin(page, FIRST_RUN_PIN);
  await expect(pad).toHaveCount(0);
  await expect(page.locator('.studio-notice')).toContainText('Published at');
  expect(callsOf(fake.calls, 'curator:publish')).toBe(refused + 1);
  expect(fake.saved().heroes[0]?.role.en).toBe('Founder of the first children’s hospice');
});

test('a photo chosen while the session was locked comes in after the PIN', async ({ page }) => {
  const fake = await openStudio(page);
  fake.requirePin();
  await page.locator('[data-testid="photo-file"]').setInputFiles({
    name: 'DSC_0042.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('a photograph, as far as the stand-in cares'),
  });
  const pad = page.locator('.studio-pin');
  await expect(pad).toContainText('the photo for Yeldar Grebnev');
  await typePin(page, FIRST_RUN_PIN);
  await expect(page.locator('.photo-panel__status')).toHaveText(/Photo ready/);
  expect(callsOf(fake.calls, 'photo-upload')).toBe(2);
  await expectSaved(page);
  expect(fake.saved().heroes[0]?.photo.original?.fileName).toBe('yeldar-grebnev.jpg');
});

test('"Not now" does nothing that waited, keeps the typing and says what was not done', async ({
  page,
}) => {
  const fake = await openStudio(page);
  const before = structuredClone(fake.saved());
  fake.requirePin();
  await field(page, 'Name', 'English').fill('Typed during the pause');
  const pad = page.locator('.studio-pin');
  await expect(pad).toContainText('saving your latest changes');
  await pad.getByRole('button', { name: 'Not now' }).click();
  await expect(pad).toHaveCount(0);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(
    'Not done, because the staff PIN was not entered: saving your latest changes.',
  );
  await expect(notice).toContainText('Your typing is kept on this screen');
  await expect(field(page, 'Name', 'English')).toHaveValue('Typed during the pause');
  expect(fake.saved()).toEqual(before);
  await page.screenshot({ path: `${SHOTS}/studio-not-done-1440.png` });

  await notice.getByRole('button', { name: 'Enter the PIN' }).click();
  await typePin(page, FIRST_RUN_PIN);
  await expectSaved(page);
  expect(fake.saved().heroes[0]?.name.en).toBe('Typed during the pause');
});
