// Runs in: Node (vitest). Each content version's images under a URL of its own, still served (the
// same bytes) after new content has replaced the folder, until the renderer is back on its attract
// loop; only the images a kept version names are ever served.
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentState } from '../../../common/ipc-contract';
import { createContentVersions } from '../../../electron/main/content/content-versions';
import type { ContentVersions } from '../../../electron/main/content/content-versions';
import { loadContentState } from '../../../electron/main/content/load-content';
import { silentLogger } from '../../../electron/main/log/logger';
import { createContentFolder, makeTempDir, removeDir } from './support/content-folder';

type Ready = Extract<ContentState, { status: 'ready' }>;

let root: string;
let overrideDir: string;
let versions: ContentVersions;

async function load(lastGood?: Ready): Promise<Ready> {
  const state = await loadContentState({
    overrideDir,
    bundledDir: join(root, 'missing-bundle'),
    assetBaseUrl: '/content/',
    lastGood,
  });
  if (state.status !== 'ready') throw new Error('content did not load');
  return state;
}

/** What the app:// protocol or the preview would send for `<assetBaseUrl><path>`, or null (404). */
async function served(state: Ready, path: string): Promise<string | null> {
  const urlPath = `${state.assetBaseUrl}${path}`.slice('/content/'.length);
  const answer = versions.resolve(urlPath);
  return answer ? readFile(answer.file, 'utf8') : null;
}

/** A new folder whose first portrait has other bytes, swapped in for the override folder. */
async function swapInNewFolder(): Promise<string> {
  const staged = join(root, 'staged');
  await createContentFolder({
    into: staged,
    mutate: (content) => {
      content.exhibition.title.en = 'Second edition';
    },
  });
  const portrait = (await load()).content.heroes[0]?.photo.portrait ?? '';
  await writeFile(join(staged, portrait), 'the new portrait');
  await rename(overrideDir, join(root, 'old'));
  await rename(staged, overrideDir);
  await rm(join(root, 'old'), { recursive: true, force: true });
  return portrait;
}

beforeEach(async () => {
  root = await makeTempDir('versions-');
  overrideDir = join(root, 'override');
  await createContentFolder({ into: overrideDir });
  versions = createContentVersions({
    baseUrl: '/content/',
    copiesDir: join(root, 'user-data', 'content-versions'),
    log: silentLogger,
  });
});
afterEach(async () => {
  await versions.settled(); // copies still being made would write into the folder being removed
  await removeDir(root);
});

describe('content versions', () => {
  it('serves each version under its own URL, the old one unchanged after the folder was replaced', async () => {
    const first = await versions.register(await load(), true);
    expect(first.assetBaseUrl).toMatch(/^\/content\/[0-9a-f]{16}\/$/);
    const portrait = first.content.heroes[0]?.photo.portrait ?? '';
    const oldBytes = await readFile(join(overrideDir, portrait), 'utf8');
    await versions.settled();

    await swapInNewFolder();
    versions.rendererSwitched(); // (already on the first: changes nothing)
    const second = await versions.register(await load(first), false); // a visitor is here
    expect(second.assetBaseUrl).not.toBe(first.assetBaseUrl);
    expect(await served(first, portrait)).toBe(oldBytes);
    expect(await served(second, portrait)).toBe('the new portrait');

    // Back on the attract loop, the renderer shows the second: the first's URLs and copy are gone.
    versions.rendererSwitched();
    await versions.settled();
    expect(await served(first, portrait)).toBeNull();
    expect(await served(second, portrait)).toBe('the new portrait');
    const copies = await readdir(join(root, 'user-data', 'content-versions'));
    expect(copies).toEqual([second.assetBaseUrl.split('/')[2]]);
  });

  it('keeps the version a visitor started with when several arrive during one session', async () => {
    const first = await versions.register(await load(), true);
    await versions.settled();
    const portrait = await swapInNewFolder();
    const second = await versions.register(await load(first), false);
    await writeFile(join(overrideDir, portrait), 'a third portrait');
    const third = await versions.register(await load(second), false);
    expect(await served(first, portrait)).not.toBeNull();
    expect(await served(second, portrait)).toBeNull(); // never on screen
    expect(await served(third, portrait)).toBe('a third portrait');
  });

  it('never serves a newer image under an older version’s URL, even before its copy is made', async () => {
    const first = await versions.register(await load(), true);
    const portrait = first.content.heroes[0]?.photo.portrait ?? '';
    // No settled(): the copy may not exist yet. The file is rewritten in place (robocopy, Explorer).
    await writeFile(join(overrideDir, portrait), 'rewritten in place, a different length');
    const answer = await served(first, portrait);
    expect(answer === null || answer !== 'rewritten in place, a different length').toBe(true);
  });

  it('keeps the URL of the last good content when new content is refused', async () => {
    const first = await versions.register(await load(), true);
    await rm(join(overrideDir, 'assets'), { recursive: true }); // a delivery under way
    const kept = await versions.register(await load(first), false);
    expect(kept.assetBaseUrl).toBe(first.assetBaseUrl);
  });

  it('serves only the images a kept version names', async () => {
    const first = await versions.register(await load(), true);
    await versions.settled();
    const id = first.assetBaseUrl.split('/')[2] ?? '';
    await writeFile(join(overrideDir, 'notes.txt'), 'private');
    for (const urlPath of [
      `${id}/content.json`,
      `${id}/notes.txt`,
      `${id}/.complete`,
      `${id}/assets`,
      `${id}/../${id}/content.json`,
      `0123456789abcdef/${first.content.heroes[0]?.photo.portrait}`,
      `${first.content.heroes[0]?.photo.portrait}`,
      `${id}`,
      '',
    ]) {
      expect(versions.resolve(urlPath), urlPath).toBeNull();
    }
  });
});
