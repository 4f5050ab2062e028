// Runs in: Node (vitest).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildWindowOptions,
  KIOSK_BACKGROUND_COLOR,
} from '../../../electron/main/window/window-options';

const preloadPath = '/app/dist/electron/preload.cjs';

describe('buildWindowOptions', () => {
  it('locks the kiosk window down: kiosk, fullscreen, frameless, on top, app background', () => {
    const options = buildWindowOptions({ windowed: false, devTools: false, preloadPath });
    expect(options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      alwaysOnTop: true,
      backgroundColor: KIOSK_BACKGROUND_COLOR,
      resizable: false,
      closable: false,
    });
    expect(KIOSK_BACKGROUND_COLOR).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it("uses the renderer's own page background, so nothing flashes before the page paints", () => {
    const baseCss = fs.readFileSync(
      new URL('../../../renderer/src/styles/base.css', import.meta.url),
      'utf8',
    );
    const night = /--night:\s*(#[0-9a-f]{6})/i.exec(baseCss)?.[1];
    expect(night?.toLowerCase()).toBe(KIOSK_BACKGROUND_COLOR.toLowerCase());
  });

  it('turns on every web security preference and no Node in the page', () => {
    const { webPreferences } = buildWindowOptions({
      windowed: false,
      devTools: false,
      preloadPath,
    });
    expect(webPreferences).toMatchObject({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      navigateOnDragDrop: false,
    });
  });

  it('allows devtools only when asked (development)', () => {
    expect(
      buildWindowOptions({ windowed: true, devTools: true, preloadPath }).webPreferences?.devTools,
    ).toBe(true);
    expect(
      buildWindowOptions({ windowed: true, devTools: false, preloadPath }).webPreferences?.devTools,
    ).toBe(false);
  });

  it('--windowed gives a normal framed window but keeps the web lockdown', () => {
    const options = buildWindowOptions({ windowed: true, devTools: false, preloadPath });
    expect(options).toMatchObject({
      kiosk: false,
      fullscreen: false,
      frame: true,
      alwaysOnTop: false,
    });
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });
});
