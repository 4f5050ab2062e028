// Runs in: Node (vitest). A content folder delivered in pieces into the override folder, as robocopy
// or a sync tool does it: content.json lands first, the images later. The kiosk keeps its last good
// content meanwhile (the half-delivered folder is never shown) and takes the new content once the
// images are there. Real files, the real loader and services, a fast watcher.
import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentState } from '../../../common/ipc-contract';
import { followContentFolder } from '../../../electron/main/content/follow-content';
import type { ContentFollower } from '../../../electron/main/content/follow-content';
import { watchContentFolder } from '../../../electron/main/content/watch-content';
import { createKioskServices } from '../../../electron/main/kiosk-services';
import type { KioskServices } from '../../../electron/main/kiosk-services';
import { silentLogger } from '../../../electron/main/log/logger';
import { createContentFolder, makeTempDir, removeDir } from './support/content-folder';

let root: string;
let services: KioskServices;
let follower: ContentFollower;
const seen: ContentState[] = [];

const titleOf = (state: ContentState): string =>
  state.status === 'ready' ? state.content.exhibition.title.en : `(${state.status})`;

beforeEach(async () => {
  root = await makeTempDir('delivery-');
  const bundledDir = await createContentFolder({ into: join(root, 'bundled') });
  services = createKioskServices({
    userDataDir: join(root, 'user-data'),
    version: '1',
    content: {
      overrideDir: join(root, 'user-data', 'content'),
      bundledDir,
      assetBaseUrl: '/content/',
    },
    log: silentLogger,
    canQuit: false,
    quit: () => undefined,
    health: () => ({ startedAt: 0, restarts: 0, lastCrashReason: null }),
  });
  seen.length = 0;
  services.onContentChanged((state) => seen.push(state));
  follower = followContentFolder({
    dir: join(root, 'user-data', 'content'),
    reload: () => services.reloadContent(),
    log: silentLogger,
    watch: (dir, onChange) => watchContentFolder(dir, onChange, { intervalMs: 25 }),
  });
  follower.check(await services.start());
});
afterEach(async () => {
  follower.stop();
  await services.contentSettled();
  await services.dispose();
  await removeDir(root);
});

describe('a content folder delivered in pieces', () => {
  it('keeps the last good content until the images land, then shows the new content', async () => {
    expect(titleOf(services.currentContent())).toBe('Heroes of Children');
    const delivery = await createContentFolder({
      into: join(root, 'delivery'),
      mutate: (content) => {
        content.exhibition.title.en = 'Heroes of Children, second edition';
      },
    });
    const overrideDir = join(root, 'user-data', 'content');
    await mkdir(overrideDir, { recursive: true });

    // content.json first: its images are not there, so it is refused and the last good one stays.
    await cp(join(delivery, 'content.json'), join(overrideDir, 'content.json'));
    await expect
      .poll(() => seen.some((state) => state.status === 'ready' && state.warnings.length > 0), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(titleOf(services.currentContent())).toBe('Heroes of Children');

    // Then the images: the new content is taken without anyone touching the kiosk.
    await cp(join(delivery, 'assets'), join(overrideDir, 'assets'), { recursive: true });
    await expect
      .poll(() => titleOf(services.currentContent()), { timeout: 10_000 })
      .toBe('Heroes of Children, second edition');
    const current = services.currentContent();
    expect(current).toMatchObject({ status: 'ready', source: 'override', warnings: [] });
    // Never, in between, anything but the last good content or the whole new one.
    for (const state of seen) {
      expect(state.status).toBe('ready');
      if (state.status === 'ready' && state.source === 'override')
        expect(state.warnings).toEqual([]);
    }
    await rm(delivery, { recursive: true, force: true });
  });
});
