// Runs in: main process (also the web preview server).
// The content the kiosk runs: the first load, later reloads, and who is told about them. Reloads run
// one at a time: the folder watcher and staff can ask at the same moment, and a slow read of the
// older file finishing last must not put the older content back on screen (each load starts from
// the one before, so the last to start is the last to finish and reads what is on disk now).
import { join } from 'node:path';
import type { ContentState } from '../../../common/ipc-contract';
import { createListenerSet } from '../listener-set';
import type { Logger } from '../log/logger';
import type { ContentVersions, ServedFile } from './content-versions';
import { createContentVersions } from './content-versions';
import type { ContentLocations } from './load-content';
import { loadContentState } from './load-content';

export interface ContentServiceOptions {
  locations: ContentLocations & { assetBaseUrl: string };
  /** Copies of the content versions still served (content-versions.ts). */
  copiesDir: string;
  /** True while the screen is on its attract loop: new content is then shown at once. */
  rendererOnAttract: () => boolean;
  /** Runs once before the first load (e.g. finishing a content pack install cut short); never rejects. */
  beforeFirstLoad?: () => Promise<void>;
  log: Logger;
}

export interface ContentService {
  /** Last loaded state (an error state until the first load has finished). */
  current(): ContentState;
  /** First load; later calls return the same promise. */
  start(): Promise<ContentState>;
  /** Loads again after any load under way, then tells the listeners. */
  reload(): Promise<ContentState>;
  onChanged(listener: (state: ContentState) => void): () => void;
  /** The renderer is back on its attract loop, so it shows the current content now. */
  rendererSwitched(): void;
  /** A content URL's path after the prefix (`<version>/assets/…`) to a file, or null. */
  servedFile(urlPath: string): ServedFile | null;
  /** Resolves when copies of content versions under way are made (tests). */
  settled(): Promise<void>;
}

export function createContentService(options: ContentServiceOptions): ContentService {
  const { log } = options;
  const listeners = createListenerSet<ContentState>();
  let content: ContentState = {
    status: 'error',
    file: join(options.locations.bundledDir, 'content.json'),
    problems: [{ field: '(file)', message: 'content has not been loaded yet' }],
  };
  let firstLoad: Promise<ContentState> | null = null;
  let lastLoad: Promise<unknown> = Promise.resolve();
  const versions: ContentVersions = createContentVersions({
    baseUrl: options.locations.assetBaseUrl,
    copiesDir: options.copiesDir,
    log,
  });

  /** Queued behind the load before it (which never rejects: loadContentState never throws). */
  function load(): Promise<ContentState> {
    const next = lastLoad.then(async () => {
      const state = await loadContentState({
        ...options.locations,
        lastGood: content.status === 'ready' ? content : undefined,
        log,
      });
      content =
        state.status === 'ready'
          ? await versions.register(state, options.rendererOnAttract())
          : state;
      return content;
    });
    lastLoad = next.catch(() => undefined);
    return next;
  }

  function start(): Promise<ContentState> {
    firstLoad ??= (options.beforeFirstLoad?.() ?? Promise.resolve()).then(load);
    return firstLoad;
  }

  async function reload(): Promise<ContentState> {
    await start();
    const state = await load();
    log.info('content-reloaded', {
      status: state.status,
      ...(state.status === 'ready' ? { source: state.source, hash: state.hash } : {}),
    });
    listeners.emit(state, log, 'content-listener-failed');
    return state;
  }

  return {
    current: () => content,
    start,
    reload,
    onChanged: (listener) => listeners.add(listener),
    rendererSwitched: () => versions.rendererSwitched(),
    servedFile: (urlPath) => versions.resolve(urlPath),
    settled: () => versions.settled(),
  };
}
