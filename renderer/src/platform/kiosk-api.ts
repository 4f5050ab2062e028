// Runs in: renderer. The one way the renderer talks to the main process: the preload bridge
// (window.kiosk) in Electron, or the same calls over HTTP in the web preview.
import type {
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  KioskApi,
  SendChannel,
  SendMessage,
} from '../../../common/ipc-contract';

declare global {
  interface Window {
    /** Set by the preload script in Electron; absent in the web preview. */
    kiosk?: KioskApi;
  }
}

// Pure string helpers, duplicated from common/ipc-contract.ts on purpose: importing them as values
// would pull zod into the renderer bundle. tests/unit/renderer/kiosk-api.test.ts keeps them equal.
export const previewInvokeUrl = (channel: InvokeChannel): string => `/api/invoke/${channel}`;
export const previewSendUrl = (channel: SendChannel): string => `/api/send/${channel}`;

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
  const invoke = async <C extends InvokeChannel>(
    channel: C,
    request: InvokeRequest<C>,
  ): Promise<InvokeResponse<C>> => {
    const response = await fetchImpl(previewInvokeUrl(channel), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ request }),
    });
    if (!response.ok) throw new Error(`${channel} failed: HTTP ${response.status}`);
    return (await response.json()) as InvokeResponse<C>;
  };
  const send = <C extends SendChannel>(channel: C, message: SendMessage<C>): void => {
    // Fire and forget like ipcRenderer.send; a failed report must never disturb the visitor.
    fetchImpl(previewSendUrl(channel), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message }),
    }).catch(() => undefined);
  };
  return {
    content: {
      get: () => invoke('content:get', undefined),
      onChanged: () => () => undefined,
    },
    kiosk: {
      reportMode: (mode) => send('kiosk:mode', mode),
      reportError: (error) => send('log:renderer-error', error),
    },
    stats: { record: (event) => send('stats:event', event) },
    staff: {
      unlock: (pin) => invoke('staff:unlock', { pin }),
      lock: () => invoke('staff:lock', undefined),
      status: () => invoke('staff:status', undefined),
      stats: () => invoke('staff:stats', undefined),
      reloadContent: () => invoke('staff:reload-content', undefined),
      changePin: (current, next) => invoke('staff:change-pin', { current, next }),
      exportStats: () => invoke('staff:export-stats', undefined),
      quit: () => invoke('staff:quit', undefined),
    },
  };
}
