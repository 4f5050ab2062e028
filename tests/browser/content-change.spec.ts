// Runs in: Node (Playwright). New content from the main process (the curator's folder changed, or
// staff reloaded it) in the real renderer: a visitor reading a story keeps what they are reading, and
// the new content appears when the screen is back on its attract loop. The page gets a stand-in for
// the preload bridge (`window.kiosk`) that answers over the preview's HTTP API like the real one and
// lets the test push `content:changed` as main would. Main's side (the folder watcher, the reload,
// the event) is tested in tests/unit.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { ContentState } from '../../common/ipc-contract';
import {
  attractSurface,
  enterCarousel,
  failOnPageProblems,
  loadContent,
} from './support/kiosk-page';

failOnPageProblems();

/** `window.kiosk` as the preload builds it, over HTTP, plus a way for the test to push content. */
async function standInForPreload(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const listeners = new Set<(state: unknown) => void>();
    const post = (path: string, body: unknown) =>
      fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const invoke = async (channel: string, request?: unknown) =>
      (await post(`/api/invoke/${channel}`, { request })).json();
    const send = (channel: string) => (message: unknown) => {
      void post(`/api/send/${channel}`, { message });
    };
    const host = window as unknown as Record<string, unknown>;
    host.__pushContent = (state: unknown) => listeners.forEach((listener) => listener(state));
    host.kiosk = {
      content: {
        get: () => invoke('content:get'),
        onChanged: (listener: (state: unknown) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
      kiosk: {
        reportMode: send('kiosk:mode'),
        reportError: send('log:renderer-error'),
        reportFramesStalled: send('kiosk:frames-stalled'),
      },
      stats: { record: send('stats:event') },
      staff: {
        unlock: (pin: string) => invoke('staff:unlock', { pin }),
        lock: () => invoke('staff:lock'),
        status: () => invoke('staff:status'),
        stats: () => invoke('staff:stats'),
        reloadContent: () => invoke('staff:reload-content'),
        changePin: (current: string, next: string) => invoke('staff:change-pin', { current, next }),
        exportStats: () => invoke('staff:export-stats'),
        quit: () => invoke('staff:quit'),
      },
    };
  });
}

const pushContent = (page: Page, state: ContentState) =>
  page.evaluate((next) => {
    (window as unknown as { __pushContent(state: unknown): void }).__pushContent(next);
  }, state);

test('new content waits while a visitor reads, and shows once the screen is back on its attract loop', async ({
  page,
}) => {
  const content = await loadContent(page);
  const current = (await (
    await page.request.post('/api/invoke/content:get', { data: { request: undefined } })
  ).json()) as ContentState;
  if (current.status !== 'ready') throw new Error('the preview has no valid content');
  const oldTitle = content.exhibition.title.kk;
  // The same content with its title marked as a new version: no hero is touched.
  const newTitle = `${oldTitle} (v2)`;
  const next: ContentState = {
    ...current,
    hash: 'new-version',
    content: {
      ...current.content,
      exhibition: {
        ...current.content.exhibition,
        title: { ...current.content.exhibition.title, kk: newTitle },
      },
    },
  };

  await standInForPreload(page);
  await page.clock.install();
  await page.goto('/');
  await enterCarousel(page);
  await page.getByRole('button', { name: 'Тарихын оқу' }).tap();
  const story = page.getByRole('dialog');
  await expect(story).toBeVisible();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.clock.runFor(1000);

  await pushContent(page, next);
  // Held: the story stays open, the carousel keeps the title it had.
  await page.clock.runFor(2000);
  await expect(story).toBeVisible();
  await expect(page.locator('.carousel__title')).toContainText(oldTitle);
  await expect(page.locator('.carousel__title')).not.toContainText(newTitle);

  // Nobody touches the screen: the warning, then the attract loop, with the new title.
  const { idleTimeoutSeconds, warningSeconds } = content.settings;
  await page.clock.fastForward(idleTimeoutSeconds * 1000);
  await page.clock.runFor(500);
  await page.clock.fastForward(warningSeconds * 1000);
  await page.clock.runFor(2500);
  await expect(attractSurface(page)).toBeVisible();
  await expect(page.locator('.attract__name--0')).toHaveText(newTitle);
  await enterCarousel(page);
  await expect(page.locator('.carousel__title')).toContainText(newTitle);

  // On the attract loop nobody is interrupted: the next change shows at once.
  await page.clock.fastForward((idleTimeoutSeconds + warningSeconds) * 1000);
  await page.clock.runFor(2500);
  await expect(attractSurface(page)).toBeVisible();
  await pushContent(page, current);
  await expect(page.locator('.attract__name--0')).toHaveText(oldTitle);
});
