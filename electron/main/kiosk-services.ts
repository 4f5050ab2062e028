// Runs in: main process (also inside the web preview server, which runs the same services in Node).
// The main process's answers to the renderer: content, visitor statistics and the staff panel. The
// Electron IPC adapter and the preview's HTTP API both call these handlers with payloads already
// validated by parse-ipc, so this file holds the behaviour and neither transport duplicates it.
import { hostname } from 'node:os';
import { join } from 'node:path';
import type {
  ContentState,
  ExportResult,
  FramesStalled,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  KioskMode,
  KioskNameRefusalReason,
  KioskNameResult,
  SendChannel,
  SendMessage,
  StaffStatus,
} from '../../common/ipc-contract';
import { STAFF_ONLY_CHANNELS } from '../../common/ipc-contract';
import { createContentService } from './content/content-service';
import type { ServedFile } from './content/content-versions';
import type { CuratorChannel, PhotoImportResult } from '../../common/curator-contract';
import type { CsvImportResult } from '../../common/curator-csv-contract';
import { CURATOR_CHANNELS } from '../../common/curator-contract';
import type { ContentLocations } from './content/load-content';
import { createPackService } from './content/pack/pack-service';
import { createListenerSet } from './listener-set';
import type { Logger } from './log/logger';
import { createKioskIdentityStore } from './staff/kiosk-identity';
import { createPinStore } from './staff/pin-store';
import { createStaffSession } from './staff/staff-session';
import { exportStats } from './stats/export-stats';
import { defaultRemovableDriveRoots } from './stats/removable-drives';
import { readStatsRecords } from './stats/stats-reader';
import { summarizeStats } from './stats/stats-summary';
import { createStatsWriter } from './stats/stats-writer';

export type InvokeHandlers = {
  [C in InvokeChannel]: (request: InvokeRequest<C>) => Promise<InvokeResponse<C>>;
};
export type SendHandlers = { [C in SendChannel]: (message: SendMessage<C>) => void };
/** The curator studio's handlers (electron/main/curator/), already past the PIN check. */
export type CuratorHandlers = Pick<InvokeHandlers, CuratorChannel>;

/** What the studio hands the services: its channels, and the two things only the preview uses. */
export interface CuratorParts {
  handlers: CuratorHandlers;
  /** The preview's photo upload, from bytes received over HTTP. */
  importPhoto(heroKey: string, fileName: string, source: Buffer): Promise<PhotoImportResult>;
  /** The preview's CSV import, from the uploaded folder (common/csv-upload.ts); `error`: not an upload. */
  importCsvUpload(
    baseRevision: number,
    body: Buffer,
  ): Promise<CsvImportResult | { badUpload: string }>;
  /** The file behind a /curator-media/ path, or null. */
  resolveMediaFile(urlPath: string): Promise<string | null>;
}

export interface KioskServicesOptions {
  /** Settings (PIN hash), stats/ and exports/ live here. */
  userDataDir: string;
  version: string;
  content: ContentLocations & { assetBaseUrl: string };
  log: Logger;
  /** False in the web preview. */
  canQuit: boolean;
  /** Electron: app.quit(); preview: no-op. */
  quit: () => void;
  health: () => { startedAt: number; restarts: number; lastCrashReason: string | null };
  /** The renderer's screen stopped drawing. Electron: the self-healing reloads it; preview: logged only. */
  onFramesStalled?: (report: FramesStalled) => void;
  now?: () => number;
  /** Where stats export looks first (a USB stick's mount point or drive root), in order. */
  removableDriveRoots?: () => string[] | Promise<string[]>;
  /** The kiosk's first name until staff give it one; os.hostname() by default. */
  hostname?: string;
  /** --packs-dir: content packs are also looked for here (besides removable drives). */
  packsDir?: string;
  /**
   * The curator studio, built with the services' reloadContent (electron/main/curator/
   * curator-studio.ts). Without it every curator channel refuses with an error.
   */
  curator?: (services: Pick<KioskServices, 'reloadContent' | 'currentContent'>) => CuratorParts;
}

export interface KioskServices {
  /** Staff-only channels throw StaffLockedError unless unlocked (see STAFF_ONLY_CHANNELS). */
  invoke: InvokeHandlers;
  send: SendHandlers;
  /** Last loaded state (after start()). */
  currentContent(): ContentState;
  /** Loads again and notifies onContentChanged listeners. */
  reloadContent(): Promise<ContentState>;
  onContentChanged(listener: (state: ContentState) => void): () => void;
  /** The file for a content URL (the path after `/content/`): only images a served version names. */
  contentFile(urlPath: string): ServedFile | null;
  /** Resolves when copies of content versions under way are made (tests). */
  contentSettled(): Promise<void>;
  /** From 'kiosk:mode' messages; 'attract' at start. */
  currentMode(): KioskMode;
  onModeChanged(listener: (mode: KioskMode) => void): () => void;
  /** First content load. */
  start(): Promise<ContentState>;
  /** Flushes statistics and stops timers. */
  dispose(): Promise<void>;
  /** The studio's parts that are not channels; importPhoto needs the PIN like the channels. */
  curator: Pick<CuratorParts, 'importPhoto' | 'importCsvUpload' | 'resolveMediaFile'>;
}

export const SETTINGS_FILE_NAME = 'settings.json';
export const STATS_DIR_NAME = 'stats';
/** Copies of the content versions the renderer may still show (content/content-versions.ts). */
export const CONTENT_VERSIONS_DIR_NAME = 'content-versions';

/** In English for the log; the staff panel words the reason in the staff language. */
const KIOSK_NAME_REFUSALS: Record<KioskNameRefusalReason, string> = {
  empty: 'The kiosk name is empty.',
  'too-long': 'The kiosk name is too long.',
  'invalid-characters': 'The kiosk name has characters that cannot be shown.',
  'not-saved': 'The kiosk name could not be saved. See the log.',
};

/** Without a studio (a build that did not wire one), each curator channel says so. */
function curatorUnavailable(): CuratorParts {
  const refuse = async (): Promise<never> => {
    throw new Error('the curator studio is not available in this app');
  };
  const entries = CURATOR_CHANNELS.map((channel) => [channel, refuse]);
  return {
    handlers: Object.fromEntries(entries) as unknown as CuratorHandlers,
    importPhoto: refuse,
    importCsvUpload: refuse,
    resolveMediaFile: async () => null,
  };
}

export function createKioskServices(options: KioskServicesOptions): KioskServices {
  const now = options.now ?? Date.now;
  const log = options.log;
  // The PIN lockout and the staff session count on their run clock unless a test sets the time:
  // `now` here is the wall clock, right for statistics, wrong for a deadline when the clock jumps.
  const pins = createPinStore({
    settingsFile: join(options.userDataDir, SETTINGS_FILE_NAME),
    log,
    now: options.now,
  });
  const session = createStaffSession(pins, options.now);
  const identity = createKioskIdentityStore({
    settingsFile: join(options.userDataDir, SETTINGS_FILE_NAME),
    hostname: options.hostname ?? hostname(),
    log,
  });
  const statsDir = join(options.userDataDir, STATS_DIR_NAME);
  const stats = createStatsWriter({ dir: statsDir, log });
  const modeListeners = createListenerSet<KioskMode>();
  let mode: KioskMode = 'attract';
  const contentService = createContentService({
    locations: options.content,
    copiesDir: join(options.userDataDir, CONTENT_VERSIONS_DIR_NAME),
    rendererOnAttract: () => mode === 'attract',
    beforeFirstLoad: () =>
      packs
        .recover()
        .catch((error: unknown) => log.error('pack-recovery-failed', { error: String(error) })),
    log,
  });
  const start = contentService.start;

  async function readSummaryInputs() {
    await stats.flush(); // what was just recorded must show up
    return readStatsRecords(statsDir);
  }

  async function staffStatus(): Promise<StaffStatus> {
    const health = options.health();
    const content = contentService.current();
    const ready = content.status === 'ready' ? content : null;
    return {
      version: options.version,
      contentSource: ready?.source ?? 'none',
      contentDirectory: ready?.directory ?? (content.status === 'error' ? content.file : ''),
      contentHash: ready?.hash ?? '',
      drafts: ready?.content.heroes.filter((hero) => hero.status === 'draft').length ?? 0,
      heroes: ready?.content.heroes.length ?? 0,
      startedAt: health.startedAt,
      uptimeSeconds: Math.max(0, Math.floor((now() - health.startedAt) / 1000)),
      restarts: health.restarts,
      lastCrashReason: health.lastCrashReason,
      canQuit: options.canQuit,
      kioskName: (await identity.get()).name,
    };
  }

  /** A failure to look for sticks is no reason not to export: the user data folder is the fallback. */
  async function findRemovableDrives(): Promise<string[]> {
    try {
      return await (options.removableDriveRoots ?? defaultRemovableDriveRoots)();
    } catch (error) {
      log.warn('removable-drives-not-listed', {
        error: error instanceof Error ? error.message : String(error),
      });
      return [];
    }
  }

  const packs = createPackService({
    overrideDir: options.content.overrideDir,
    packsDir: options.packsDir,
    contentDirArg: options.content.contentDirArg,
    removableDriveRoots: findRemovableDrives,
    currentContent: () => contentService.current(),
    reloadContent: () => contentService.reload(),
    log,
  });

  async function exportNow(): Promise<ExportResult> {
    try {
      const records = await readSummaryInputs();
      const content = contentService.current();
      const heroNames = new Map(
        content.status === 'ready'
          ? content.content.heroes.map((hero) => [hero.id, hero.name.en] as const)
          : [],
      );
      const outcome = await exportStats({
        records,
        kiosk: await identity.get(),
        appVersion: options.version,
        heroNames,
        now: now(),
        userDataDir: options.userDataDir,
        removableDriveRoots: await findRemovableDrives(),
        log,
      });
      return outcome.combined
        ? {
            ok: true,
            path: outcome.folder,
            combined: { path: outcome.combined.folder, kiosks: outcome.combined.kiosks },
          }
        : { ok: true, path: outcome.folder };
    } catch (error) {
      log.error('stats-export-failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      return {
        ok: false,
        reason: 'write-failed',
        error: 'The statistics could not be written. See the log.',
      };
    }
  }

  async function setKioskName(name: string): Promise<KioskNameResult> {
    const outcome = await identity.setName(name);
    if (outcome.ok) return outcome;
    return { ok: false, reason: outcome.reason, error: KIOSK_NAME_REFUSALS[outcome.reason] };
  }
  const curator =
    options.curator?.({
      reloadContent: () => contentService.reload(),
      currentContent: () => contentService.current(),
    }) ?? curatorUnavailable();

  const handlers: InvokeHandlers = {
    ...curator.handlers,
    'content:get': async () => {
      await start();
      return contentService.current(); // the latest, also after a reload
    },
    'staff:unlock': (request) => session.unlock(request.pin),
    'staff:lock': async () => {
      session.lock();
      return null;
    },
    'staff:status': async () => ({ ...(await staffStatus()), pack: await packs.runningPack() }),
    'staff:stats': async () => summarizeStats(await readSummaryInputs(), now()),
    'staff:reload-content': () => contentService.reload(),
    'staff:change-pin': (request) => pins.change(request.current, request.next),
    'staff:export-stats': () => exportNow(),
    'staff:list-packs': () => packs.list(),
    'staff:install-pack': (request) => packs.install(request.id),
    'staff:quit': async () => {
      if (!options.canQuit) return null;
      log.info('staff-quit');
      session.lock();
      await stats.flush();
      options.quit();
      return null;
    },
    'staff:set-kiosk-name': (request) => setKioskName(request.name),
  };

  // The contract's list decides which channels need the PIN; each is checked here, whoever calls.
  const invoke = { ...handlers };
  for (const channel of STAFF_ONLY_CHANNELS) {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    (invoke as Record<InvokeChannel, (request: unknown) => Promise<unknown>>)[channel] = async (
      request,
    ) => {
      session.require(channel);
      return handler(request);
    };
  }

  const send: SendHandlers = {
    'kiosk:mode': (next) => {
      if (next === 'attract') session.lock(); // back to the loop: nobody is at the panel any more
      if (next === mode) return;
      mode = next;
      // The renderer applies held content when it is back on the loop: older versions can go.
      if (next === 'attract') contentService.rendererSwitched();
      modeListeners.emit(next, log, 'mode-listener-failed');
    },
    'stats:event': (event) => stats.append({ ...event, t: now() }),
    'log:renderer-error': (error) => log.error('renderer-error', { ...error }),
    'kiosk:frames-stalled': (report) => {
      log.error('renderer-frames-stalled', { ...report, mode });
      options.onFramesStalled?.(report);
    },
  };

  return {
    invoke,
    send,
    currentContent: contentService.current,
    reloadContent: contentService.reload,
    onContentChanged: contentService.onChanged,
    contentFile: contentService.servedFile,
    contentSettled: contentService.settled,
    currentMode: () => mode,
    onModeChanged: (listener) => modeListeners.add(listener),
    start,
    curator: {
      importPhoto: async (heroKey, fileName, source) => {
        session.require('curator:choose-photo');
        return curator.importPhoto(heroKey, fileName, source);
      },
      importCsvUpload: async (baseRevision, body) => {
        session.require('curator:import-csv');
        return curator.importCsvUpload(baseRevision, body);
      },
      resolveMediaFile: (urlPath) => curator.resolveMediaFile(urlPath),
    },
    async dispose() {
      session.lock();
      await stats.close();
    },
  };
}
