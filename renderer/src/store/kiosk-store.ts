// Runs in: renderer. The app's single store instance, wired to the platform API, and its React hook.
import { useStore } from 'zustand';
import { getKioskApi } from '../platform/kiosk-api';
import { createKioskStore } from './create-kiosk-store';
import type { KioskState } from './store-types';

/**
 * Statistics leave when the page is idle, never inside a swipe or a screen change: in the web
 * preview each one is an HTTP request, which cost a frame at the end of every swipe on a slow CPU.
 * The 2 s timeout keeps them flowing while an animation runs on and on.
 */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}

export const kioskStore = createKioskStore({
  recordStat: (event) => whenIdle(() => getKioskApi().stats.record(event)),
  reportMode: (mode) => getKioskApi().kiosk.reportMode(mode),
  now: () => Date.now(),
});

export function useKiosk<Selected>(selector: (state: KioskState) => Selected): Selected {
  return useStore(kioskStore, selector);
}
