import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../common/content-security-policy';
import { createPreviewServer } from '../../../tools/preview-server';

let baseUrl = '';
let close: () => Promise<void>;
let firstFrame: string | null = null;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'preview-server-'));
  const rendererDir = join(root, 'renderer');
  const contentDir = join(root, 'content');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await mkdir(join(contentDir, 'assets'), { recursive: true });
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><title>kiosk</title><body><div id="root"></div></body>',
  );
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(contentDir, 'assets', 'hero.webp'), 'webp-bytes');
  await writeFile(join(root, 'secret.txt'), 'secret');
  const server = createPreviewServer({
    rendererDir,
    contentDir: () => contentDir,
    firstFrame: () => firstFrame,
    api: async (req, res) => {
      if (!req.url?.startsWith('/api/invoke/content:get')) return false;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
      return true;
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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

  it('serves content images from the content folder only', async () => {
    expect((await fetch(`${baseUrl}/content/assets/hero.webp`)).status).toBe(200);
    for (const path of ['/content/../secret.txt', '/content/%2e%2e/secret.txt', '/../secret.txt']) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  it('hands /api requests to the API and answers 404 for the rest', async () => {
    const answer = await fetch(`${baseUrl}/api/invoke/content:get`, { method: 'POST' });
    expect(await answer.json()).toEqual({ status: 'ready' });
    expect((await fetch(`${baseUrl}/api/invoke/nothing`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${baseUrl}/missing.js`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/`, { method: 'POST' })).status).toBe(405);
  });
});
