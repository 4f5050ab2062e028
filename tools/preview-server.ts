// Runs in: Node (tools). The web preview's HTTP server: the built renderer with the app's CSP, the
// content images the content names, and the API under /api (handed in, see preview-app.ts). Only
// requests for its own loopback host and port are answered (see preview-host.ts).
import { createReadStream, fstat } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../common/content-security-policy';
import { CURATOR_MEDIA_PREFIX, CURATOR_PATH } from '../common/curator-constants';
import { withFirstFrame } from '../common/first-frame';
import { resolveContentFile } from '../electron/main/content/resolve-content-file';
import { contentTypeOf } from '../electron/main/protocol/app-protocol';
import { isAllowedHost, isAllowedOrigin } from './preview-host';

/** Answers an /api request; resolves true when it did, false to let the server answer 404. */
export type PreviewApiHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface PreviewServerOptions {
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /**
   * The file for a content URL (the path after `/content/`), or null: only images the content names
   * (electron/main/content/referenced-file.ts).
   */
  contentFile: (urlPath: string) => string | null;
  api: PreviewApiHandler;
  /** The attract loop's first frame for index.html (common/first-frame.ts), or null for none. */
  firstFrame?: () => string | null;
  /** The curator studio's draft images under /curator-media/ (the working area, then published). */
  curatorMediaFile?: (urlPath: string) => Promise<string | null>;
}

const CONTENT_PREFIX = '/content/';
/** The studio is the same single-page app: its page path answers index.html. */
const SPA_PATHS = new Set(['/', '/index.html', CURATOR_PATH, `${CURATOR_PATH}/`]);
const API_PREFIX = '/api/';

export function createPreviewServer(options: PreviewServerOptions): Server {
  return createServer((req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, `preview server error: ${String(error)}`);
      else res.destroy();
    });
  });
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: PreviewServerOptions,
): Promise<void> {
  setCommonHeaders(res);
  const host = req.headers.host;
  if (
    !isAllowedHost(host, req.socket.localPort ?? -1) ||
    !isAllowedOrigin(req.headers.origin, host ?? '')
  ) {
    sendText(
      res,
      403,
      'this preview answers only http://127.0.0.1 or http://localhost on its own port',
    );
    return;
  }
  const path = new URL(req.url ?? '/', 'http://preview.invalid').pathname;
  if (path.startsWith(API_PREFIX)) {
    if (!(await options.api(req, res))) sendText(res, 404, 'unknown API path');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'method not allowed');
    return;
  }
  if (path.startsWith(CURATOR_MEDIA_PREFIX)) {
    const file = await options.curatorMediaFile?.(path.slice(CURATOR_MEDIA_PREFIX.length));
    await sendFile(req, res, file ?? null);
    return;
  }
  const isIndex = SPA_PATHS.has(path);
  // The attract loop's first frame belongs to the kiosk page only, not to the studio's.
  const isKioskPage = path === '/' || path === '/index.html';
  const firstFrame = isKioskPage ? (options.firstFrame?.() ?? null) : null;
  if (firstFrame !== null) {
    // As the app:// protocol does in Electron: the first frame written into the page.
    const indexHtml = await readFile(`${options.rendererDir}/index.html`, 'utf8');
    const page = withFirstFrame(indexHtml, firstFrame);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : page);
    return;
  }
  // Nothing hidden is served from either folder (the renderer's has none; a content folder may).
  const hidden = path.split('/').some((segment) => segment.startsWith('.'));
  const file = hidden
    ? null
    : path.startsWith(CONTENT_PREFIX)
      ? options.contentFile(path.slice(CONTENT_PREFIX.length))
      : resolveContentFile(options.rendererDir, isIndex ? 'index.html' : path.slice(1));
  await sendFile(req, res, file);
}

function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string | null,
): Promise<void> {
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    sendText(res, 404, 'not found');
    return;
  }
  if (req.method === 'HEAD') {
    res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Length': info.size });
    res.end();
    return;
  }
  // The file can go between stat and read (the content folder being replaced): the answer waits for
  // the file to open, so that case is a 404 rather than an unhandled stream error, and the length is
  // that of the file actually opened.
  const stream = createReadStream(file);
  stream.on('error', () => {
    if (!res.headersSent) sendText(res, 404, 'not found');
    else res.destroy();
  });
  stream.once('open', (fd) => {
    fstat(fd, (error, opened) => {
      if (error) {
        stream.destroy(error);
        return;
      }
      res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Length': opened.size });
      stream.pipe(res);
    });
  });
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body ?? null);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(text);
}

/** Reads a small JSON request body; anything larger than `limit` bytes or not JSON is refused. */
export async function readJsonBody(req: IncomingMessage, limit = 64 * 1024): Promise<unknown> {
  const text = (await readBody(req, limit)).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as unknown);
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super('request body too large');
    this.name = 'BodyTooLargeError';
  }
}

/** Reads a request body; more than `limit` bytes (announced or sent) throws BodyTooLargeError. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
