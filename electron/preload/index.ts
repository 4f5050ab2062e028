// Runs in: preload (sandboxed, bundled to one CommonJS file). Exposes window.kiosk and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createKioskApi } from './create-kiosk-api';

const api = createKioskApi(ipcRenderer);

contextBridge.exposeInMainWorld('kiosk', api);

/** The exact shape the page receives as window.kiosk. */
export type KioskBridge = typeof api;
