// Runs in: Node (vitest). A curator studio over temporary folders: a published content folder (a few
// of the shipped heroes), a working area, and stand-ins for the kiosk's content services that count
// reloads. Tests can hand in a file system that fails, and a file the "dialog" chooses.
import { readFile } from 'node:fs/promises';
import { afterEach } from 'vitest';
import { cameraPhoto } from '../../../support/camera-photo';
import { join } from 'node:path';
import type { ContentState } from '../../../../common/ipc-contract';
import type { DraftContent } from '../../../../common/curator-contract';
import type { CuratorFs } from '../../../../electron/main/curator/curator-fs';
import { nodeFs } from '../../../../electron/main/curator/curator-fs';
import type { CuratorStudio } from '../../../../electron/main/curator/curator-studio';
import { createCuratorStudio } from '../../../../electron/main/curator/curator-studio';
import type { PublishHooks } from '../../../../electron/main/curator/publish-content';
import { loadContentState } from '../../../../electron/main/content/load-content';
import { silentLogger } from '../../../../electron/main/log/logger';
import {
  createContentFolder,
  makeTempDir,
  removeDir,
  REPOSITORY_ROOT,
} from '../../content/support/content-folder';

export interface StudioFixture {
  studio: CuratorStudio;
  targetDir: string;
  workDir: string;
  reloads: () => number;
  /** The bytes of the published content.json, '' when there is none. */
  publishedBytes: () => Promise<string>;
}

export interface StudioFixtureOptions {
  /** Heroes in the published folder (default 3); 0: an empty override folder (bundled content). */
  heroes?: number;
  fs?: CuratorFs;
  chooseFile?: () => Promise<string | null>;
  chooseFolder?: () => Promise<string | null>;
  publishHooks?: PublishHooks;
  now?: () => number;
}

export async function createStudioFixture(
  options: StudioFixtureOptions = {},
): Promise<StudioFixture> {
  const heroes = options.heroes ?? 3;
  const targetDir =
    heroes > 0 ? await createContentFolder({ heroes }) : await makeTempDir('override-');
  const workDir = await makeTempDir('studio-work-');
  let state: ContentState = await loadContentState({
    overrideDir: targetDir,
    bundledDir: REPOSITORY_ROOT,
    assetBaseUrl: '/content/',
  });
  let reloads = 0;
  const services = {
    currentContent: () => state,
    async reloadContent() {
      reloads += 1;
      state = await loadContentState({
        overrideDir: targetDir,
        bundledDir: REPOSITORY_ROOT,
        assetBaseUrl: '/content/',
      });
      return state;
    },
  };
  const studio = createCuratorStudio({
    targetDir,
    workDir,
    services,
    log: silentLogger,
    fs: options.fs ?? nodeFs,
    chooseFile: options.chooseFile,
    chooseFolder: options.chooseFolder,
    publishHooks: options.publishHooks,
    now: options.now,
  });
  return {
    studio,
    targetDir,
    workDir,
    reloads: () => reloads,
    publishedBytes: () => readFile(join(targetDir, 'content.json'), 'utf8').catch(() => ''),
  };
}

/** A file system that throws ENOSPC from every write once `full()` is called. */
export function fillableFs(): { fs: CuratorFs; full(): void } {
  let isFull = false;
  const fail = async (): Promise<never> => {
    const error = new Error('ENOSPC: no space left on device, write') as NodeJS.ErrnoException;
    error.code = 'ENOSPC';
    throw error;
  };
  return {
    fs: {
      ...nodeFs,
      writeFile: (path, data) => (isFull ? fail() : nodeFs.writeFile(path, data)),
      copyFile: (from, to) => (isFull ? fail() : nodeFs.copyFile(from, to)),
    },
    full: () => {
      isFull = true;
    },
  };
}

/** Every image file a published content.json names, with its bytes. */
export async function publishedFiles(targetDir: string): Promise<Map<string, string>> {
  const text = await readFile(join(targetDir, 'content.json'), 'utf8');
  const content = JSON.parse(text) as { heroes: { photo: Record<string, unknown> }[] };
  const files = new Map<string, string>([['content.json', text]]);
  for (const hero of content.heroes) {
    for (const key of ['portrait', 'portrait4k', 'thumbnail']) {
      const path = hero.photo[key];
      if (typeof path === 'string') {
        files.set(path, (await readFile(join(targetDir, path))).toString('base64'));
      }
    }
  }
  return files;
}

/** Edits a draft copy: `edit` gets a deep copy to change. */
export function edited(draft: DraftContent, edit: (draft: DraftContent) => void): DraftContent {
  const copy = structuredClone(draft);
  edit(copy);
  return copy;
}

/** The draft's hero at `index`, failing the test when there is none. */
export function heroAt(draft: DraftContent, index: number): DraftContent['heroes'][number] {
  const hero = draft.heroes[index];
  if (!hero) throw new Error(`the draft has no hero ${index}`);
  return hero;
}

/** Opens, applies `edit` to the draft (with a new photo for hero 1 when asked) and saves. */
export async function saveEdited(
  fixture: StudioFixture,
  edit: (draft: DraftContent) => void,
  withPhoto = false,
): Promise<number> {
  const opened = await fixture.studio.handlers['curator:open'](undefined);
  const photo = withPhoto
    ? await fixture.studio.importPhoto('daniil-kim', 'portrait.jpg', await cameraPhoto())
    : null;
  if (photo && !photo.ok) throw new Error(`photo refused: ${photo.reason}`);
  const draft = edited(opened.workingCopy.content, (d) => {
    if (photo?.ok) {
      const hero = heroAt(d, 1);
      hero.photo = { ...hero.photo, ...photo.photo };
      delete hero.photo.portrait4k;
    }
    edit(d);
  });
  const saved = await fixture.studio.handlers['curator:save']({
    baseRevision: opened.workingCopy.revision,
    content: draft,
  });
  if (!saved.ok) throw new Error(`save refused: ${saved.reason}`);
  return saved.revision;
}

/** A fixture maker for a test file: every fixture it made is removed after each test. */
export function studioFixtures(): (options?: StudioFixtureOptions) => Promise<StudioFixture> {
  const made: StudioFixture[] = [];
  afterEach(async () => {
    for (const fixture of made.splice(0)) {
      // A 4K portrait still rendering in the background would write into a folder being removed.
      await fixture.studio.rendersSettled();
      await removeDir(fixture.targetDir);
      await removeDir(fixture.workDir);
    }
  });
  return async (options) => {
    const fixture = await createStudioFixture(options);
    made.push(fixture);
    return fixture;
  };
}
