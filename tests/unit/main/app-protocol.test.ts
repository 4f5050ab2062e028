// Runs in: Node (vitest).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../common/content-security-policy';
import {
  curatorMediaPath,
  handleAppRequest,
  readAppFile,
  type AppProtocolOptions,
} from '../../../electron/main/protocol/app-protocol';

let root: string;
let rendererDir: string;
let contentDir: string;
let options: AppProtocolOptions;

/** A deliberately naive join, so the handler's own refusals are what the tests exercise. */
const naiveJoin = (directory: string, urlPath: string): string => path.join(directory, urlPath);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'app-protocol-'));
  rendererDir = path.join(root, 'renderer');
  contentDir = path.join(root, 'content');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(contentDir, 'photos'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'main.js'), '');
  fs.writeFileSync(path.join(contentDir, 'photos', 'hero one.jpg'), '');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
  options = {
    rendererDir,
    contentFile: (urlPath) => ({ directory: contentDir, file: naiveJoin(contentDir, urlPath) }),
    resolveFile: naiveJoin,
    isFile: (file) => fs.existsSync(file) && fs.statSync(file).isFile(),
  };
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const get = (url: string, overrides: Partial<AppProtocolOptions> = {}) =>
  handleAppRequest(url, 'GET', { ...options, ...overrides });

describe('app:// protocol', () => {
  it('serves the renderer with the CSP header and a content type', () => {
    const response = get('app://kiosk/index.html');
    expect(response).toMatchObject({ status: 200, file: path.join(rendererDir, 'index.html') });
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(get('app://kiosk/assets/main.js').headers['Content-Type']).toMatch(/^text\/javascript/);
  });

  it('serves index.html for the bare origin', () => {
    expect(get('app://kiosk/')).toMatchObject({
      status: 200,
      file: path.join(rendererDir, 'index.html'),
    });
    expect(get('app://kiosk')).toMatchObject({ status: 200 });
  });

  it('asks for the first frame for index.html only, and leaves it out when there is none', () => {
    const firstFrame = () => '<div id="first-frame"></div>';
    expect(get('app://kiosk/', { firstFrame })).toMatchObject({ firstFrame: firstFrame() });
    expect(get('app://kiosk/index.html', { firstFrame })).toMatchObject({
      firstFrame: firstFrame(),
    });
    expect(get('app://kiosk/assets/main.js', { firstFrame })).not.toHaveProperty('firstFrame');
    expect(get('app://kiosk/', { firstFrame: () => null })).not.toHaveProperty('firstFrame');
    // A curator's content folder with its own index.html gets no frame written into it.
    fs.writeFileSync(path.join(contentDir, 'index.html'), '<!doctype html>');
    expect(get('app://kiosk/content/index.html', { firstFrame })).not.toHaveProperty('firstFrame');
  });

  it("serves the app for the curator studio page, without the attract loop's first frame", () => {
    const firstFrame = () => '<div id="first-frame"></div>';
    for (const url of ['app://kiosk/curator', 'app://kiosk/curator/']) {
      const response = get(url, { firstFrame });
      expect(response).toMatchObject({ status: 200, file: path.join(rendererDir, 'index.html') });
      expect(response).not.toHaveProperty('firstFrame');
    }
  });

  it('hands /curator-media/ paths to the studio, checked like every path', () => {
    expect(curatorMediaPath('app://kiosk/curator-media/assets/studio/a-b-portrait.webp')).toBe(
      'assets/studio/a-b-portrait.webp',
    );
    expect(curatorMediaPath('app://kiosk/curator-media/../../etc/passwd')).toBeNull();
    expect(curatorMediaPath('app://kiosk/curator-media/%2e%2e/secret.txt')).toBeNull();
    expect(curatorMediaPath('app://kiosk/curator-media/')).toBeNull();
    expect(curatorMediaPath('app://kiosk/content/x.webp')).toBeNull();
    expect(curatorMediaPath('app://evil/curator-media/x.webp')).toBeNull();
  });

  it('sends index.html with the first frame written in, and other files as they are', async () => {
    const read = async (file: string) => fs.promises.readFile(file);
    fs.writeFileSync(path.join(rendererDir, 'page.html'), '<body><div id="root"></div></body>');
    const page = { status: 200 as const, headers: {}, file: path.join(rendererDir, 'page.html') };
    expect(await readAppFile({ ...page, firstFrame: '<i></i>' }, read)).toBe(
      '<body><i></i><div id="root"></div></body>',
    );
    expect(String(await readAppFile(page, read))).toBe('<body><div id="root"></div></body>');
  });

  it('serves content images from the current content folder, encoded names included', () => {
    const response = get('app://kiosk/content/photos/hero%20one.jpg?v=2');
    expect(response).toMatchObject({
      status: 200,
      file: path.join(contentDir, 'photos', 'hero one.jpg'),
    });
    expect(response.headers['Content-Type']).toBe('image/jpeg');
  });

  it('answers 404 for missing files and when no content is loaded', () => {
    expect(get('app://kiosk/nope.js').status).toBe(404);
    expect(get('app://kiosk/content/photos/missing.jpg').status).toBe(404);
    expect(
      get('app://kiosk/content/photos/hero%20one.jpg', { contentFile: () => null }).status,
    ).toBe(404);
    expect(get('app://kiosk/assets').status).toBe(404);
  });

  it.each([
    'app://kiosk/../../etc/passwd',
    'app://kiosk/../secret.txt',
    'app://kiosk/content/../../secret.txt',
    'app://kiosk/content/../secret.txt',
    'app://kiosk/%2e%2e/secret.txt',
    'app://kiosk/%2E%2E/%2e%2e/etc/passwd',
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/content/..%2F..%2Fsecret.txt',
    'app://kiosk/%2e%2e%2fsecret.txt',
    'app://kiosk/..\\secret.txt',
    'app://kiosk/..%5csecret.txt',
    'app://kiosk/content/photos\\..\\..\\..\\secret.txt',
    'app://kiosk/%252e%252e/secret.txt',
    'app://kiosk/%252e%252e%252fsecret.txt',
    'app://kiosk/index.html%00.js',
    'app://kiosk/./index.html',
    'app://kiosk/%',
  ])('refuses %s with 404', (url) => {
    const response = get(url);
    expect(response.status).toBe(404);
    expect('file' in response).toBe(false);
  });

  it('never serves outside the folder even when the resolver would', () => {
    const escaping = () => path.join(root, 'secret.txt');
    expect(get('app://kiosk/innocent.txt', { resolveFile: escaping }).status).toBe(404);
    const contentFile = () => ({ directory: contentDir, file: escaping() });
    expect(get('app://kiosk/content/innocent.jpg', { contentFile }).status).toBe(404);
  });

  it('refuses other hosts and methods', () => {
    expect(get('app://kiosk.evil/index.html').status).toBe(404);
    expect(get('app://other/index.html').status).toBe(404);
    expect(get('app://kiosk@evil/index.html').status).toBe(404);
    expect(handleAppRequest('app://kiosk/index.html', 'POST', options).status).toBe(405);
  });

  it('serves the static back-soon page without touching the bundle', () => {
    const response = get('app://kiosk/__back-soon.html', { rendererDir: path.join(root, 'gone') });
    expect(response.status).toBe(200);
    expect('body' in response && response.body).toContain('Back soon');
    expect('body' in response && response.body).not.toContain('<script');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is self-only, with no inline or remote scripts and no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
