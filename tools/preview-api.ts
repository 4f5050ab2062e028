// Runs in: Node (tools). The web preview's answer to the renderer's IPC: POST /api/invoke/<channel>
// with {"request": ...} and POST /api/send/<channel> with {"message": ...}, checked with the same
// parseInvoke/parseSend as Electron's IPC and answered by the same KioskServices. The curator studio's
// photo upload (the preview's stand-in for Electron's file dialog) is POST /api/curator/photo, its CSV
// import of a folder picked in the browser POST /api/curator/csv.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  MAX_DRAFT_BYTES,
  MAX_PHOTO_BYTES,
  previewPhotoUploadPath,
} from '../common/curator-constants';
import {
  PREVIEW_EVENTS_PATH,
  previewInvokePath,
  previewSendPath,
} from '../common/kiosk-api-transport';
import { parseInvoke, parseSend } from '../electron/main/ipc/parse-ipc';
import type { KioskServices } from '../electron/main/kiosk-services';
import { StaffLockedError } from '../electron/main/staff/staff-session';
import { HeroKeySchema } from '../common/curator-contract';
import { csvImportRequestSchemas } from '../common/curator-csv-contract';
import { MAX_CSV_UPLOAD_BYTES, previewCsvUploadPath } from '../common/csv-upload';
import type { PreviewApiHandler } from './preview-server';
import { BodyTooLargeError, readBody, readJsonBody, sendJson, sendText } from './preview-server';

const INVOKE_PREFIX = previewInvokePath('content:get').replace('content:get', '');
const SEND_PREFIX = previewSendPath('kiosk:mode').replace('kiosk:mode', '');
const UPLOAD_PATH = previewPhotoUploadPath('', '').split('?')[0] ?? '';
const CSV_UPLOAD_PATH = previewCsvUploadPath(0).split('?')[0] ?? '';
/** The folder's listing travels ahead of the files (at most MAX_CSV_UPLOAD_FILES paths). */
const CSV_LISTING_ALLOWANCE = 4 * 1024 * 1024;
/** A whole draft travels in curator:save; a larger body is refused before it is parsed. */
const CURATOR_BODY_LIMIT = 2 * MAX_DRAFT_BYTES;

/** Another web page open in the same browser must not drive the preview's staff channels. */
function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host ?? ''}`;
}

/** The studio's uploads are same-origin POSTs of bytes; anything else is answered here (405/403). */
function isFileUpload(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'POST') {
    sendText(res, 405, 'POST only');
    return false;
  }
  if (!isSameOrigin(req) || !req.headers['content-type']?.startsWith('application/octet-stream')) {
    sendText(res, 403, 'same-origin file uploads only');
    return false;
  }
  return true;
}

function bodyField(body: unknown, field: 'request' | 'message'): unknown {
  return body !== null && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)[field]
    : undefined;
}

export function createPreviewApi(services: KioskServices): PreviewApiHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    const path = url.pathname;
    if (path === PREVIEW_EVENTS_PATH) {
      streamContentChanges(services, req, res);
      return true;
    }
    if (path === UPLOAD_PATH || path === CSV_UPLOAD_PATH) {
      if (!isFileUpload(req, res)) return true;
      const answer = path === UPLOAD_PATH ? answerPhotoUpload : answerCsvUpload;
      await answer(services, req, res, url);
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
      body = await readJsonBody(
        req,
        channel.startsWith('curator:') ? CURATOR_BODY_LIMIT : undefined,
      );
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

/**
 * POST /api/curator/photo?heroKey=...&fileName=... with the file's bytes: the same photo pipeline as
 * Electron's choose-photo, behind the same PIN. Files over MAX_PHOTO_BYTES are refused (413, with the
 * same answer as the pipeline's) without being read.
 */
async function answerPhotoUpload(
  services: KioskServices,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const heroKey = url.searchParams.get('heroKey') ?? '';
  const fileName = (url.searchParams.get('fileName') ?? 'photo').slice(0, 260);
  if (!HeroKeySchema.safeParse(heroKey).success) {
    sendText(res, 400, 'invalid heroKey');
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readBody(req, MAX_PHOTO_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    const announced = Number(req.headers['content-length'] ?? 0);
    res.setHeader('Connection', 'close'); // the rest of the body is not read
    sendJson(res, 413, {
      ok: false,
      reason: 'file-too-large',
      bytes: Math.max(announced, MAX_PHOTO_BYTES + 1),
      maxBytes: MAX_PHOTO_BYTES,
    });
    return;
  }
  try {
    sendJson(res, 200, await services.curator.importPhoto(heroKey, fileName, bytes));
  } catch (error) {
    if (error instanceof StaffLockedError) sendText(res, 403, error.message);
    else throw error;
  }
}

/**
 * POST /api/curator/csv?baseRevision=N with a folder packed by common/csv-upload.ts: the same CSV
 * import as Electron's folder dialog, behind the same PIN. Over MAX_CSV_UPLOAD_BYTES: 413 with the
 * studio's answer, the rest of the body unread.
 */
async function answerCsvUpload(
  services: KioskServices,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const digits = url.searchParams.get('baseRevision') ?? '';
  const revision = csvImportRequestSchemas['curator:import-csv'].safeParse({
    baseRevision: /^\d{1,15}$/.test(digits) ? Number(digits) : digits,
  });
  if (!revision.success) {
    sendText(res, 400, 'invalid baseRevision');
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(req, MAX_CSV_UPLOAD_BYTES + CSV_LISTING_ALLOWANCE);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    res.setHeader('Connection', 'close');
    sendJson(res, 413, {
      ok: false,
      reason: 'upload-too-large',
      bytes: Math.max(Number(req.headers['content-length'] ?? 0), MAX_CSV_UPLOAD_BYTES + 1),
      maxBytes: MAX_CSV_UPLOAD_BYTES,
    });
    return;
  }
  try {
    const result = await services.curator.importCsvUpload(revision.data.baseRevision, body);
    if ('badUpload' in result) sendText(res, 400, result.badUpload);
    else sendJson(res, 200, result);
  } catch (error) {
    if (error instanceof StaffLockedError) sendText(res, 403, error.message);
    else throw error;
  }
}
