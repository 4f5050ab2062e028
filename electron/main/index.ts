// Runs in: main process. The thin Electron adapter: composes the pure modules with real Electron
// APIs. Everything with a decision in it lives in a tested module; this file only wires.
import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  session,
  type WebContents,
} from 'electron';
import { firstFrameFor } from '../../common/first-frame';
import { claimSingleInstance, focusWindow } from './app/single-instance';
import { applyKioskSwitches } from './app/chromium-switches';
import { CURATOR_PATH } from '../../common/curator-constants';
import { createRelaunch } from './app/relaunch';
import { createRunClock } from './app/run-clock';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, BACK_SOON_URL, originOf } from './app-origin';
import { limitPackagedArgs, parseKioskArgs } from './cli/parse-args';
import { createCuratorStudio, studioWorkDir } from './curator/curator-studio';
import { resolveContentFile } from './content/resolve-content-file';
import { followContentFolder } from './content/follow-content';
import { createHistoryFile } from './healing/history-file';
import { DEFAULT_RECOVERY_POLICY } from './healing/restart-budget';
import { createSelfHealing } from './healing/self-healing';
import { forwardContentChanges, registerIpc } from './ipc/register-ipc';
import { createKioskServices } from './kiosk-services';
import { createRotatingFileLogger } from './log/rotating-file-logger';
import {
  curatorMediaPath,
  fileHeaders,
  handleAppRequest,
  readAppFile,
} from './protocol/app-protocol';
import { chooseRelaunchHour, scheduleDailyRelaunch } from './schedule/daily-relaunch';
import {
  installContentsGuards,
  installSessionGuards,
  installWindowGuards,
} from './security/guards';
import { defaultRemovableDriveRoots } from './stats/removable-drives';
import { buildWindowOptions } from './window/window-options';

const launch = limitPackagedArgs(parseKioskArgs(process.argv.slice(1)), app.isPackaged);
const args = launch.args;
const devTools = args.windowed && (args.devTools || args.devServerUrl !== undefined);
const devOrigin = args.devServerUrl ? originOf(args.devServerUrl) : null;
const allowedOrigins = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
// --curator opens the studio's page of the same app (common/curator-constants.ts).
const entryUrl = args.curator
  ? `${args.devServerUrl ?? APP_ORIGIN}${CURATOR_PATH}`
  : (args.devServerUrl ?? APP_ENTRY_URL);
const contentDirArg = args.contentDir ? path.resolve(args.contentDir) : undefined;

// Before `ready`: the app:// scheme must be privileged (standard, secure, fetch) up front.
// corsEnabled stays unset on purpose: that keeps app:// unreadable from any other origin.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      stream: true,
      codeCache: true,
    },
  },
]);
applyKioskSwitches(app.commandLine);
if (args.userDataDir) app.setPath('userData', path.resolve(args.userDataDir));

const userDataDir = app.getPath('userData');
const log = createRotatingFileLogger({
  directory: path.join(userDataDir, 'logs'),
  echo: !app.isPackaged,
});

const SHOW_AT_THE_LATEST_MS = 5000;

let mainWindow: BrowserWindow | null = null;
let quitting = false;

if (claimSingleInstance(app, () => focusWindow(mainWindow))) {
  startKiosk();
}

function startKiosk(): void {
  log.info('start', {
    version: app.getVersion(),
    windowed: args.windowed,
    dev: Boolean(devOrigin),
  });
  if (launch.ignored.length > 0) log.warn('switches-ignored', { switches: launch.ignored });
  process.on('uncaughtException', (error) => log.error('main-uncaught', { error: String(error) }));
  process.on('unhandledRejection', (reason) =>
    log.error('main-unhandled', { error: String(reason) }),
  );

  const onExit = (): void => void (quitting = true);
  const relaunchApp = createRelaunch({ app, log, flush: () => services.dispose(), onExit });

  const healing = createSelfHealing({
    policy: DEFAULT_RECOVERY_POLICY,
    store: createHistoryFile(path.join(userDataDir, 'crash-history.json')),
    window: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
    relaunchApp,
    isQuitting: () => quitting,
    appUrl: entryUrl,
    fallbackUrl: BACK_SOON_URL,
    log,
    now: createRunClock(),
    timers: { setTimeout, clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
  });

  const overrideDir = path.join(userDataDir, 'content');
  const services = createKioskServices({
    userDataDir,
    version: app.getVersion(),
    content: {
      contentDirArg,
      overrideDir,
      bundledDir: app.getAppPath(),
      assetBaseUrl: '/content/',
    },
    log,
    canQuit: true,
    quit: () => {
      quitting = true;
      app.quit();
    },
    health: healing.health,
    onFramesStalled: () => healing.framesStalled(),
    removableDriveRoots: defaultRemovableDriveRoots,
    packsDir: args.packsDir ? path.resolve(args.packsDir) : undefined,
    // The studio publishes where the kiosk reads: --content-dir, else the override folder.
    curator: (kiosk) =>
      createCuratorStudio({
        targetDir: contentDirArg ?? overrideDir,
        workDir: studioWorkDir(userDataDir, contentDirArg ?? overrideDir),
        services: kiosk,
        log,
        chooseFile: choosePhotoFile,
        chooseFolder: chooseImportFolder,
      }),
  });

  app.on('web-contents-created', (_event, contents) => {
    installContentsGuards(contents, {
      allowedOrigins,
      devTools,
      log,
    });
  });

  app.on('child-process-gone', (_event, details) => {
    log.warn('child-process-gone', { type: details.type, reason: details.reason });
    if (details.type === 'GPU') healing.gpuGone(details.reason);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    Menu.setApplicationMenu(null);
    installSessionGuards(
      session.defaultSession,
      {
        extraOrigins: devOrigin ? [devOrigin, devOrigin.replace(/^http/, 'ws')] : [],
        devTools,
        // Development: the Vite server has no /content/, the app protocol does.
        redirect: devOrigin
          ? (url) =>
              url.startsWith(`${devOrigin}/content/`)
                ? APP_ORIGIN + url.slice(devOrigin.length)
                : null
          : undefined,
      },
      log,
    );

    const rendererDir = path.join(__dirname, '..', 'renderer');
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir, services));

    try {
      const state = await services.start();
      log.info(
        'content',
        state.status === 'ready'
          ? {
              source: state.source,
              directory: state.directory,
              hash: state.hash,
              warnings: state.warnings,
            }
          : { status: 'error', file: state.file, problems: state.problems.length },
      );
    } catch (error) {
      // The window still opens: the app shows its own error screen for content it cannot get.
      log.error('content-start-failed', { error: String(error) });
    }

    registerIpc({ ipcMain, services, allowedOrigins, log });
    const stopForwarding = forwardContentChanges(
      (listener) => services.onContentChanged(listener),
      () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
    );
    // A folder filled by robocopy, a sync tool or a content pack is taken once it is whole.
    const follower = followContentFolder({
      dir: contentDirArg ?? overrideDir,
      reload: () => services.reloadContent(),
      log,
    });
    follower.check(services.currentContent());

    const blockerId = powerSaveBlocker.start('prevent-display-sleep');
    const relaunchHour = chooseRelaunchHour(args.relaunchHour, services.currentContent());
    log.info('daily-relaunch', { hour: args.windowed ? null : relaunchHour });
    const stopDailyRelaunch =
      relaunchHour === null || args.windowed
        ? () => undefined
        : scheduleDailyRelaunch({
            hour: relaunchHour,
            now: () => new Date(),
            currentMode: () => services.currentMode(),
            relaunch: relaunchApp,
            timers: {
              setTimeout,
              clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
            },
          });

    app.on('will-quit', () => {
      stopForwarding();
      follower.stop();
      stopDailyRelaunch();
      healing.dispose();
      if (powerSaveBlocker.isStarted(blockerId)) powerSaveBlocker.stop(blockerId);
      void services.dispose();
      log.info('quit');
    });

    mainWindow = createKioskWindow(healing);
  });
}

function createKioskWindow(healing: ReturnType<typeof createSelfHealing>): BrowserWindow {
  const window = new BrowserWindow(
    buildWindowOptions({
      windowed: args.windowed,
      curator: args.curator,
      devTools,
      preloadPath: path.join(__dirname, 'preload.cjs'),
    }),
  );
  window.removeMenu();
  installWindowGuards(window, () => quitting);
  // Shown on first paint; and at the latest after a few seconds, so a first load that fails
  // still ends on a visible window (its background colour, then the recovery) rather than nothing.
  const showOnce = (): void => {
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  };
  window.once('ready-to-show', showOnce);
  setTimeout(showOnce, SHOW_AT_THE_LATEST_MS);
  window.on('unresponsive', () => healing.unresponsive());
  window.on('responsive', () => healing.responsive());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  const contents: WebContents = window.webContents;
  contents.on('render-process-gone', (_event, details) => {
    log.error('renderer-gone', { reason: details.reason, exitCode: details.exitCode });
    healing.rendererGone(details.reason);
  });
  contents.on('did-fail-load', (_event, errorCode, errorDescription, url, isMainFrame) => {
    // -3 is ERR_ABORTED: a load replaced by another one, not a failure.
    if (!isMainFrame || errorCode === -3) return;
    log.error('load-failed', { errorCode, errorDescription, url });
    healing.rendererGone('load-failed');
  });
  if (devTools) contents.openDevTools({ mode: 'detach' });
  void window
    .loadURL(entryUrl)
    .catch((error: unknown) => log.error('load-failed', { error: String(error) }));
  return window;
}

/** The studio's photo: the system file dialog over the window, or null when it was closed. */
async function choosePhotoFile(): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Choose the photograph',
    properties: ['openFile'],
    filters: [{ name: 'Photographs', extensions: ['jpg', 'jpeg', 'png', 'tif', 'tiff', 'webp'] }],
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The studio's CSV import: the folder holding heroes.csv and the photographer's originals. */
async function chooseImportFolder(): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Choose the folder with heroes.csv and the photographs',
    properties: ['openDirectory'],
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The studio's draft images: the working area first, then the published folders. */
async function serveCuratorMedia(
  mediaPath: string,
  method: string,
  services: ReturnType<typeof createKioskServices>,
): Promise<Response> {
  const file = await services.curator.resolveMediaFile(mediaPath);
  if (file === null) return new Response('Not found', { status: 404 });
  try {
    const body = method === 'HEAD' ? null : await fs.promises.readFile(file);
    return new Response(body, { status: 200, headers: fileHeaders(file) });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

async function serveAppRequest(
  request: Request,
  rendererDir: string,
  services: ReturnType<typeof createKioskServices>,
): Promise<Response> {
  const mediaPath = curatorMediaPath(request.url);
  if (mediaPath !== null && (request.method === 'GET' || request.method === 'HEAD')) {
    return serveCuratorMedia(mediaPath, request.method, services);
  }
  const answer = handleAppRequest(request.url, request.method, {
    rendererDir,
    contentFile: (urlPath) => services.contentFile(urlPath),
    resolveFile: resolveContentFile,
    firstFrame: () => firstFrameFor(services.currentContent()),
    isFile: (file) => {
      try {
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
  });
  if (!('file' in answer))
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  try {
    const body =
      request.method === 'HEAD'
        ? null
        : await readAppFile(answer, (file) => fs.promises.readFile(file));
    return new Response(body, { status: 200, headers: answer.headers });
  } catch (error) {
    log.warn('app-protocol-read-failed', { file: answer.file, error: String(error) });
    return new Response('Not found', { status: 404 });
  }
}
