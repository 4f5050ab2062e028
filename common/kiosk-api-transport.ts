// Runs in: every process (preload, renderer, tests). Builds the KioskApi object from a transport, so
// the preload bridge (IPC) and the web preview (HTTP) expose exactly the same calls on the same
// channels. Type imports only: the renderer bundle must not pull zod in through here.
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
import { MAX_PHOTO_BYTES, previewPhotoUploadPath } from './curator-constants';
import { MAX_CSV_UPLOAD_BYTES, packCsvUpload, previewCsvUploadPath } from './csv-upload';

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

export function createKioskApiFromTransport(transport: KioskTransport) {
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
    curator: {
      open: () => invoke('curator:open', undefined),
      save: (baseRevision, content) => invoke('curator:save', { baseRevision, content }),
      discardDraft: () => invoke('curator:discard-draft', undefined),
      choosePhoto: (heroKey) => invoke('curator:choose-photo', { heroKey }),
      uploadPhoto: (heroKey, file, fileName) =>
        transport.uploadPhoto
          ? transport.uploadPhoto(heroKey, file, fileName)
          : Promise.resolve({ ok: false, reason: 'unavailable' }),
      photoProgress: () => invoke('curator:photo-progress', undefined),
      setFocalPoint: (originalId, focalPoint) =>
        invoke('curator:set-focal-point', { originalId, focalPoint }),
      publish: (baseRevision) => invoke('curator:publish', { baseRevision }),
      restorePrevious: () => invoke('curator:restore-previous', undefined),
      importCsv: (baseRevision) => invoke('curator:import-csv', { baseRevision }),
      uploadCsvFolder: (baseRevision, files) =>
        transport.uploadCsvFolder
          ? transport.uploadCsvFolder(baseRevision, files)
          : Promise.resolve({ ok: false, reason: 'unavailable' }),
    },
  } satisfies KioskApi;
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The preview's side of uploadPhoto, for the renderer's HTTP transport: POSTs the bytes to
 * previewPhotoUploadPath. Files over MAX_PHOTO_BYTES are refused here without sending them.
 */
export async function uploadPhotoOverHttp(
  fetchImpl: FetchLike,
  heroKey: string,
  file: Blob,
  fileName: string,
): Promise<PhotoImportResult> {
  if (file.size > MAX_PHOTO_BYTES) {
    return { ok: false, reason: 'file-too-large', bytes: file.size, maxBytes: MAX_PHOTO_BYTES };
  }
  const response = await fetchImpl(previewPhotoUploadPath(heroKey, fileName), {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  if (response.status === 413) {
    return { ok: false, reason: 'file-too-large', bytes: file.size, maxBytes: MAX_PHOTO_BYTES };
  }
  if (!response.ok) throw new Error(`curator photo upload failed: HTTP ${response.status}`);
  return (await response.json()) as PhotoImportResult;
}

/**
 * The preview's side of uploadCsvFolder: POSTs the packed folder (common/csv-upload.ts) to
 * previewCsvUploadPath. An upload over MAX_CSV_UPLOAD_BYTES is refused here without sending it.
 */
export async function uploadCsvFolderOverHttp(
  fetchImpl: FetchLike,
  baseRevision: number,
  files: readonly { path: string; file: Blob }[],
): Promise<CsvImportResult> {
  const { body, bytes } = packCsvUpload(files);
  const tooLarge = {
    ok: false,
    reason: 'upload-too-large',
    bytes,
    maxBytes: MAX_CSV_UPLOAD_BYTES,
  } as const;
  if (bytes > MAX_CSV_UPLOAD_BYTES) return tooLarge;
  const response = await fetchImpl(previewCsvUploadPath(baseRevision), {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: body(),
  });
  if (response.status === 413) return tooLarge;
  if (!response.ok) throw new Error(`curator CSV upload failed: HTTP ${response.status}`);
  return (await response.json()) as CsvImportResult;
}
