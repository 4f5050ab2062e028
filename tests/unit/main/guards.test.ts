// Runs in: Node (vitest).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/app-origin';
import { silentLogger } from '../../../electron/main/log/logger';
import {
  installContentsGuards,
  installSessionGuards,
  installWindowGuards,
  isAllowedRequest,
} from '../../../electron/main/security/guards';
import {
  BrowserWindow,
  FakeEvent,
  FakeSession,
  FakeWebContents,
  resetElectronFake,
} from '../../fakes/electron';

const policy = { extraOrigins: [], devTools: false };

beforeEach(() => resetElectronFake());

describe('session guards', () => {
  it('refuses every request that leaves the app', () => {
    const session = new FakeSession();
    installSessionGuards(session, policy, silentLogger);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/x',
      'wss://example.com/socket',
      'file:///etc/passwd',
      'ftp://example.com/',
      'not a url',
    ]) {
      expect(session.webRequest.simulate(url), url).toEqual({ cancel: true });
    }
  });

  it("lets the app's own scheme, data: and blob: through", () => {
    const session = new FakeSession();
    installSessionGuards(session, policy, silentLogger);
    for (const url of [
      'app://kiosk/index.html',
      'data:image/png;base64,AAAA',
      'blob:app://kiosk/1234',
    ]) {
      expect(session.webRequest.simulate(url), url).toEqual({});
    }
  });

  it('allows the dev server only when it is named (development)', () => {
    const dev = { extraOrigins: ['http://localhost:5173'], devTools: true };
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', policy)).toBe(false);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', dev)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', policy)).toBe(false);
  });

  it('redirects only what the policy names (dev server /content/ -> app://kiosk/content/)', () => {
    const session = new FakeSession();
    const redirect = (url: string) =>
      url.startsWith('http://localhost:5173/content/')
        ? url.replace('http://localhost:5173', APP_ORIGIN)
        : null;
    installSessionGuards(
      session,
      { extraOrigins: ['http://localhost:5173'], devTools: true, redirect },
      silentLogger,
    );
    expect(session.webRequest.simulate('http://localhost:5173/content/photos/a.jpg')).toEqual({
      redirectURL: 'app://kiosk/content/photos/a.jpg',
    });
    expect(session.webRequest.simulate('http://localhost:5173/src/main.tsx')).toEqual({});
    expect(session.webRequest.simulate('https://example.com/content/a.jpg')).toEqual({
      cancel: true,
    });
  });

  it('denies every permission request and check, and every device', () => {
    const session = new FakeSession();
    installSessionGuards(session, policy, silentLogger);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'fullscreen',
      'openExternal',
    ]) {
      const callback = vi.fn();
      session.permissionRequestHandler?.(...([{}, permission, callback] as never[]));
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.(...([{}, permission, APP_ORIGIN] as never[]))).toBe(
        false,
      );
    }
    expect(session.devicePermissionHandler?.()).toBe(false);
  });

  it('cancels downloads', () => {
    const session = new FakeSession();
    installSessionGuards(session, policy, silentLogger);
    const event = new FakeEvent();
    session.emit('will-download', event);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('contents guards', () => {
  function guarded(overrides: Partial<Parameters<typeof installContentsGuards>[1]> = {}) {
    const contents = new FakeWebContents();
    installContentsGuards(contents, {
      allowedOrigins: [APP_ORIGIN],
      devTools: false,
      log: silentLogger,
      ...overrides,
    });
    return { contents };
  }

  function navigate(
    contents: FakeWebContents,
    event: 'will-navigate' | 'will-redirect',
    url: string,
  ) {
    const navigation = new FakeEvent();
    contents.emit(event, navigation, url);
    return navigation.defaultPrevented;
  }

  it('refuses navigation and redirects away from the app', () => {
    const { contents } = guarded();
    expect(navigate(contents, 'will-navigate', 'https://unicef.org/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///C:/Windows/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://kiosk.evil/index.html')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://kiosk/index.html')).toBe(false);
  });

  it('denies every new window (and so never opens the system browser)', () => {
    const { contents } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://unicef.org/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it('refuses webviews and the context menu', () => {
    const { contents } = guarded();
    for (const name of ['will-attach-webview', 'context-menu']) {
      const event = new FakeEvent();
      contents.emit(name, event, {});
      expect(event.defaultPrevented, name).toBe(true);
    }
  });

  it('swallows blocked shortcuts and lets typing through', () => {
    const { contents } = guarded();
    const press = (input: Record<string, unknown>) => {
      const event = new FakeEvent();
      contents.emit('before-input-event', event, {
        type: 'keyDown',
        control: false,
        meta: false,
        alt: false,
        shift: false,
        ...input,
      });
      return event.defaultPrevented;
    };
    expect(press({ key: 'F5' })).toBe(true);
    expect(press({ key: 'F4', alt: true })).toBe(true);
    expect(press({ key: 'a' })).toBe(false);
  });

  it('lets the staff key combination through to the page, where it opens the PIN pad', () => {
    const { contents } = guarded();
    const event = new FakeEvent();
    contents.emit('before-input-event', event, {
      type: 'keyDown',
      key: 'K',
      control: true,
      alt: true,
      shift: true,
      meta: false,
    });
    expect(event.defaultPrevented).toBe(false);
  });

  it('pins zoom to 1 after every load, and injects no CSS into the page', async () => {
    const { contents } = guarded();
    contents.zoomFactor = 2;
    contents.emit('did-finish-load');
    await Promise.resolve();
    expect(contents.visualZoomLevelLimits).toEqual([1, 1]);
    expect(contents.zoomFactor).toBe(1);
    // The lockdown is the page's own (body.kiosk): a scanner flags insertCSS in main.
    expect(contents.insertedCss).toEqual([]);
  });

  it('closes devtools at once unless in development', () => {
    const locked = guarded().contents;
    locked.emit('devtools-opened');
    expect(locked.devToolsClosed).toBe(1);
    const dev = guarded({ devTools: true }).contents;
    dev.emit('devtools-opened');
    expect(dev.devToolsClosed).toBe(0);
  });
});

describe('window guards', () => {
  it('cancels close unless the app is quitting', () => {
    const window = new BrowserWindow();
    let quitting = false;
    installWindowGuards(window, () => quitting);
    expect(window.requestClose()).toBe(true);
    expect(window.isDestroyed()).toBe(false);
    quitting = true;
    expect(window.requestClose()).toBe(false);
    expect(window.isDestroyed()).toBe(true);
  });
});
