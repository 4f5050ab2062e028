import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentState } from '../../../common/ipc-contract';
import { invokeRequestSchemas, sendMessageSchemas } from '../../../common/ipc-contract';
import {
  createKioskApiFromTransport,
  PREVIEW_EVENTS_PATH,
} from '../../../common/kiosk-api-transport';
import { uploadCsvFolderOverHttp } from '../../../common/curator-api-transport';
import { MAX_CSV_UPLOAD_BYTES } from '../../../common/csv-upload';
import { uploadedCsvFolder } from '../../../electron/main/curator/csv-folder';
import { createPreviewKioskApi } from '../../../renderer/src/platform/kiosk-api';

describe('preview kiosk API', () => {
  it('reaches every channel of the contract, and only those', async () => {
    const invoked = new Set<string>();
    const sent = new Set<string>();
    const api = createKioskApiFromTransport({
      invoke: async (channel) => {
        invoked.add(channel);
        return null as never;
      },
      send: (channel) => sent.add(channel),
      onContentChanged: () => () => undefined,
    });
    await Promise.all([
      api.content.get(),
      api.staff.unlock('1234'),
      api.staff.lock(),
      api.staff.status(),
      api.staff.stats(),
      api.staff.reloadContent(),
      api.staff.changePin('1234', '5678'),
      api.staff.exportStats(),
      api.staff.quit(),
      api.staff.setKioskName('Entrance'),
      api.staff.listPacks(),
      api.staff.installPack('0123456789abcdef'),
      api.curator.open(),
      api.curator.save(0, null as never),
      api.curator.discardDraft(),
      api.curator.choosePhoto('hero-04'),
      api.curator.photoProgress(),
      api.curator.setFocalPoint('0'.repeat(64), { x: 0.5, y: 0.5 }),
      api.curator.publish(1),
      api.curator.restorePrevious(),
      api.curator.importCsv(1),
    ]);
    api.kiosk.reportMode('visitor');
    api.kiosk.reportError({ message: 'x' });
    api.kiosk.reportFramesStalled({ stalledMs: 20_000 });
    api.stats.record({ type: 'session-start' });
    expect([...invoked].sort()).toEqual(Object.keys(invokeRequestSchemas).sort());
    expect([...sent].sort()).toEqual(Object.keys(sendMessageSchemas).sort());
  });

  it('posts invoke requests and send messages as JSON', async () => {
    const calls: { url: string; body: unknown }[] = [];
    const api = createPreviewKioskApi(async (url, init) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify({ ok: true }), { status: 200 });
    });
    await expect(api.staff.unlock('1234')).resolves.toEqual({ ok: true });
    api.stats.record({ type: 'session-start' });
    expect(calls).toEqual([
      { url: '/api/invoke/staff:unlock', body: { request: { pin: '1234' } } },
      { url: '/api/send/stats:event', body: { message: { type: 'session-start' } } },
    ]);
  });

  it('rejects when the preview server answers with an error', async () => {
    const api = createPreviewKioskApi(async () => new Response('no', { status: 500 }));
    await expect(api.content.get()).rejects.toThrow('HTTP 500');
  });

  afterEach(() => vi.unstubAllGlobals());

  it("follows content changes over the preview's event stream, as over IPC", () => {
    const opened: FakeEventSource[] = [];
    class FakeEventSource {
      closed = false;
      listeners = new Map<string, (event: { data: string }) => void>();
      constructor(readonly url: string) {
        opened.push(this);
      }
      addEventListener(type: string, listener: (event: { data: string }) => void) {
        this.listeners.set(type, listener);
      }
      close() {
        this.closed = true;
      }
    }
    vi.stubGlobal('EventSource', FakeEventSource);
    const api = createPreviewKioskApi(async () => new Response('null'));
    const received: ContentState[] = [];
    const stop = api.content.onChanged((state) => received.push(state));
    const state: ContentState = { status: 'error', file: 'content.json', problems: [] };
    expect(opened.map((source) => source.url)).toEqual([PREVIEW_EVENTS_PATH]);
    opened[0]?.listeners.get('content')?.({ data: JSON.stringify(state) });
    expect(received).toEqual([state]);
    stop();
    expect(opened[0]?.closed).toBe(true);
  });
});

describe('the preview CSV folder upload', () => {
  const photoOf = (size: number): Blob => new Blob([new Uint8Array(size)]);

  it('sends heroes.csv and photos, a too large photo by size only, other documents not at all', async () => {
    let sent: { url: string; body: Buffer } | null = null;
    const files = [
      { path: 'heroes.csv', file: new Blob(['id,status\n']) },
      { path: 'a.JPG', file: photoOf(10) },
      { path: 'notes.docx', file: photoOf(7) },
      { path: 'huge.tif', file: sizeOnly(400 * 1024 * 1024) },
    ];
    const answer = await uploadCsvFolderOverHttp(
      async (url, init) => {
        sent = { url, body: Buffer.from(await (init.body as Blob).arrayBuffer()) };
        return new Response(JSON.stringify({ ok: false, reason: 'busy' }), { status: 200 });
      },
      7,
      files,
    );
    expect(answer).toEqual({ ok: false, reason: 'busy' });
    if (!sent) throw new Error('nothing was sent');
    const { url, body } = sent as { url: string; body: Buffer };
    expect(url).toBe('/api/curator/csv?baseRevision=7');
    const folder = uploadedCsvFolder(body);
    if (!folder.ok) throw new Error(folder.error);
    expect((await folder.folder.read('heroes.csv')).toString()).toBe('id,status\n');
    expect((await folder.folder.read('a.JPG')).length).toBe(10);
    expect(await folder.folder.size('huge.tif')).toBe(400 * 1024 * 1024);
    await expect(folder.folder.read('huge.tif')).rejects.toThrow(/not sent/);
    expect(await folder.folder.size('notes.docx')).toBeNull();
    expect(body.length).toBeLessThan(1000);
  });

  it('refuses a folder over the upload limit without sending it, and reads a 413 the same way', async () => {
    const fetchImpl = vi.fn(async () => new Response('', { status: 413 }));
    const photos = Array.from({ length: 4 }, (_, index) => ({
      path: `p${index}.jpg`,
      file: sizeOnly(290 * 1024 * 1024),
    }));
    expect(await uploadCsvFolderOverHttp(fetchImpl, 1, photos)).toMatchObject({
      ok: false,
      reason: 'upload-too-large',
      maxBytes: MAX_CSV_UPLOAD_BYTES,
    });
    expect(fetchImpl).not.toHaveBeenCalled();
    const small = [{ path: 'heroes.csv', file: new Blob(['x']) }];
    expect(await uploadCsvFolderOverHttp(fetchImpl, 1, small)).toMatchObject({
      reason: 'upload-too-large',
    });
  });
});

/** A file that only has a size: reading it would fail the test (it must never be sent). */
function sizeOnly(size: number): Blob {
  return { size } as Blob;
}
