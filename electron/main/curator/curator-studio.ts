// Runs in: main process (also the web preview server). The curator studio's services behind the
// curator:* channels: the working copy, photographs and focal points, publish and restore. Electron's
// IPC and the preview's HTTP API both reach it through KioskServices, after the staff PIN.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { ContentState } from '../../../common/ipc-contract';
import { ContentSchema } from '../../../common/content-schema';
import type {
  CuratorChecks,
  CuratorOpenResult,
  DraftContent,
  DraftOriginal,
  PhotoProgress,
  PublishedInfo,
} from '../../../common/curator-contract';
import { CURATOR_MEDIA_PREFIX, MAX_DRAFT_BYTES } from '../../../common/curator-constants';
import type { CuratorHandlers, CuratorParts } from '../kiosk-services';
import type { Logger } from '../log/logger';
import { checkDraft } from './curator-checks';
import type { CuratorFs } from './curator-fs';
import { nodeFs, writeFailure } from './curator-fs';
import { contentCandidate, draftFromContent } from './draft-content';
import { assignHeroIds } from './hero-ids';
import { sizeRefusal } from './photo-check';
import { createCsvImportChannel } from './csv-import-channel';
import { createPhotoStore } from './photo-store';
import type { PublishHooks } from './publish-content';
import { canRestorePrevious, publishContent, restorePreviousContent } from './publish-content';
import { findMediaFile, readPublishedFolder, recordPublish } from './published-folder';
import type { StoredWorkingCopy } from './working-copy';
import { createWorkingCopyStore, WORKING_COPY_FILE } from './working-copy';

export interface CuratorStudioOptions {
  /** The folder Publish writes to: the user-data override folder, or --content-dir. */
  targetDir: string;
  /** The studio's own folder (working copy, originals, renders, the previous content). */
  workDir: string;
  /** The running kiosk's content and its reload (the kiosk shows new content at its attract loop). */
  services: { reloadContent(): Promise<ContentState>; currentContent(): ContentState };
  /** Electron: the system file dialog, resolving the chosen file's path or null. Absent: upload. */
  chooseFile?: () => Promise<string | null>;
  /** Electron: the system folder dialog for the CSV import. Absent: the preview's upload. */
  chooseFolder?: () => Promise<string | null>;
  log: Logger;
  fs?: CuratorFs;
  now?: () => number;
  publishHooks?: PublishHooks;
}

/** The studio's channels, the preview's upload, and its image lookup (see KioskServices). */
export type CuratorStudio = CuratorParts & {
  /** Resolves once no background render (the 4K portraits) is running or waiting (tests). */
  rendersSettled(): Promise<void>;
};

/** The studio's working area for one content folder: under the user data, one per folder. */
export function studioWorkDir(userDataDir: string, targetDir: string): string {
  const folderKey = createHash('sha256').update(resolve(targetDir)).digest('hex').slice(0, 12);
  return join(userDataDir, 'studio', folderKey);
}

export function createCuratorStudio(options: CuratorStudioOptions): CuratorStudio {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? Date.now;
  const { targetDir, workDir, services, log } = options;
  const folders = { fs, targetDir, workDir };
  const store = createWorkingCopyStore({ dir: workDir, fs, now });
  const photos = createPhotoStore({ workDir, fs });
  let progress: PhotoProgress | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const sizes = new Map<string, number>();

  /** One working-copy operation at a time: a second save waits and then sees the new revision. */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  const running = () => {
    const state = services.currentContent();
    return state.status === 'ready' ? state : null;
  };
  const mediaFolders = (copy?: StoredWorkingCopy): string[] =>
    [photos.mediaDir, targetDir, copy?.seedDir, running()?.directory].filter(
      (folder): folder is string => typeof folder === 'string',
    );

  /** What is published now, and the ids in it (they never change again). */
  async function readPublished(): Promise<{ info: PublishedInfo; ids: Set<string> }> {
    const published = await readPublishedFolder(fs, targetDir, workDir);
    return {
      info: {
        hash: published.hash,
        publishedAt: published.publishedAt,
        source: running()?.source ?? 'none',
        directory: targetDir,
      },
      // The kiosk's running content counts too: the bundled heroes are published by the installer.
      ids: new Set(
        [...(published.content?.heroes ?? []), ...(running()?.content.heroes ?? [])].map(
          (hero) => hero.id,
        ),
      ),
    };
  }

  async function fileSizes(copy: StoredWorkingCopy): Promise<Map<string, number>> {
    for (const hero of copy.content.heroes) {
      for (const path of [hero.photo.portrait, hero.photo.portrait4k, hero.photo.thumbnail]) {
        if (!path || sizes.has(path)) continue;
        const file = await findMediaFile(fs, mediaFolders(copy), path);
        if (file) sizes.set(path, (await fs.stat(file)).size);
      }
    }
    return sizes;
  }

  async function checksOf(copy: StoredWorkingCopy): Promise<CuratorChecks> {
    return checkDraft(copy.content, new Map(Object.entries(copy.ids)), await fileSizes(copy));
  }

  /** A new working copy from what is published here, else from what the kiosk runs. */
  async function startDraft(): Promise<StoredWorkingCopy> {
    const published = await readPublishedFolder(fs, targetDir, workDir);
    const source = published.content ?? running()?.content;
    if (!source) throw new Error('there is no valid content to start the studio from');
    const originals = new Map<string, DraftOriginal>();
    for (const hero of source.heroes) {
      const original = await photos.originalOfPortrait(hero.photo.portrait);
      if (original) originals.set(hero.photo.portrait, original);
    }
    const copy: StoredWorkingCopy = {
      revision: 1,
      savedAt: now(),
      content: draftFromContent(source, originals),
      ids: Object.fromEntries(source.heroes.map((hero) => [hero.id, hero.id])),
      basedOnHash: published.hash,
      seedDir: published.content ? targetDir : (running()?.directory ?? targetDir),
    };
    await store.write(copy);
    return copy;
  }

  async function loadCopy(): Promise<StoredWorkingCopy> {
    const read = await store.read();
    if (read.status === 'ok') return read.copy;
    if (read.status === 'damaged')
      log.warn('curator-working-copy-damaged', { keptAs: read.keptAs });
    return startDraft();
  }

  async function openResult(copy: StoredWorkingCopy): Promise<CuratorOpenResult> {
    const published = (await readPublished()).info;
    return {
      workingCopy: { content: copy.content, revision: copy.revision, savedAt: copy.savedAt },
      published,
      publishedChangedSinceDraft: copy.basedOnHash !== published.hash,
      canRestorePrevious: await canRestorePrevious(folders),
      checks: await checksOf(copy),
      assetBaseUrl: CURATOR_MEDIA_PREFIX,
      heroIds: copy.ids,
      photoInput: options.chooseFile ? 'dialog' : 'upload',
    };
  }

  const workingCopyOf = (copy: StoredWorkingCopy) => ({
    content: copy.content,
    revision: copy.revision,
    savedAt: copy.savedAt,
  });

  async function importPhoto(heroKey: string, fileName: string, source: Buffer) {
    if (progress) return { ok: false, reason: 'busy' } as const;
    progress = { heroKey, fileName, stage: 'checking', fraction: 0 };
    try {
      return await photos.importPhoto(source, fileName, (stage, fraction) => {
        progress = { heroKey, fileName, stage, fraction };
      });
    } finally {
      progress = null;
    }
  }

  async function save(baseRevision: number, content: DraftContent) {
    const bytes = store.sizeOf(content);
    if (bytes > MAX_DRAFT_BYTES) {
      return { ok: false, reason: 'too-large', bytes, maxBytes: MAX_DRAFT_BYTES } as const;
    }
    return serial(async () => {
      const copy = await loadCopy();
      if (baseRevision !== copy.revision) {
        return {
          ok: false,
          reason: 'conflict',
          current: workingCopyOf(copy),
          heroIds: copy.ids,
        } as const;
      }
      const { ids: publishedIds } = await readPublished();
      const ids = assignHeroIds(content.heroes, {
        publishedIds,
        previous: new Map(Object.entries(copy.ids)),
      });
      const next: StoredWorkingCopy = {
        ...copy,
        revision: copy.revision + 1,
        savedAt: now(),
        content: {
          ...content,
          heroes: content.heroes.map((hero) => ({ ...hero, id: ids.get(hero.key) ?? hero.id })),
        },
        ids: Object.fromEntries(ids),
      };
      try {
        await store.write(next);
      } catch (error) {
        log.error('curator-save-failed', { error: String(error) });
        return writeFailure(error);
      }
      return {
        ok: true,
        revision: next.revision,
        savedAt: next.savedAt,
        checks: await checksOf(next),
        heroIds: next.ids,
      } as const;
    });
  }

  async function publish(baseRevision: number) {
    return serial(async () => {
      const copy = await loadCopy();
      if (baseRevision !== copy.revision) {
        return { ok: false, reason: 'conflict', current: workingCopyOf(copy) } as const;
      }
      const checks = await checksOf(copy);
      if (!checks.canPublish) return { ok: false, reason: 'problems', checks } as const;
      try {
        const candidate = contentCandidate(copy.content, new Map(Object.entries(copy.ids))) as {
          heroes: { photo: { portrait4k?: string } }[];
        };
        // "Renders what is pending": the 4K portraits, rendered in the background since the photo
        // came or its focal point moved; one still under way is waited for, a failed one tried again.
        for (const [index, hero] of copy.content.heroes.entries()) {
          const original = hero.photo.original;
          if (!original?.pending4k) continue;
          const path = await photos.render4k(original, hero.photo.focalPoint);
          const photo = candidate.heroes[index]?.photo;
          if (path && photo) photo.portrait4k = path;
        }
        const content = ContentSchema.parse(candidate);
        await publishContent(
          folders,
          content,
          (path) => findMediaFile(fs, mediaFolders(copy), path),
          options.publishHooks,
        );
        await recordPublish(fs, workDir, now());
      } catch (error) {
        log.error('curator-publish-failed', { error: String(error) });
        return writeFailure(error);
      }
      log.info('curator-published', { revision: copy.revision });
      await services.reloadContent();
      return { ok: true, published: (await readPublished()).info, checks } as const;
    });
  }

  async function restorePrevious() {
    return serial(async () => {
      try {
        if (!(await restorePreviousContent(folders))) {
          return { ok: false, reason: 'nothing-to-restore' } as const;
        }
      } catch (error) {
        log.error('curator-restore-failed', { error: String(error) });
        return writeFailure(error);
      }
      log.info('curator-restored-previous');
      await services.reloadContent();
      return { ok: true, published: (await readPublished()).info } as const;
    });
  }

  const csv = createCsvImportChannel({
    fs,
    photos,
    chooseFolder: options.chooseFolder,
    current: async () => workingCopyOf(await serial(loadCopy)),
    save,
    progress: { get: () => progress, set: (next) => (progress = next) },
    log,
  });

  const handlers: CuratorHandlers = {
    'curator:open': () => serial(async () => openResult(await loadCopy())),
    'curator:save': (request) => save(request.baseRevision, request.content),
    'curator:discard-draft': () =>
      serial(async () => {
        // Set aside, not deleted: "nothing already saved is lost".
        const discarded = join(workDir, `working-copy.discarded-${now()}.json`);
        await fs.rename(join(workDir, WORKING_COPY_FILE), discarded).catch(() => undefined);
        return openResult(await startDraft());
      }),
    'curator:choose-photo': async (request) => {
      if (!options.chooseFile) return { ok: false, reason: 'unavailable' };
      if (progress) return { ok: false, reason: 'busy' };
      const file = await options.chooseFile();
      if (file === null) return { ok: false, reason: 'cancelled' };
      try {
        const refusal = sizeRefusal((await fs.stat(file)).size);
        if (refusal) return refusal;
        const name = file.split(/[\\/]/).pop() ?? 'photo';
        return await importPhoto(request.heroKey, name, await fs.readFile(file));
      } catch {
        return { ok: false, reason: 'read-failed' };
      }
    },
    'curator:photo-progress': async () => progress,
    'curator:set-focal-point': (request) =>
      photos.setFocalPoint(request.originalId, request.focalPoint),
    'curator:publish': (request) => publish(request.baseRevision),
    'curator:restore-previous': () => restorePrevious(),
    'curator:import-csv': (request) => csv.importFromDialog(request.baseRevision),
  };

  return {
    handlers,
    importPhoto,
    rendersSettled: () => photos.settled(),
    importCsvUpload: csv.importUpload,
    async resolveMediaFile(urlPath) {
      const copy = await store.read();
      return findMediaFile(fs, mediaFolders(copy.status === 'ok' ? copy.copy : undefined), urlPath);
    },
  };
}
