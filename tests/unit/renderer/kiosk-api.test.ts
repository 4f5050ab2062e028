import { describe, expect, it } from 'vitest';
import { invokeRequestSchemas, sendMessageSchemas } from '../../../common/ipc-contract';
import { createKioskApiFromTransport } from '../../../common/kiosk-api-transport';
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
      api.curator.open(),
      api.curator.save(0, null as never),
      api.curator.discardDraft(),
      api.curator.choosePhoto('hero-04'),
      api.curator.photoProgress(),
      api.curator.setFocalPoint('0'.repeat(64), { x: 0.5, y: 0.5 }),
      api.curator.publish(1),
      api.curator.restorePrevious(),
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
});
