// Runs in: main process. Installs the kiosk's guards on Electron objects. Takes the small slices of
// Electron's API it needs, so tests hand in recording fakes.
import type { Logger } from '../log/logger';
import { isAllowedOrigin } from '../app-origin';
import { isBlockedInput, type KeyInput } from '../window/blocked-input';

interface PreventableEvent {
  preventDefault(): void;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler?(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(
      listener: (
        details: { url: string },
        callback: (response: { cancel?: boolean; redirectURL?: string }) => void,
      ) => void,
    ): void;
  };
  on(event: 'will-download', listener: (event: PreventableEvent) => void): unknown;
}

export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  on(
    event: 'before-input-event',
    listener: (event: PreventableEvent, input: KeyInput) => void,
  ): unknown;
  on(event: 'did-finish-load' | 'devtools-opened', listener: () => void): unknown;
  on(
    event: 'will-attach-webview' | 'context-menu',
    listener: (event: PreventableEvent) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void>;
  setZoomFactor(factor: number): void;
  closeDevTools(): void;
}

export interface WindowLike {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
}

/** Always allowed: the app's own scheme and in-page data the app creates itself. */
const LOCAL_SCHEMES = ['app:', 'data:', 'blob:'];
/** Development only: the devtools' own pages. */
const DEV_SCHEMES = ['devtools:', 'chrome-extension:'];

export interface NetworkPolicy {
  /** Origins allowed besides app:// (the Vite dev server and its websocket in development). */
  extraOrigins: readonly string[];
  devTools: boolean;
  /** Development: send some allowed requests elsewhere (dev server /content/ -> app://kiosk/content/). */
  redirect?: (url: string) => string | null;
}

/** True when a request may leave the page: only our own scheme (and the dev server in dev). */
export function isAllowedRequest(url: string, policy: NetworkPolicy): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.includes(protocol)) return true;
  if (policy.devTools && DEV_SCHEMES.includes(protocol)) return true;
  return isAllowedOrigin(url, policy.extraOrigins);
}

/** Session-wide: every permission denied, every outside request cancelled, downloads refused. */
export function installSessionGuards(
  session: SessionLike,
  policy: NetworkPolicy,
  log: Logger,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission-refused', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    if (isAllowedRequest(details.url, policy)) {
      const redirectURL = policy.redirect?.(details.url);
      callback(redirectURL ? { redirectURL } : {});
      return;
    }
    log.warn('network-refused', { url: details.url.slice(0, 200) });
    callback({ cancel: true });
  });
  session.on('will-download', (event) => event.preventDefault());
}

export interface ContentsGuardOptions {
  /** Origins the page may be on: app://kiosk, plus the dev server in development. */
  allowedOrigins: readonly string[];
  devTools: boolean;
  log: Logger;
}

/** Per page: no navigation away, no new windows, no webviews, blocked shortcuts, zoom pinned to 1. */
export function installContentsGuards(
  contents: WebContentsLike,
  options: ContentsGuardOptions,
): void {
  const { allowedOrigins, log } = options;
  const refuseNavigation = (event: PreventableEvent, url: string): void => {
    if (isAllowedOrigin(url, allowedOrigins)) return;
    event.preventDefault();
    log.warn('navigation-refused', { url: url.slice(0, 200) });
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  // Never open a window, and never hand a link to the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('window-open-refused', { url: url.slice(0, 200) });
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('context-menu', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    // There is no keyboard way out that skips the PIN: staff's key combination opens the PIN pad
    // in the renderer, and quitting is an action of the unlocked staff panel.
    if (isBlockedInput(input)) event.preventDefault();
  });
  contents.on('did-finish-load', () => {
    // Pinch zoom off and zoom back to 1 after every load, whatever happened before.
    void contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
    contents.setZoomFactor(1);
    // No hidden cursor or selection CSS injected here: the page's own styles carry that (body.kiosk
    // in renderer/src/styles/base.css), and main never injects CSS or script into the page.
  });
  if (!options.devTools) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

/** The window only closes when the app itself is quitting (not Alt+F4, not a stray close()). */
export function installWindowGuards(window: WindowLike, isQuitting: () => boolean): void {
  window.on('close', (event) => {
    if (!isQuitting()) event.preventDefault();
  });
}
