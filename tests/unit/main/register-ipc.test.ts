// Runs in: Node (vitest).
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import {
  invokeRequestSchemas,
  sendMessageSchemas,
  type ContentState,
} from '../../../common/ipc-contract';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/main/app-origin';
import {
  forwardContentChanges,
  registerIpc,
  type IpcServices,
} from '../../../electron/main/ipc/register-ipc';
import { silentLogger } from '../../../electron/main/log/logger';
import { FakeWebContents, ipcMain, resetElectronFake } from '../../fakes/electron';

const trusted = { senderFrame: { url: APP_ENTRY_URL, parent: null } };

function fakeServices() {
  const invoke: Record<string, Mock> = Object.fromEntries(
    Object.keys(invokeRequestSchemas).map((channel) => [
      channel,
      vi.fn(async () => `answer:${channel}`),
    ]),
  );
  const send: Record<string, Mock> = Object.fromEntries(
    Object.keys(sendMessageSchemas).map((channel) => [channel, vi.fn()]),
  );
  return { invoke, send };
}

/** The fake mocks, seen through the interface registerIpc takes. */
const asServices = (fake: ReturnType<typeof fakeServices>): IpcServices =>
  fake as unknown as IpcServices;

beforeEach(() => resetElectronFake());

describe('registerIpc', () => {
  it('registers every invoke and send channel of the contract', () => {
    registerIpc({
      ipcMain,
      services: asServices(fakeServices()),
      allowedOrigins: [APP_ORIGIN],
      log: silentLogger,
    });
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(invokeRequestSchemas).sort());
    for (const channel of Object.keys(sendMessageSchemas))
      expect(ipcMain.listenerCount(channel)).toBe(1);
  });

  it('passes a valid request from our frame to the service', async () => {
    const services = fakeServices();
    registerIpc({
      ipcMain,
      services: asServices(services),
      allowedOrigins: [APP_ORIGIN],
      log: silentLogger,
    });
    await expect(ipcMain.invoke('staff:unlock', trusted, { pin: '1234' })).resolves.toBe(
      'answer:staff:unlock',
    );
    expect(services.invoke['staff:unlock']).toHaveBeenCalledWith({ pin: '1234' });
    await expect(ipcMain.invoke('content:get', trusted)).resolves.toBe('answer:content:get');
  });

  it('refuses other origins, iframes and frameless senders', async () => {
    const services = fakeServices();
    registerIpc({
      ipcMain,
      services: asServices(services),
      allowedOrigins: [APP_ORIGIN],
      log: silentLogger,
    });
    const senders = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///C:/index.html', parent: null } },
      { senderFrame: { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } } },
      { senderFrame: null },
    ];
    for (const sender of senders) {
      await expect(ipcMain.invoke('content:get', sender)).rejects.toThrow('refused');
      ipcMain.emit('kiosk:mode', sender, 'visitor');
    }
    expect(services.invoke['content:get']).not.toHaveBeenCalled();
    expect(services.send['kiosk:mode']).not.toHaveBeenCalled();
  });

  it('refuses payloads that do not match the contract', async () => {
    const services = fakeServices();
    registerIpc({
      ipcMain,
      services: asServices(services),
      allowedOrigins: [APP_ORIGIN],
      log: silentLogger,
    });
    await expect(ipcMain.invoke('staff:unlock', trusted, { pin: 'abcd' })).rejects.toThrow(
      /invalid payload/,
    );
    await expect(
      ipcMain.invoke('staff:unlock', trusted, { pin: '1234', extra: 1 }),
    ).rejects.toThrow();
    ipcMain.emit('kiosk:mode', trusted, 'hacked');
    ipcMain.emit('stats:event', trusted, { type: 'hero-view', heroId: '../../x' });
    expect(services.invoke['staff:unlock']).not.toHaveBeenCalled();
    expect(services.send['kiosk:mode']).not.toHaveBeenCalled();
    expect(services.send['stats:event']).not.toHaveBeenCalled();
  });

  it('delivers valid messages, and survives a throwing handler', () => {
    const services = fakeServices();
    services.send['kiosk:mode']?.mockImplementation(() => {
      throw new Error('boom');
    });
    registerIpc({
      ipcMain,
      services: asServices(services),
      allowedOrigins: [APP_ORIGIN],
      log: silentLogger,
    });
    expect(() => ipcMain.emit('kiosk:mode', trusted, 'visitor')).not.toThrow();
    ipcMain.emit('stats:event', trusted, { type: 'session-start' });
    expect(services.send['kiosk:mode']).toHaveBeenCalledWith('visitor');
    expect(services.send['stats:event']).toHaveBeenCalledWith({ type: 'session-start' });
  });

  it('removes everything it registered', () => {
    const dispose = registerIpc({
      ipcMain,
      services: asServices(fakeServices()),
      allowedOrigins: [APP_ORIGIN],
      log: silentLogger,
    });
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.listenerCount('kiosk:mode')).toBe(0);
  });
});

describe('forwardContentChanges', () => {
  it('sends content:changed to the live window only', () => {
    const listeners: Array<(state: ContentState) => void> = [];
    const contents = new FakeWebContents();
    const unsubscribe = vi.fn();
    forwardContentChanges(
      (listener) => {
        listeners.push(listener);
        return unsubscribe;
      },
      () => contents,
    );
    const state: ContentState = { status: 'error', file: 'content.json', problems: [] };
    listeners[0]?.(state);
    expect(contents.sent).toEqual([{ channel: 'content:changed', args: [state] }]);
    contents.destroyed = true;
    listeners[0]?.(state);
    expect(contents.sent).toHaveLength(1);
  });
});
