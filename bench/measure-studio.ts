// Runs in: Node (tools). The curator's waits in the studio, on the preview's real services: from
// choosing a 6000x4000 camera original (EXIF rotation, GPS) to its portrait crop loaded on screen,
// and from Publish of that one changed hero to the studio saying it is published. Each run uploads
// a new original (the same picture, its run number in the EXIF) to a page opened afresh; Publish is
// pressed as soon as the crop shows, so a 4K portrait still rendering in the background counts.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { FIRST_RUN_PIN } from '../electron/main/staff/pin-store';
import { CAMERA_PHOTO_STORED, writeCameraPhoto } from '../tests/support/camera-photo';
import { openBenchPage } from './browser';
import type { StudioResult } from './results';
import { median } from './stats';

/** The curator's laptop window. */
const STUDIO_VIEWPORT = { width: 1440, height: 900 } as const;
/** Far beyond the target: a run that takes this long has failed. */
const STEP_TIMEOUT_MS = 120_000;

async function openStudio(page: Page, url: string): Promise<void> {
  await page.goto(new URL('/curator', url).href);
  const editor = page.locator('.hero-editor__title');
  const pad = page.locator('.pin-pad');
  await editor.or(pad).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  if (await pad.isVisible()) {
    // A fresh preview: the staff PIN first, as a curator on a kiosk would type it.
    for (const digit of FIRST_RUN_PIN) {
      await pad.getByRole('button', { name: digit, exact: true }).click();
    }
    await pad.locator('.pin-pad__ok').click();
  }
  await editor.waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.locator('.studio-language').getByRole('button', { name: 'English' }).click();
}

/** In the page: when the file input reports the chosen file. */
function recordChoice(previewName: string): void {
  const input = document.querySelector('[data-testid="photo-file"]');
  if (!input) throw new Error('no photo input');
  const crop = document.querySelector<HTMLElement>('.photo-panel__crop--portrait > *');
  // Shown already: the studio has seen these bytes, and the run would measure nothing.
  if (crop?.style.backgroundImage.includes(previewName)) throw new Error('not a new original');
  const bench: { chosenAt?: number } = {};
  (globalThis as { __studioBench?: { chosenAt?: number } }).__studioBench = bench;
  input.addEventListener('change', () => (bench.chosenAt ??= performance.now()), {
    capture: true,
    once: true,
  });
}

/**
 * In the page: ms from the choice until the portrait crop shows `previewName`, that image decoded
 * and the next frame drawn.
 */
async function untilCropShown(args: { previewName: string; timeoutMs: number }): Promise<number> {
  const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
  const giveUpAt = performance.now() + args.timeoutMs;
  for (;;) {
    const refusal = document.querySelector('.photo-panel__status--error');
    if (refusal) throw new Error(`the photo was refused: ${refusal.textContent ?? ''}`);
    const crop = document.querySelector<HTMLElement>(
      '.photo-panel__crop--portrait .photo-panel__crop-image',
    );
    const url = /url\("?([^")]+)"?\)/.exec(crop?.style.backgroundImage ?? '')?.[1];
    if (url?.includes(args.previewName)) {
      const image = new Image();
      image.src = url;
      await image.decode();
      await frame();
      const chosenAt = (globalThis as { __studioBench?: { chosenAt?: number } }).__studioBench
        ?.chosenAt;
      if (chosenAt === undefined) throw new Error('the choice was not seen');
      return performance.now() - chosenAt;
    }
    if (performance.now() > giveUpAt) throw new Error('the crop never showed the new photo');
    await frame();
  }
}

/** In the page: presses Publish; ms until the studio says it is published. */
async function publishAndWait(button: HTMLElement, timeoutMs: number): Promise<number> {
  const startedAt = performance.now();
  button.click();
  for (;;) {
    const notice = document.querySelector('.studio-notice');
    if (notice?.textContent?.includes('Published at')) return performance.now() - startedAt;
    if (notice?.classList.contains('studio-notice--error')) {
      throw new Error(`publish failed: ${notice.textContent ?? ''}`);
    }
    if (performance.now() - startedAt > timeoutMs) throw new Error('publish never finished');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The studio's preview image name for an original: its sha256 (see photo-store.ts). */
async function previewNameOf(file: string): Promise<string> {
  const id = createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
  return `${id.slice(0, 12)}-original.webp`;
}

export async function measureStudio(
  browser: Browser,
  previewUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<StudioResult> {
  const folder = await mkdtemp(join(tmpdir(), 'bench-studio-'));
  const context = await browser.newContext({ viewport: STUDIO_VIEWPORT, deviceScaleFactor: 1 });
  const photoToCropMs: number[] = [];
  const publishMs: number[] = [];
  let photoBytes = 0;
  try {
    const { page } = await openBenchPage(context);
    for (let run = 1; run <= runs; run += 1) {
      const photo = await writeCameraPhoto(join(folder, `DSC_${run}.jpg`), run);
      photoBytes = (await readFile(photo)).length;
      const previewName = await previewNameOf(photo);
      await openStudio(page, previewUrl);
      await page.evaluate(recordChoice, previewName);
      await page.locator('[data-testid="photo-file"]').setInputFiles(photo);
      const cropMs = await page.evaluate(untilCropShown, {
        previewName,
        timeoutMs: STEP_TIMEOUT_MS,
      });
      const published = await page
        .getByRole('button', { name: 'Publish', exact: true })
        .evaluate(publishAndWait, STEP_TIMEOUT_MS);
      photoToCropMs.push(cropMs);
      publishMs.push(published);
      log(
        `  run ${run} of ${runs}: crop on screen ${cropMs.toFixed(0)} ms, published ${published.toFixed(0)} ms`,
      );
    }
  } finally {
    await context.close();
    await rm(folder, { recursive: true, force: true });
  }
  return {
    runs,
    photo: { ...CAMERA_PHOTO_STORED, bytes: photoBytes },
    photoToCropMs: median(photoToCropMs),
    publishMs: median(publishMs),
    runsPhotoToCropMs: photoToCropMs,
    runsPublishMs: publishMs,
  };
}
