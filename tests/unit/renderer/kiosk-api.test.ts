import { describe, expect, it } from 'vitest';
import {
  invokeRequestSchemas,
  previewInvokePath,
  previewSendPath,
  sendMessageSchemas,
} from '../../../common/ipc-contract';
import type { InvokeChannel, SendChannel } from '../../../common/ipc-contract';
import {
  createPreviewKioskApi,
  previewInvokeUrl,
  previewSendUrl,
} from '../../../renderer/src/platform/kiosk-api';

describe('preview kiosk API', () => {
  it('uses the same HTTP paths as the contract', () => {
    for (const channel of Object.keys(invokeRequestSchemas) as InvokeChannel[]) {
      expect(previewInvokeUrl(channel)).toBe(previewInvokePath(channel));
    }
    for (const channel of Object.keys(sendMessageSchemas) as SendChannel[]) {
      expect(previewSendUrl(channel)).toBe(previewSendPath(channel));
    }
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
