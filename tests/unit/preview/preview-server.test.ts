// Runs in: Node (vitest). The web preview's HTTP server: the app with its CSP, only the images the
// content names, only for its own loopback host, and no crash when a file goes while it is served.
import { request } from 'node:http';
import type * as FsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Content } from '../../../common/content-schema';
import { CONTENT_SECURITY_POLICY } from '../../../common/content-security-policy';
import { referencedContentFile } from '../../../electron/main/content/referenced-file';
import { createPreviewServer } from '../../../tools/preview-server';

// A file removed right after the server looked at it: the race of a content folder being replaced.
const vanishAfterStat = vi.hoisted(() => new Set<string>());
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    stat: async (path: string) => {
      const info = await actual.stat(path);
      if (vanishAfterStat.has(path)) await actual.rm(path);
      return info;
    },
  };
});

let baseUrl = '';
let port = 0;
let contentDir = '';
let close: () => Promise<void>;
let firstFrame: string | null = null;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'preview-server-'));
  const rendererDir = join(root, 'renderer');
  contentDir = join(root, 'content');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await mkdir(join(contentDir, 'assets'), { recursive: true });
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><title>kiosk</title><body><div id="root"></div></body>',
  );
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(contentDir, 'assets', 'hero.webp'), 'webp-bytes');
  await writeFile(join(contentDir, 'assets', 'not-named.webp'), 'webp-bytes');
  await writeFile(join(contentDir, 'package.json'), '{}');
  await mkdir(join(contentDir, '.git'));
  await writeFile(join(contentDir, '.git', 'config'), '[remote]');
  await writeFile(join(root, 'secret.txt'), 'secret');
  const photo = (name: string) => ({ portrait: `assets/${name}`, thumbnail: `assets/${name}` });
  const content = {
    heroes: [{ photo: photo('hero.webp') }, { photo: photo('vanishing.webp') }],
  } as unknown as Content;
  const server = createPreviewServer({
    rendererDir,
    contentFile: (urlPath) => referencedContentFile(content, contentDir, urlPath),
    firstFrame: () => firstFrame,
    api: async (req, res) => {
      if (!req.url?.startsWith('/api/invoke/content:get')) return false;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
      return true;
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(() => close());

describe('preview server', () => {
  it('serves the app with the content security policy', async () => {
    const response = await fetch(`${baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await fetch(`${baseUrl}/assets/app.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
  });

  it('writes the first frame into the page, as the app:// protocol does', async () => {
    firstFrame = '<div id="first-frame"></div>';
    try {
      for (const path of ['/', '/index.html']) {
        const response = await fetch(`${baseUrl}${path}`);
        expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
        expect(await response.text()).toContain(
          '<body><div id="first-frame"></div><div id="root">',
        );
      }
    } finally {
      firstFrame = null;
    }
    expect(await (await fetch(`${baseUrl}/`)).text()).not.toContain('first-frame');
  });

  it('serves the images the content names, and nothing else of the content folder', async () => {
    expect((await fetch(`${baseUrl}/content/assets/hero.webp`)).status).toBe(200);
    for (const path of [
      '/content/../secret.txt',
      '/content/%2e%2e/secret.txt',
      '/../secret.txt',
      '/content/.git/config',
      '/content/%2egit/config',
      '/content/package.json',
      '/content/content.json',
      '/content/assets/not-named.webp',
      '/content/assets/hero.webp/',
      '/.git/config',
    ]) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  it('answers 404 for a file that goes between being found and being read, and keeps serving', async () => {
    const file = join(contentDir, 'assets', 'vanishing.webp');
    await writeFile(file, 'webp-bytes');
    vanishAfterStat.add(file);
    try {
      expect((await fetch(`${baseUrl}/content/assets/vanishing.webp`)).status).toBe(404);
    } finally {
      vanishAfterStat.delete(file);
      await rm(file, { force: true });
    }
    expect((await fetch(`${baseUrl}/content/assets/hero.webp`)).status).toBe(200);
  });

  it('hands /api requests to the API and answers 404 for the rest', async () => {
    const answer = await fetch(`${baseUrl}/api/invoke/content:get`, { method: 'POST' });
    expect(await answer.json()).toEqual({ status: 'ready' });
    expect((await fetch(`${baseUrl}/api/invoke/nothing`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${baseUrl}/missing.js`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/`, { method: 'POST' })).status).toBe(405);
  });

  it('answers only its own loopback host and port, from its own origin', async () => {
    const ok = ['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]'].map((name) => `${name}:${port}`);
    for (const host of ok) expect(await statusOf('/', { host }), host).toBe(200);
    for (const host of [
      `rebound.example:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `127.0.0.1.nip.io:${port}`,
      '',
    ]) {
      expect(await statusOf('/', { host }), host).toBe(403);
      expect(await statusOf('/api/invoke/content:get', { host }, 'POST'), host).toBe(403);
    }
    const host = `127.0.0.1:${port}`;
    expect(await statusOf('/', { host, origin: `http://${host}` })).toBe(200);
    for (const origin of [
      'http://rebound.example',
      'null',
      `https://${host}`,
      `http://localhost:${port}`,
    ]) {
      expect(await statusOf('/api/invoke/content:get', { host, origin }, 'POST'), origin).toBe(403);
      expect(await statusOf('/content/assets/hero.webp', { host, origin }), origin).toBe(403);
    }
  });
});

/** A request with exactly these headers (fetch would not let a test set Host). */
function statusOf(path: string, headers: Record<string, string>, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: '127.0.0.1', port, path, method, headers, setHost: false },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    sent.on('error', reject);
    sent.end();
  });
}
