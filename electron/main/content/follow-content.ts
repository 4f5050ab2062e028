// Runs in: main process (also the web preview server).
// Keeps the kiosk in step with its content folder as something else fills it: a USB copy, robocopy,
// a sync tool, a content pack swapped in. A change reloads; a reload refused because files the new
// content.json names are not there yet (content.json came first, the images are still arriving) is
// tried again with a growing delay, so the images landing are picked up even if the watcher saw the
// folder settle too early. Meanwhile the loader keeps the last good content on screen: a
// half-delivered folder is never shown.
import type { ContentProblem, ContentProblemCode } from '../../../common/content-schema';
import type { ContentState } from '../../../common/ipc-contract';
import type { Logger } from '../log/logger';
import { watchContentFolder } from './watch-content';

/** Waits before each retry; the last one repeats. */
export const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 15_000, 30_000, 60_000];
/** A delivery that has not progressed for this long is given up on (the watcher still looks). */
export const GIVE_UP_AFTER_MS = 30 * 60_000;

/** Refusals that a delivery still under way explains: files missing, or held open by the copier. */
const STILL_ARRIVING: ReadonlySet<ContentProblemCode> = new Set<ContentProblemCode>([
  'folder-missing',
  'image-not-found',
  'image-not-a-file',
  'file-unreadable',
]);

function allStillArriving(problems: readonly ContentProblem[]): boolean {
  return (
    problems.length > 0 &&
    problems.every(
      (problem) => problem.reason !== undefined && STILL_ARRIVING.has(problem.reason.code),
    )
  );
}

/** True when the newest content.json was refused only for files that may still be on their way. */
export function isStillArriving(state: ContentState): boolean {
  if (state.status === 'error') return allStillArriving(state.problems);
  return (state.warningDetails ?? []).some(
    (warning) => warning.code === 'file-refused' && allStillArriving(warning.problems),
  );
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface FollowContentOptions {
  dir: string;
  /** KioskServices.reloadContent: loads, keeps the last good content, tells the renderer. */
  reload: () => Promise<ContentState>;
  log: Logger;
  /** Injected in tests (fake folder events); default watchContentFolder. */
  watch?: (dir: string, onChange: () => void) => () => void;
  timers?: Timers;
  now?: () => number;
}

export interface ContentFollower {
  /** Looks at a state loaded elsewhere (the first load): a delivery under way is retried too. */
  check(state: ContentState): void;
  stop(): void;
}

export function followContentFolder(options: FollowContentOptions): ContentFollower {
  const { log } = options;
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
  const now = options.now ?? Date.now;
  let stopped = false;
  let retry: unknown = null;
  let attempts = 0;
  let waitingSince: number | null = null;

  const cancelRetry = (): void => {
    if (retry !== null) timers.clearTimeout(retry);
    retry = null;
  };

  const afterLoad = (state: ContentState): void => {
    if (stopped) return;
    if (!isStillArriving(state)) {
      if (waitingSince !== null) log.info('content-delivery-complete', { attempts });
      attempts = 0;
      waitingSince = null;
      return;
    }
    waitingSince ??= now();
    if (now() - waitingSince >= GIVE_UP_AFTER_MS) {
      log.warn('content-delivery-given-up', { dir: options.dir, attempts });
      attempts = 0;
      waitingSince = null;
      return;
    }
    const delayMs = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length - 1)] ?? 60_000;
    attempts += 1;
    log.info('content-delivery-incomplete', { dir: options.dir, retryInMs: delayMs, attempts });
    cancelRetry();
    retry = timers.setTimeout(() => {
      retry = null;
      load();
    }, delayMs);
  };

  const load = (): void => {
    void options.reload().then(afterLoad, (error: unknown) => {
      log.error('content-reload-failed', { error: String(error) });
    });
  };

  const stopWatching = (options.watch ?? watchContentFolder)(options.dir, () => {
    if (stopped) return;
    log.info('content-folder-changed', { dir: options.dir });
    // Something moved: the delivery is progressing, so the backoff starts again from the shortest.
    cancelRetry();
    attempts = 0;
    waitingSince = null;
    load();
  });

  return {
    check: afterLoad,
    stop() {
      stopped = true;
      cancelRetry();
      stopWatching();
    },
  };
}
