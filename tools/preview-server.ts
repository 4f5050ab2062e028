// Runs in: Node (tools). The web preview's HTTP server: the built renderer with the app's CSP, the
// content images from the current content folder, and the API under /api (handed in, see preview.ts).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../common/content-security-policy';
import { CURATOR_MEDIA_PREFIX, CURATOR_PATH } from '../common/curator-constants';
import { withFirstFrame } from '../common/first-frame';
import { resolveContentFile } from '../electron/main/content/resolve-content-file';
import { contentTypeOf } from '../electron/main/protocol/app-protocol';

/** Answers an /api request; resolves true when it did, false to let the server answer 404. */
export type PreviewApiHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface PreviewServerOptions {
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** The folder the current content.json came from; images are served from inside it only. */
  contentDir: () => string;
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
  const file = path.startsWith(CONTENT_PREFIX)
    ? resolveContentFile(options.contentDir(), path.slice(CONTENT_PREFIX.length))
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
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': info.size,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
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
