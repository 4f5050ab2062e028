// Runs in: Node (vitest). A recording stand-in for the `electron` package: vitest aliases every
// import of 'electron' to this file, so no unit test can reach the real one. Each fake records what
// was done to it; `resetElectronFake()` puts everything back between tests.
import { EventEmitter } from 'node:events';

/** An Electron-style event whose default action can be cancelled. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type Listener = (...args: never[]) => unknown;
type BeforeRequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean; redirectURL?: string }) => void,
) => void;

export class FakeWebRequest {
  beforeRequest: BeforeRequestListener | null = null;
  onBeforeRequest(filterOrListener: unknown, maybeListener?: BeforeRequestListener): void {
    this.beforeRequest =
      typeof filterOrListener === 'function'
        ? (filterOrListener as BeforeRequestListener)
        : (maybeListener ?? null);
  }
  /** Runs a request through the installed listener; answers what the callback was given. */
  simulate(url: string): { cancel?: boolean; redirectURL?: string } | 'no-listener' {
    if (!this.beforeRequest) return 'no-listener';
    let answer: { cancel?: boolean; redirectURL?: string } = {};
    this.beforeRequest({ url }, (response) => {
      answer = response;
    });
    return answer;
  }
}

export class FakeSession extends EventEmitter {
  webRequest = new FakeWebRequest();
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener | null): void {
    this.devicePermissionHandler = handler;
  }
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  visualZoomLevelLimits: [number, number] | null = null;
  zoomFactor = 1;
  insertedCss: string[] = [];
  sent: Array<{ channel: string; args: unknown[] }> = [];
  loadedUrls: string[] = [];
  devToolsOpened = 0;
  devToolsClosed = 0;
  reloads = 0;
  crashes = 0;
  destroyed = false;
  session = new FakeSession();
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  async setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void> {
    this.visualZoomLevelLimits = [minimumLevel, maximumLevel];
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  async insertCSS(css: string): Promise<string> {
    this.insertedCss.push(css);
    return `css-${this.insertedCss.length}`;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
  }
  reload(): void {
    this.reloads += 1;
  }
  forcefullyCrashRenderer(): void {
    this.crashes += 1;
  }
  openDevTools(): void {
    this.devToolsOpened += 1;
  }
  closeDevTools(): void {
    this.devToolsClosed += 1;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((window) => !window.destroyed);
  }
  webContents = new FakeWebContents();
  minimized = false;
  visible = false;
  focused = 0;
  destroyed = false;
  menuBarVisible = true;
  menuRemoved = false;
  constructor(public options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.instances.push(this);
    // Like Electron: every new page announces itself, so app-wide guards can attach.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  removeMenu(): void {
    this.menuRemoved = true;
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    this.focused += 1;
  }
  restore(): void {
    this.minimized = false;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setMenuBarVisibility(visible: boolean): void {
    this.menuBarVisible = visible;
  }
  /** Simulates a close request (Alt+F4, window.close()); true when it was cancelled. */
  requestClose(): boolean {
    const event = new FakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
    return event.defaultPrevented;
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready = false;
  quitCalls = 0;
  exitCodes: number[] = [];
  relaunchCalls = 0;
  /** Set to false to play the second copy of the kiosk. */
  singleInstanceLockAvailable = true;
  paths: Record<string, string> = { userData: '/tmp/fake-user-data', temp: '/tmp' };
  commandLine = {
    switches: [] as Array<{ name: string; value: string | undefined }>,
    appendSwitch: (name: string, value?: string): void => {
      this.commandLine.switches.push({ name, value });
    },
    hasSwitch: (name: string): boolean => this.commandLine.switches.some((s) => s.name === name),
  };
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLockAvailable;
  }
  quit(): void {
    this.quitCalls += 1;
  }
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
  relaunch(): void {
    this.relaunchCalls += 1;
  }
  setPath(name: string, value: string): void {
    this.paths[name] = value;
  }
  getPath(name: string): string {
    return this.paths[name] ?? `/tmp/fake-${name}`;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getAppPath(): string {
    return process.cwd();
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.ready = false;
    this.quitCalls = 0;
    this.exitCodes = [];
    this.relaunchCalls = 0;
    this.singleInstanceLockAvailable = true;
    this.commandLine.switches = [];
    this.paths = { userData: '/tmp/fake-user-data', temp: '/tmp' };
  }
}

type IpcHandler = (event: never, payload: unknown) => unknown;

class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, IpcHandler>();
  handle(channel: string, handler: IpcHandler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Calls the registered handler like a renderer's invoke would. */
  async invoke(channel: string, event: unknown, payload?: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event as never, payload);
  }
  reset(): void {
    this.removeAllListeners();
    this.handlers.clear();
  }
}

class FakeIpcRenderer extends EventEmitter {
  invoked: Array<{ channel: string; payload: unknown }> = [];
  sentMessages: Array<{ channel: string; payload: unknown }> = [];
  /** What invoke answers, by channel. */
  responses = new Map<string, unknown>();
  async invoke(channel: string, payload?: unknown): Promise<unknown> {
    this.invoked.push({ channel, payload });
    return this.responses.get(channel);
  }
  send(channel: string, payload?: unknown): void {
    this.sentMessages.push({ channel, payload });
  }
  reset(): void {
    this.removeAllListeners();
    this.invoked = [];
    this.sentMessages = [];
    this.responses.clear();
  }
}

class FakeContextBridge {
  exposed: Record<string, unknown> = {};
  exposeInMainWorld(key: string, api: unknown): void {
    if (key in this.exposed) throw new Error(`${key} exposed twice`);
    this.exposed[key] = api;
  }
  reset(): void {
    this.exposed = {};
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class FakeProtocol {
  privilegedSchemes: Array<{ scheme: string; privileges?: Record<string, boolean> }> = [];
  handlers = new Map<string, ProtocolHandler>();
  registerSchemesAsPrivileged(
    schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>,
  ): void {
    this.privilegedSchemes.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    this.handlers.set(scheme, handler);
  }
  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }
  reset(): void {
    this.privilegedSchemes = [];
    this.handlers.clear();
  }
}

class FakePowerSaveBlocker {
  active = new Map<number, string>();
  private nextId = 1;
  start(type: string): number {
    const id = this.nextId;
    this.nextId += 1;
    this.active.set(id, type);
    return id;
  }
  stop(id: number): void {
    this.active.delete(id);
  }
  isStarted(id: number): boolean {
    return this.active.has(id);
  }
  reset(): void {
    this.active.clear();
    this.nextId = 1;
  }
}

export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const contextBridge = new FakeContextBridge();
export const protocol = new FakeProtocol();
export const powerSaveBlocker = new FakePowerSaveBlocker();
export const session = {
  defaultSession: new FakeSession(),
  fromPartition: () => session.defaultSession,
};

export const Menu = {
  applicationMenu: undefined as unknown,
  setApplicationMenu(menu: unknown): void {
    Menu.applicationMenu = menu;
  },
  buildFromTemplate(template: unknown[]): { items: unknown[] } {
    return { items: template };
  },
};

export const screen = {
  getPrimaryDisplay: () => ({
    id: 1,
    bounds: { x: 0, y: 0, width: 1080, height: 1920 },
    size: { width: 1080, height: 1920 },
    workAreaSize: { width: 1080, height: 1920 },
    scaleFactor: 1,
    touchSupport: 'available',
  }),
};

export const dialog = {
  errorBoxes: [] as Array<{ title: string; content: string }>,
  showErrorBox(title: string, content: string): void {
    dialog.errorBoxes.push({ title, content });
  },
  async showMessageBox(): Promise<{ response: number }> {
    return { response: 0 };
  },
  /** What the next open dialog answers (the studio's photo). */
  openDialogAnswer: { canceled: true, filePaths: [] as string[] },
  async showOpenDialog(): Promise<{ canceled: boolean; filePaths: string[] }> {
    return dialog.openDialogAnswer;
  },
};

export const shell = {
  openedExternally: [] as string[],
  async openExternal(url: string): Promise<void> {
    shell.openedExternally.push(url);
  },
};

export const net = {
  fetched: [] as string[],
  async fetch(url: string): Promise<Response> {
    net.fetched.push(url);
    throw new Error('the fake electron has no network');
  },
};

/** Puts every fake back to its first state. */
export function resetElectronFake(): void {
  app.reset();
  ipcMain.reset();
  ipcRenderer.reset();
  contextBridge.reset();
  protocol.reset();
  powerSaveBlocker.reset();
  session.defaultSession = new FakeSession();
  BrowserWindow.instances = [];
  Menu.applicationMenu = undefined;
  dialog.errorBoxes = [];
  dialog.openDialogAnswer = { canceled: true, filePaths: [] };
  shell.openedExternally = [];
  net.fetched = [];
}

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  net,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  shell,
};
