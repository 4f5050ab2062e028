// Runs in: every process (preload, renderer, tests). Builds the KioskApi object from a transport, so
// the preload bridge (IPC) and the web preview (HTTP) expose exactly the same calls on the same
// channels. Type imports only: the renderer bundle must not pull zod in through here. The curator
// studio's part is built in curator-api-transport.ts, so the kiosk's own JS does not carry it.
import type {
  ContentState,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  KioskApi,
  SendChannel,
  SendMessage,
  Unsubscribe,
} from './ipc-contract';
import type { PhotoImportResult } from './curator-contract';
import type { CsvImportResult } from './curator-csv-contract';
import { createCuratorApiFromTransport } from './curator-api-transport';

export interface KioskTransport {
  invoke<C extends InvokeChannel>(
    channel: C,
    request: InvokeRequest<C>,
  ): Promise<InvokeResponse<C>>;
  send<C extends SendChannel>(channel: C, message: SendMessage<C>): void;
  onContentChanged(listener: (state: ContentState) => void): Unsubscribe;
  /**
   * The web preview's photo upload (an HTTP POST of the file's bytes); Electron has none and
   * imports photos through the system dialog ('curator:choose-photo').
   */
  uploadPhoto?(heroKey: string, file: Blob, fileName: string): Promise<PhotoImportResult>;
  /** The web preview's CSV import of a folder picked in the browser; Electron uses the dialog. */
  uploadCsvFolder?(
    baseRevision: number,
    files: readonly { path: string; file: Blob }[],
  ): Promise<CsvImportResult>;
}

/**
 * A staff-only call made while the panel is locked: main throws StaffLockedError (its message names
 * the PIN, and crosses IPC inside the rejection), the preview answers HTTP 403.
 */
export function isStaffLockedError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /needs the staff PIN|HTTP 403/.test(message);
}

/** HTTP paths the web preview answers, mirroring the IPC channels one to one. */
export const previewInvokePath = (channel: InvokeChannel): string => `/api/invoke/${channel}`;
export const previewSendPath = (channel: SendChannel): string => `/api/send/${channel}`;
/** Server-sent events of the web preview: `content` events carry the new ContentState (as IPC's content:changed). */
export const PREVIEW_EVENTS_PATH = '/api/events';

/** Every call: the preload bridge's window.kiosk, and the preview's in tests. */
export function createKioskApiFromTransport(transport: KioskTransport): KioskApi {
  return {
    ...createKioskApiWithoutStudio(transport),
    curator: createCuratorApiFromTransport(transport),
  };
}

/** The kiosk's calls without the curator studio's (the renderer's own, see platform/kiosk-api.ts). */
export type KioskApiWithoutStudio = Omit<KioskApi, 'curator'>;

export function createKioskApiWithoutStudio(transport: KioskTransport) {
  const { invoke, send } = transport;
  return {
    content: {
      get: () => invoke('content:get', undefined),
      onChanged: (listener) => transport.onContentChanged(listener),
    },
    kiosk: {
      reportMode: (mode) => send('kiosk:mode', mode),
      reportError: (error) => send('log:renderer-error', error),
      reportFramesStalled: (report) => send('kiosk:frames-stalled', report),
    },
    stats: {
      record: (event) => send('stats:event', event),
    },
    staff: {
      unlock: (pin) => invoke('staff:unlock', { pin }),
      lock: () => invoke('staff:lock', undefined),
      status: () => invoke('staff:status', undefined),
      stats: () => invoke('staff:stats', undefined),
      reloadContent: () => invoke('staff:reload-content', undefined),
      changePin: (current, next) => invoke('staff:change-pin', { current, next }),
      exportStats: () => invoke('staff:export-stats', undefined),
      quit: () => invoke('staff:quit', undefined),
      setKioskName: (name) => invoke('staff:set-kiosk-name', { name }),
      listPacks: () => invoke('staff:list-packs', undefined),
      installPack: (id) => invoke('staff:install-pack', { id }),
    },
  } satisfies KioskApiWithoutStudio;
}
