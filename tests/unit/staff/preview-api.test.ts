// Runs in: Node (tests). The preview's HTTP API validates like IPC and keeps staff channels locked.
import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentState } from '../../../common/ipc-contract';
import type { KioskServices } from '../../../electron/main/kiosk-services';
import { StaffLockedError } from '../../../electron/main/staff/staff-session';
import { createPreviewApi } from '../../../tools/preview-api';

let server: Server;
let base: string;
let services: KioskServices;

const contentListeners = new Set<(state: ContentState) => void>();

function fakeServices(): KioskServices {
  let unlocked = false;
  const staff = async () => {
    if (!unlocked) throw new StaffLockedError('staff:status');
    return { version: '9' };
  };
  return {
    invoke: {
      'content:get': async () => ({ status: 'error', file: 'x', problems: [] }),
      'staff:unlock': async ({ pin }: { pin: string }) => {
        unlocked = pin === '202204';
        return unlocked ? { ok: true } : { ok: false, attemptsLeft: 4, lockedUntil: null };
      },
      'staff:status': staff,
      'staff:set-kiosk-name': vi.fn(async ({ name }: { name: string }) => ({ ok: true, name })),
    },
    send: { 'stats:event': vi.fn(), 'kiosk:mode': vi.fn(), 'log:renderer-error': vi.fn() },
    curator: {
      importCsvUpload: vi.fn(async (baseRevision: number, body: Buffer) => {
        if (!unlocked) throw new StaffLockedError('curator:import-csv');
        if (body.toString() === 'forged') return { badUpload: 'listing is not JSON' };
        return { ok: false, reason: 'conflict', echo: [baseRevision, body.toString()] };
      }),
    },
    onContentChanged: (listener: (state: ContentState) => void) => {
      contentListeners.add(listener);
      return () => contentListeners.delete(listener);
    },
  } as unknown as KioskServices;
}

beforeEach(async () => {
  services = fakeServices();
  const api = createPreviewApi(services);
  server = createServer((req, res) => {
    void api(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('preview API', () => {
  it('answers invoke channels with JSON', async () => {
    const response = await post('/api/invoke/content:get', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'error' });
  });

  it('refuses staff channels until unlocked, then answers them', async () => {
    expect((await post('/api/invoke/staff:status', {})).status).toBe(403);
    const wrong = await post('/api/invoke/staff:unlock', { request: { pin: '1111' } });
    expect(await wrong.json()).toMatchObject({ ok: false });
    await post('/api/invoke/staff:unlock', { request: { pin: '202204' } });
    const status = await post('/api/invoke/staff:status', {});
    expect(await status.json()).toEqual({ version: '9' });
  });

  it('rejects bad payloads and unknown channels before the services see them', async () => {
    expect((await post('/api/invoke/staff:unlock', { request: { pin: 'abc' } })).status).toBe(400);
    expect((await post('/api/invoke/no-such', {})).status).toBe(400);
    expect((await post('/api/send/stats:event', { message: { type: 'who' } })).status).toBe(400);
    expect(services.send['stats:event']).not.toHaveBeenCalled();
  });

  it('checks a kiosk name payload like IPC: a string of bounded length, nothing else', async () => {
    const setName = services.invoke['staff:set-kiosk-name'];
    for (const request of [{ name: 42 }, { name: 'x'.repeat(401) }, { name: 'A', id: 'B' }, {}]) {
      expect((await post('/api/invoke/staff:set-kiosk-name', { request })).status).toBe(400);
    }
    expect(setName).not.toHaveBeenCalled();
    const response = await post('/api/invoke/staff:set-kiosk-name', { request: { name: 'Hall' } });
    expect(await response.json()).toEqual({ ok: true, name: 'Hall' });
  });

  it('passes valid messages on', async () => {
    const response = await post('/api/send/stats:event', { message: { type: 'session-start' } });
    expect(response.status).toBe(204);
    expect(services.send['stats:event']).toHaveBeenCalledWith({ type: 'session-start' });
  });

  it('refuses other origins, non-JSON bodies and GET', async () => {
    const foreign = await post('/api/invoke/content:get', {}, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const form = await fetch(`${base}/api/send/kiosk:mode`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"message":"staff"}',
    });
    expect(form.status).toBe(403);
    expect((await fetch(`${base}/api/invoke/content:get`)).status).toBe(405);
    expect((await fetch(`${base}/other`)).status).toBe(404);
  });

  it('pushes new content to the page as server-sent events, as IPC does, and stops when it leaves', async () => {
    const controller = new AbortController();
    const response = await fetch(`${base}/api/events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no stream');
    await reader.read(); // the opening comment: the listener is in place
    const state = { status: 'error', file: 'content.json', problems: [] } as ContentState;
    for (const listener of contentListeners) listener(state);
    const event = new TextDecoder().decode((await reader.read()).value);
    expect(event).toBe(`event: content\ndata: ${JSON.stringify(state)}\n\n`);
    controller.abort();
    await vi.waitFor(() => expect(contentListeners.size).toBe(0));
    const foreign = await fetch(`${base}/api/events`, {
      headers: { origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
  });

  describe('CSV import upload', () => {
    const upload = (path: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', ...headers },
        body,
      });

    it('answers only after the PIN, passing the revision and the bytes to the studio', async () => {
      expect((await upload('/api/curator/csv?baseRevision=3', 'folder')).status).toBe(403);
      await post('/api/invoke/staff:unlock', { request: { pin: '202204' } });
      const response = await upload('/api/curator/csv?baseRevision=3', 'folder');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        ok: false,
        reason: 'conflict',
        echo: [3, 'folder'],
      });
      expect((await upload('/api/curator/csv?baseRevision=3', 'forged')).status).toBe(400);
    });

    it('refuses a bad revision, another origin, a JSON body and GET before the studio sees them', async () => {
      await post('/api/invoke/staff:unlock', { request: { pin: '202204' } });
      for (const revision of ['-1', 'abc', '1.5', '']) {
        const response = await upload(`/api/curator/csv?baseRevision=${revision}`, 'folder');
        expect(response.status).toBe(400);
      }
      expect((await upload('/api/curator/csv', 'folder')).status).toBe(400);
      const foreign = await upload('/api/curator/csv?baseRevision=1', 'folder', {
        origin: 'http://evil.example',
      });
      expect(foreign.status).toBe(403);
      const json = await upload('/api/curator/csv?baseRevision=1', '{}', {
        'content-type': 'application/json',
      });
      expect(json.status).toBe(403);
      expect((await fetch(`${base}/api/curator/csv?baseRevision=1`)).status).toBe(405);
      expect(services.curator.importCsvUpload).not.toHaveBeenCalled();
    });

    it('answers 413 to an upload over 1 GB without reading it', async () => {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${base}/api/curator/csv?baseRevision=1`, {
          method: 'POST',
          headers: {
            'content-type': 'application/octet-stream',
            'content-length': String(2 * 1024 * 1024 * 1024),
          },
        });
        req.on('response', (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.write('the first bytes of a very large folder');
      });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, reason: 'upload-too-large' });
      expect(services.curator.importCsvUpload).not.toHaveBeenCalled();
    });
  });
});
