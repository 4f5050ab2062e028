// Runs in: main process. Answers app://kiosk/ requests: the renderer bundle, content images under
// /content/, and the static "back soon" page. Pure: URL in, {status, headers, file | body} out.
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../common/content-security-policy';
import { CURATOR_MEDIA_PREFIX, CURATOR_PATH } from '../../../common/curator-constants';
import { withFirstFrame } from '../../../common/first-frame';
import { APP_HOST, APP_SCHEME, BACK_SOON_PATH } from '../app-origin';
import { BACK_SOON_HTML } from '../healing/back-soon-page';

export type AppResponse =
  /** `firstFrame`: markup to write into the file (index.html) with common/first-frame's withFirstFrame. */
  | { status: 200; headers: Record<string, string>; file: string; firstFrame?: string }
  | { status: number; headers: Record<string, string>; body: string };

export interface AppProtocolOptions {
  /** dist/renderer: index.html and its assets. */
  rendererDir: string;
  /**
   * The file for a content URL (the decoded path after `/content/`, `<version>/assets/…`) and the
   * folder it must stay in, or null: KioskServices.contentFile (only images a served version names).
   */
  contentFile: (urlPath: string) => { directory: string; file: string } | null;
  /** Safe join (CONTENT's resolveContentFile): null when the path would leave the folder. */
  resolveFile: (directory: string, urlPath: string) => string | null;
  isFile: (absolutePath: string) => boolean;
  /** The attract loop's first frame for index.html (common/first-frame.ts), or null for none. */
  firstFrame?: () => string | null;
}

const CONTENT_PREFIX = '/content/';
const isStudioPage = (path: string): boolean =>
  path === CURATOR_PATH || path === `${CURATOR_PATH}/`;
/** Page paths answered with index.html: the kiosk, and the curator studio (the same app). */
const APP_PAGES = new Set(['/', CURATOR_PATH, `${CURATOR_PATH}/`]);

/**
 * The path under /curator-media/ (the studio's draft images, found by the studio itself), decoded
 * and checked like every app:// path; null for any other URL or a path that tries to leave.
 */
export function curatorMediaPath(url: string): string | null {
  const rawPath = rawPathOf(url);
  const decoded = rawPath === null ? null : safeDecodedPath(rawPath);
  if (decoded === null || !decoded.startsWith(CURATOR_MEDIA_PREFIX)) return null;
  return decoded.slice(CURATOR_MEDIA_PREFIX.length) || null;
}

/** Headers for a file the app serves (CSP, nosniff, no-cache, its content type). */
export function fileHeaders(file: string): Record<string, string> {
  return { ...BASE_HEADERS, 'Content-Type': contentTypeOf(file) };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Content can change under a running kiosk (curator swaps a photo): always revalidate.
  'Cache-Control': 'no-cache',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function textResponse(status: number, body: string): AppResponse {
  return {
    status,
    headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    body,
  };
}

const notFound = (): AppResponse => textResponse(404, 'Not found');

/**
 * The path part of an app:// URL exactly as written, before any normalisation: `new URL` would
 * quietly turn `/../../etc/passwd` into `/etc/passwd`, and we want to refuse it, not reinterpret it.
 */
function rawPathOf(url: string): string | null {
  const prefix = `${APP_SCHEME}://${APP_HOST}`;
  if (!url.toLowerCase().startsWith(prefix)) return null;
  const rest = url.slice(prefix.length);
  if (rest !== '' && !rest.startsWith('/')) return null; // app://kiosk.evil/…, app://kiosk@…
  const end = rest.search(/[?#]/);
  const rawPath = end === -1 ? rest : rest.slice(0, end);
  return rawPath === '' ? '/' : rawPath;
}

/** Decoded path, or null for anything that tries to leave the folder or hide what it is. */
export function safeDecodedPath(rawPath: string): string | null {
  if (/\\|%5c|%00|\0/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // Still encoded after one decode: double encoding (%252e%252e), never produced by our own app.
  if (/%[0-9a-f]{2}/i.test(decoded)) return null;
  if (/[\\\0]/.test(decoded)) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  return decoded;
}

function isInside(directory: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(directory), path.resolve(candidate));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export function handleAppRequest(
  url: string,
  method: string,
  options: AppProtocolOptions,
): AppResponse {
  if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const rawPath = rawPathOf(url);
  if (rawPath === null) return notFound();
  const decoded = safeDecodedPath(rawPath);
  if (decoded === null) return notFound();

  if (decoded === BACK_SOON_PATH) {
    return {
      status: 200,
      headers: { ...BASE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' },
      body: BACK_SOON_HTML,
    };
  }

  let directory: string;
  let file: string | null;
  let relativePath: string;
  if (decoded.startsWith(CONTENT_PREFIX)) {
    relativePath = decoded.slice(CONTENT_PREFIX.length);
    const served = relativePath === '' ? null : options.contentFile(relativePath);
    if (served === null) return notFound();
    ({ directory, file } = served);
  } else {
    directory = options.rendererDir;
    relativePath = APP_PAGES.has(decoded) ? 'index.html' : decoded.slice(1);
    file = relativePath === '' ? null : options.resolveFile(directory, relativePath);
  }
  // Belt and braces: whatever the resolver says, never serve a file outside the folder.
  if (file === null || !isInside(directory, file) || !options.isFile(file)) return notFound();
  const headers = { ...BASE_HEADERS, 'Content-Type': contentTypeOf(file) };
  // The attract loop's first frame belongs to the kiosk page, not to the studio's.
  const firstFrame =
    relativePath === 'index.html' && directory === options.rendererDir && !isStudioPage(decoded)
      ? options.firstFrame?.()
      : null;
  return firstFrame ? { status: 200, headers, file, firstFrame } : { status: 200, headers, file };
}

/** What to send for a file answer: the file, or index.html with the first frame written into it. */
export async function readAppFile(
  answer: Extract<AppResponse, { file: string }>,
  readFile: (file: string) => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer> | string> {
  const bytes = await readFile(answer.file);
  return answer.firstFrame
    ? withFirstFrame(new TextDecoder().decode(bytes), answer.firstFrame)
    : bytes;
}
