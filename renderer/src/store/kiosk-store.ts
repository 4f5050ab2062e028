// Runs in: renderer. The app's single store instance, wired to the platform API, and its React hook.
import { useStore } from 'zustand';
import { getKioskApi } from '../platform/kiosk-api';
import { createKioskStore } from './create-kiosk-store';
import type { KioskState } from './store-types';

export const kioskStore = createKioskStore({
  recordStat: (event) => getKioskApi().stats.record(event),
  reportMode: (mode) => getKioskApi().kiosk.reportMode(mode),
  now: () => Date.now(),
});

export function useKiosk<Selected>(selector: (state: KioskState) => Selected): Selected {
  return useStore(kioskStore, selector);
}
