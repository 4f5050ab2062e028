// Runs in: renderer. The one way the renderer talks to the main process: the preload bridge
// (window.kiosk) in Electron, or the same calls over HTTP in the web preview.
import type { ContentState, InvokeResponse, KioskApi } from '../../../common/ipc-contract';
import {
  createKioskApiFromTransport,
  PREVIEW_EVENTS_PATH,
  previewInvokePath,
  previewSendPath,
  uploadCsvFolderOverHttp,
  uploadPhotoOverHttp,
} from '../../../common/kiosk-api-transport';

declare global {
  interface Window {
    /** Set by the preload script in Electron; absent in the web preview. */
    kiosk?: KioskApi;
  }
}

export function isPreview(): boolean {
  return typeof window === 'undefined' || window.kiosk === undefined;
}

let cachedApi: KioskApi | undefined;

export function getKioskApi(): KioskApi {
  if (typeof window !== 'undefined' && window.kiosk) return window.kiosk;
  cachedApi ??= createPreviewKioskApi();
  return cachedApi;
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The HTTP adapter used by the web preview (tools/preview.ts answers these paths). */
export function createPreviewKioskApi(
  fetchImpl: FetchLike = (...args) => fetch(...args),
): KioskApi {
  return createKioskApiFromTransport({
    invoke: async (channel, request) => {
      const response = await fetchImpl(previewInvokePath(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request }),
      });
      if (!response.ok) throw new Error(`${channel} failed: HTTP ${response.status}`);
      return (await response.json()) as InvokeResponse<typeof channel>;
    },
    send: (channel, message) => {
      // Fire and forget like ipcRenderer.send; a failed report must never disturb the visitor.
      fetchImpl(previewSendPath(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message }),
      }).catch(() => undefined);
    },
    // As main's content:changed: the preview pushes new content over server-sent events (the
    // browser reconnects by itself when the preview restarts).
    onContentChanged: (listener) => {
      if (typeof EventSource === 'undefined') return () => undefined;
      const events = new EventSource(PREVIEW_EVENTS_PATH);
      events.addEventListener('content', (event) => {
        listener(JSON.parse((event as MessageEvent<string>).data) as ContentState);
      });
      return () => events.close();
    },
    // The curator studio's photo import: the file's bytes over HTTP (Electron uses its dialog).
    uploadPhoto: (heroKey, file, fileName) =>
      uploadPhotoOverHttp(fetchImpl, heroKey, file, fileName),
    // The studio's CSV import: the picked folder's files in one POST.
    uploadCsvFolder: (baseRevision, files) =>
      uploadCsvFolderOverHttp(fetchImpl, baseRevision, files),
  });
}
