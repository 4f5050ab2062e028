// Runs in: main process. The kiosk window's options: locked down unless --windowed.
import type { BrowserWindowConstructorOptions } from 'electron';

/** The renderer's page background (--night in renderer/src/styles/base.css): no frame is ever white. */
export const KIOSK_BACKGROUND_COLOR = '#0e1419';

export interface WindowOptionsInput {
  /** --windowed: a normal resizable window for a staff laptop or development. */
  windowed: boolean;
  /** Devtools are only ever allowed in development. */
  devTools: boolean;
  preloadPath: string;
  /** --curator: the studio's laptop-sized window with its own title. */
  curator?: boolean;
}

export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const locked = !input.windowed;
  return {
    title: input.curator ? 'Heroes of Children - Curator' : 'Heroes of Children',
    show: false,
    backgroundColor: KIOSK_BACKGROUND_COLOR,
    kiosk: locked,
    fullscreen: locked,
    frame: !locked,
    alwaysOnTop: locked,
    autoHideMenuBar: true,
    resizable: !locked,
    movable: !locked,
    minimizable: !locked,
    maximizable: !locked,
    closable: !locked,
    skipTaskbar: locked,
    fullscreenable: locked,
    width: input.curator ? 1440 : 1080,
    height: input.curator ? 900 : 1920,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: input.devTools,
      navigateOnDragDrop: false,
      autoplayPolicy: 'no-user-gesture-required',
      disableDialogs: true,
      safeDialogs: true,
      backgroundThrottling: false,
    },
  };
}
