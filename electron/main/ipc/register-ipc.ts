// Runs in: main process. Wires every IPC channel of common/ipc-contract.ts to the kiosk services:
// only our own top-level app frame may call, every payload is validated, nothing else gets through.
import {
  invokeRequestSchemas,
  sendMessageSchemas,
  type ContentState,
  type EventChannel,
  type InvokeChannel,
  type SendChannel,
} from '../../../common/ipc-contract';
import { isAllowedOrigin } from '../app-origin';
import type { Logger } from '../log/logger';
import { parseInvoke, parseSend } from './parse-ipc';

/** What Electron tells us about the frame a message came from. */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

export interface IpcEventLike {
  senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcEventLike, payload: unknown) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: IpcEventLike, payload: unknown) => void): unknown;
  removeAllListeners(channel: string): unknown;
}

/** The part of KioskServices the IPC adapter talks to. */
export interface IpcServices {
  invoke: { [C in InvokeChannel]: (request: never) => Promise<unknown> };
  send: { [C in SendChannel]: (message: never) => void };
}

export interface RegisterIpcOptions {
  ipcMain: IpcMainLike;
  services: IpcServices;
  /** app://kiosk, plus the Vite dev server in development. */
  allowedOrigins: readonly string[];
  log: Logger;
}

/** Only the top-level frame of our own app: never an iframe, never another origin. */
export function isTrustedSender(event: IpcEventLike, allowedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  return isAllowedOrigin(frame.url, allowedOrigins);
}

const INVOKE_CHANNELS = Object.keys(invokeRequestSchemas) as InvokeChannel[];
const SEND_CHANNELS = Object.keys(sendMessageSchemas) as SendChannel[];

/** Registers a handler for every channel; returns a function that removes them all. */
export function registerIpc(options: RegisterIpcOptions): () => void {
  const { ipcMain, services, allowedOrigins, log } = options;

  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event, allowedOrigins)) {
        log.warn('ipc-refused-sender', { channel, url: event.senderFrame?.url ?? null });
        throw new Error('refused');
      }
      const parsed = parseInvoke(channel, payload);
      if (!parsed.ok) {
        log.warn('ipc-invalid', { channel, error: parsed.error });
        throw new Error(parsed.error);
      }
      const handler = services.invoke[parsed.channel] as (request: unknown) => Promise<unknown>;
      return handler(parsed.request);
    });
  }

  for (const channel of SEND_CHANNELS) {
    ipcMain.on(channel, (event, payload) => {
      if (!isTrustedSender(event, allowedOrigins)) {
        log.warn('ipc-refused-sender', { channel, url: event.senderFrame?.url ?? null });
        return;
      }
      const parsed = parseSend(channel, payload);
      if (!parsed.ok) {
        log.warn('ipc-invalid', { channel, error: parsed.error });
        return;
      }
      const handler = services.send[parsed.channel] as (message: unknown) => void;
      try {
        handler(parsed.message);
      } catch (error) {
        log.error('ipc-send-handler-failed', { channel, error: String(error) });
      }
    });
  }

  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
    for (const channel of SEND_CHANNELS) ipcMain.removeAllListeners(channel);
  };
}

export interface ContentEventTarget {
  isDestroyed(): boolean;
  send(channel: EventChannel, state: ContentState): void;
}

/** Forwards every content change to the window as 'content:changed'; returns the unsubscribe. */
export function forwardContentChanges(
  onContentChanged: (listener: (state: ContentState) => void) => () => void,
  target: () => ContentEventTarget | null,
): () => void {
  return onContentChanged((state) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send('content:changed', state);
  });
}
