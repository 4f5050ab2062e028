// Runs in: Node (tools). The web preview's answer to the renderer's IPC: POST /api/invoke/<channel>
// with {"request": ...} and POST /api/send/<channel> with {"message": ...}, checked with the same
// parseInvoke/parseSend as Electron's IPC and answered by the same KioskServices.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  PREVIEW_EVENTS_PATH,
  previewInvokePath,
  previewSendPath,
} from '../common/kiosk-api-transport';
import { parseInvoke, parseSend } from '../electron/main/ipc/parse-ipc';
import type { KioskServices } from '../electron/main/kiosk-services';
import { StaffLockedError } from '../electron/main/staff/staff-session';
import type { PreviewApiHandler } from './preview-server';
import { readJsonBody, sendJson, sendText } from './preview-server';

const INVOKE_PREFIX = previewInvokePath('content:get').replace('content:get', '');
const SEND_PREFIX = previewSendPath('kiosk:mode').replace('kiosk:mode', '');

/** Another web page open in the same browser must not drive the preview's staff channels. */
function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host ?? ''}`;
}

function bodyField(body: unknown, field: 'request' | 'message'): unknown {
  return body !== null && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)[field]
    : undefined;
}

export function createPreviewApi(services: KioskServices): PreviewApiHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://preview.invalid').pathname;
    if (path === PREVIEW_EVENTS_PATH) {
      streamContentChanges(services, req, res);
      return true;
    }
    const isInvoke = path.startsWith(INVOKE_PREFIX);
    if (!isInvoke && !path.startsWith(SEND_PREFIX)) return false;
    if (req.method !== 'POST') {
      sendText(res, 405, 'POST only');
      return true;
    }
    if (!isSameOrigin(req) || !req.headers['content-type']?.startsWith('application/json')) {
      sendText(res, 403, 'same-origin JSON requests only');
      return true;
    }
    let channel: string;
    let body: unknown;
    try {
      channel = decodeURIComponent(path.slice((isInvoke ? INVOKE_PREFIX : SEND_PREFIX).length));
      body = await readJsonBody(req);
    } catch (error) {
      sendText(res, 400, error instanceof Error ? error.message : 'bad request');
      return true;
    }

    if (!isInvoke) {
      const parsed = parseSend(channel, bodyField(body, 'message'));
      if (!parsed.ok) {
        sendText(res, 400, parsed.error);
        return true;
      }
      (services.send[parsed.channel] as (message: unknown) => void)(parsed.message);
      res.writeHead(204).end();
      return true;
    }

    const parsed = parseInvoke(channel, bodyField(body, 'request'));
    if (!parsed.ok) {
      sendText(res, 400, parsed.error);
      return true;
    }
    const handler = services.invoke[parsed.channel] as (request: unknown) => Promise<unknown>;
    try {
      sendJson(res, 200, await handler(parsed.request));
    } catch (error) {
      if (error instanceof StaffLockedError) sendText(res, 403, error.message);
      else throw error; // the server answers 500 and the renderer shows its own error
    }
    return true;
  };
}

/** content:changed for the preview: each new content state as a server-sent `content` event. */
function streamContentChanges(
  services: KioskServices,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  if (req.method !== 'GET' || !isSameOrigin(req)) {
    sendText(res, req.method === 'GET' ? 403 : 405, 'same-origin GET only');
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8' });
  res.write(': content changes follow\n\n');
  const stop = services.onContentChanged((state) => {
    res.write(`event: content\ndata: ${JSON.stringify(state)}\n\n`);
  });
  req.once('close', stop);
}
