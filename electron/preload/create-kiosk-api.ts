// Runs in: preload (sandboxed). Builds window.kiosk from the IPC contract. Takes an ipcRenderer-like
// object so tests can hand in a fake; the raw ipcRenderer itself never reaches the page.
import type { ContentState, Unsubscribe } from '../../common/ipc-contract';
import { createKioskApiFromTransport } from '../../common/kiosk-api-transport';

export interface IpcRendererLike {
  invoke(channel: string, payload?: unknown): Promise<unknown>;
  send(channel: string, payload?: unknown): void;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

export function createKioskApi(ipcRenderer: IpcRendererLike) {
  const onContentChanged = (listener: (state: ContentState) => void): Unsubscribe => {
    // A fresh wrapper per subscription: unsubscribing removes exactly this listener, and the
    // page never sees Electron's event object (it carries the sender).
    const wrapper = (_event: unknown, state: unknown): void => listener(state as ContentState);
    ipcRenderer.on('content:changed', wrapper);
    return () => {
      ipcRenderer.removeListener('content:changed', wrapper);
    };
  };

  return createKioskApiFromTransport({
    invoke: (channel, request) => ipcRenderer.invoke(channel, request) as never,
    send: (channel, message) => ipcRenderer.send(channel, message),
    onContentChanged,
  });
}
