// Runs in: Node (Playwright). New content that arrives while a visitor is mid-session, delivered as
// a content pack is (the whole override folder swapped for a new one, the old one deleted): the
// visitor's cards keep their own photographs (no blank card, no new photograph on an old card) and
// the new content, with its new photographs, shows once the screen is back on its attract loop.
// The test runs a preview of its own (its own user-data and override folder, a free port), so the
// folder watcher, the reload, the push to the page and the versioned URLs are all the real ones.
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page, Response } from '@playwright/test';
import type { ContentState } from '../../common/ipc-contract';
import { silentLogger } from '../../electron/main/log/logger';
import { startPreviewApp } from '../../tools/preview-app';
import type { PreviewApp } from '../../tools/preview-app';
import { createContentFolder, REPOSITORY_ROOT } from '../unit/content/support/content-folder';
import { attractSurface, enterCarousel, swipe, watchPage } from './support/kiosk-page';

const HEROES = 8;
const NEW_TITLE = 'Heroes of Children: second edition';
const slowDragLeft = { fromX: 900, toX: 380, y: 960, steps: 16, stepMs: 20, holdMs: 250 };

let root: string;
let app: PreviewApp;
let overrideDir: string;
let stagedDir: string;

type Ready = Extract<ContentState, { status: 'ready' }>;
const ready = (): Ready => {
  const state = app.services.currentContent();
  if (state.status !== 'ready') throw new Error('the preview has no content');
  return state;
};

const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

test.beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'content-versions-'));
  const userDataDir = join(root, 'user-data');
  overrideDir = join(userDataDir, 'content');
  stagedDir = join(root, 'staged');
  await createContentFolder({ into: overrideDir, heroes: HEROES });
  // The new pack: a new title, and every portrait another hero's, so an old card showing a new
  // photograph would be seen.
  await createContentFolder({
    into: stagedDir,
    heroes: HEROES,
    mutate: (content) => {
      content.exhibition.title.en = NEW_TITLE;
      content.exhibition.title.kk = NEW_TITLE;
      content.exhibition.title.ru = NEW_TITLE;
    },
  });
  app = await startPreviewApp({
    port: 0,
    rendererDir: join(REPOSITORY_ROOT, 'dist', 'renderer'),
    bundledDir: REPOSITORY_ROOT,
    userDataDir,
    version: 'test',
    log: silentLogger,
  });
  const portraits = ready().content.heroes.map((hero) => hero.photo.portrait);
  for (const [index, portrait] of portraits.entries()) {
    const other = portraits[(index + 1) % portraits.length] ?? portrait;
    await copyFile(join(REPOSITORY_ROOT, other), join(stagedDir, portrait));
  }
  await app.services.contentSettled(); // the first version's copy is made
});

test.afterAll(async () => {
  await app.services.contentSettled();
  await app.close();
  await rm(root, { recursive: true, force: true });
});

/** Every content image the page received: its URL path, status and the sha256 of its bytes. */
function recordImages(page: Page): Array<{ path: string; status: number; sha: Promise<string> }> {
  const seen: Array<{ path: string; status: number; sha: Promise<string> }> = [];
  page.on('response', (response: Response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/content/')) return;
    const body = response.status() === 200 ? response.body().then(sha) : Promise.resolve('');
    seen.push({ path, status: response.status(), sha: body.catch(() => '') });
  });
  return seen;
}

/** The sha256 of each image file as a version names it (its own copy, made from its folder). */
async function bytesOf(folder: string, state: Ready): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const hero of state.content.heroes) {
    for (const path of [hero.photo.portrait, hero.photo.thumbnail, hero.photo.portrait4k]) {
      if (path) files.set(`${state.assetBaseUrl}${path}`, sha(await readFile(join(folder, path))));
    }
  }
  return files;
}

test('a visitor mid-session keeps their photographs when a new pack arrives; the new ones show at the attract loop', async ({
  page,
}) => {
  const origin = new URL(app.url).origin;
  const problems = watchPage(page, origin);
  const images = recordImages(page);
  const before = ready();
  const oldBytes = await bytesOf(overrideDir, before);

  await page.clock.install();
  await page.goto(app.url);
  await enterCarousel(page);
  await swipe(page, slowDragLeft);
  await expect(page.locator('.carousel__counter-current')).toHaveText('2');

  // A second connection to the page's event stream: it hears the new content when the page does.
  const pushed = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const events = new EventSource('/api/events');
        events.addEventListener('content', () => {
          events.close();
          resolve();
        });
      }),
  );
  // The pack is installed as the content-pack install does it: staged, swapped in, the old deleted.
  await rename(overrideDir, join(root, 'previous'));
  await rename(stagedDir, overrideDir);
  await rm(join(root, 'previous'), { recursive: true, force: true });
  await pushed;
  const after = ready();
  expect(after.content.exhibition.title.en).toBe(NEW_TITLE);
  expect(after.assetBaseUrl).not.toBe(before.assetBaseUrl);
  const swappedAt = images.length;

  // The visitor goes on: the cards they move to load their photographs from the old version.
  for (const expected of ['3', '4', '5']) {
    await swipe(page, slowDragLeft);
    await expect(page.locator('.carousel__counter-current')).toHaveText(expected);
  }
  await expect(page.locator('.carousel__title')).not.toContainText(NEW_TITLE);
  const duringSession = images.slice(swappedAt);
  expect(duringSession.length, 'photographs loaded after the swap').toBeGreaterThan(0);
  for (const image of duringSession) {
    expect(image.status, image.path).toBe(200);
    expect(image.path.startsWith(before.assetBaseUrl), image.path).toBe(true);
    expect(await image.sha, image.path).toBe(oldBytes.get(image.path));
  }

  // Nobody touches the screen: the warning, the attract loop, and the new pack with its photographs.
  const { idleTimeoutSeconds, warningSeconds } = before.content.settings;
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.clock.fastForward(idleTimeoutSeconds * 1000);
  await page.clock.runFor(500);
  await page.clock.fastForward(warningSeconds * 1000);
  await page.clock.runFor(2500);
  await expect(attractSurface(page)).toBeVisible();
  await expect(page.locator('.attract__name--0')).toHaveText(NEW_TITLE);
  const newBytes = await bytesOf(overrideDir, after);
  const attractImage = page.locator('.attract__slide img').first();
  await expect(attractImage).toHaveJSProperty('complete', true);
  const shown = new URL(await attractImage.evaluate((img: HTMLImageElement) => img.currentSrc));
  expect(shown.pathname.startsWith(after.assetBaseUrl)).toBe(true);
  const answer = await page.request.get(shown.href);
  expect(sha(await answer.body())).toBe(newBytes.get(shown.pathname));

  // Every content answer was a photograph: no blank card anywhere.
  for (const image of images) expect(image.status, image.path).toBe(200);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});
