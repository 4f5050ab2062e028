// Runs in: preload (sandboxed). Builds window.kiosk from the IPC contract. Takes an ipcRenderer-like
// object so tests can hand in a fake; the raw ipcRenderer itself never reaches the page.
import type {
  ContentState,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  KioskApi,
  SendChannel,
  SendMessage,
  Unsubscribe,
} from '../../common/ipc-contract';

export interface IpcRendererLike {
  invoke(channel: string, payload?: unknown): Promise<unknown>;
  send(channel: string, payload?: unknown): void;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

export function createKioskApi(ipcRenderer: IpcRendererLike) {
  const invoke = <C extends InvokeChannel>(
    channel: C,
    request: InvokeRequest<C>,
  ): Promise<InvokeResponse<C>> =>
    ipcRenderer.invoke(channel, request) as Promise<InvokeResponse<C>>;

  const send = <C extends SendChannel>(channel: C, message: SendMessage<C>): void => {
    ipcRenderer.send(channel, message);
  };

  const onContentChanged = (listener: (state: ContentState) => void): Unsubscribe => {
    // A fresh wrapper per subscription: unsubscribing removes exactly this listener, and the
    // page never sees Electron's event object (it carries the sender).
    const wrapper = (_event: unknown, state: unknown): void => listener(state as ContentState);
    ipcRenderer.on('content:changed', wrapper);
    return () => {
      ipcRenderer.removeListener('content:changed', wrapper);
    };
  };

  const api = {
    content: {
      get: () => invoke('content:get', undefined),
      onChanged: onContentChanged,
    },
    kiosk: {
      reportMode: (mode) => send('kiosk:mode', mode),
      reportError: (error) => send('log:renderer-error', error),
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
    },
  } satisfies KioskApi;
  return api;
}
