// Runs in: Node (vitest). The preload against the fake electron: what the page gets as window.kiosk.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentState, KioskApi } from '../../../common/ipc-contract';
import type * as FakeElectron from '../../fakes/electron';

let contextBridge: typeof FakeElectron.contextBridge;
let ipcRenderer: typeof FakeElectron.ipcRenderer;

/** A fresh module graph per test: the preload runs its top level (exposeInMainWorld) again. */
async function loadPreload(): Promise<KioskApi> {
  await import('../../../electron/preload/index');
  return contextBridge.exposed.kiosk as KioskApi;
}

beforeEach(async () => {
  vi.resetModules();
  const fake = await import('../../fakes/electron');
  fake.resetElectronFake();
  ({ contextBridge, ipcRenderer } = fake);
});

describe('preload', () => {
  it('exposes window.kiosk and nothing else, never ipcRenderer', async () => {
    const api = await loadPreload();
    expect(Object.keys(contextBridge.exposed)).toEqual(['kiosk']);
    expect(Object.keys(api).sort()).toEqual(['content', 'curator', 'kiosk', 'staff', 'stats']);
    const flatten = (value: unknown): unknown[] =>
      typeof value === 'object' && value !== null
        ? Object.values(value).flatMap((v) => [v, ...flatten(v)])
        : [];
    expect(flatten(api)).not.toContain(ipcRenderer);
    for (const value of flatten(api)) expect(['function', 'object']).toContain(typeof value);
  });

  it('maps each call to its contract channel', async () => {
    const api = await loadPreload();
    ipcRenderer.responses.set('staff:unlock', { ok: true });
    await expect(api.staff.unlock('1234')).resolves.toEqual({ ok: true });
    await api.content.get();
    await api.staff.changePin('1234', '5678');
    await api.staff.quit();
    await api.staff.setKioskName('Entrance');
    expect(ipcRenderer.invoked).toEqual([
      { channel: 'staff:unlock', payload: { pin: '1234' } },
      { channel: 'content:get', payload: undefined },
      { channel: 'staff:change-pin', payload: { current: '1234', next: '5678' } },
      { channel: 'staff:quit', payload: undefined },
      { channel: 'staff:set-kiosk-name', payload: { name: 'Entrance' } },
    ]);
    api.kiosk.reportMode('visitor');
    api.stats.record({ type: 'hero-view', heroId: 'leila-mardenova' });
    api.kiosk.reportError({ message: 'oops' });
    api.kiosk.reportFramesStalled({ stalledMs: 20_000 });
    expect(ipcRenderer.sentMessages).toEqual([
      { channel: 'kiosk:mode', payload: 'visitor' },
      { channel: 'stats:event', payload: { type: 'hero-view', heroId: 'leila-mardenova' } },
      { channel: 'log:renderer-error', payload: { message: 'oops' } },
      { channel: 'kiosk:frames-stalled', payload: { stalledMs: 20_000 } },
    ]);
  });

  it('each content subscription gets the state (not the event) and removes only itself', async () => {
    const api = await loadPreload();
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = api.content.onChanged(first);
    api.content.onChanged(second);
    const state: ContentState = { status: 'error', file: 'content.json', problems: [] };
    ipcRenderer.emit('content:changed', { sender: 'secret' }, state);
    expect(first).toHaveBeenCalledWith(state);
    expect(first.mock.calls[0]).toHaveLength(1);
    unsubscribeFirst();
    ipcRenderer.emit('content:changed', {}, state);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
    expect(ipcRenderer.listenerCount('content:changed')).toBe(1);
  });
});
