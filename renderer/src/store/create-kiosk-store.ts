// Runs in: renderer. Combines the slices into the one kiosk store and reports mode changes.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { createCarouselSlice } from './carousel-slice';
import { createContentSlice } from './content-slice';
import { createIdleSlice } from './idle-slice';
import { createLanguageSlice } from './language-slice';
import { createModeSlice, kioskModeOf } from './mode-slice';
import { createStaffSlice } from './staff-slice';
import { createStorySlice } from './story-slice';
import type { KioskState, StoreEffects } from './store-types';

export type KioskStore = StoreApi<KioskState>;

export function createKioskStore(effects: StoreEffects): KioskStore {
  const store = createStore<KioskState>()((...args) => ({
    ...createContentSlice(effects)(...args),
    ...createCarouselSlice(effects)(...args),
    ...createStorySlice(effects)(...args),
    ...createLanguageSlice(effects)(...args),
    ...createIdleSlice(effects)(...args),
    ...createModeSlice(effects)(...args),
    ...createStaffSlice(effects)(...args),
  }));
  let reportedMode = kioskModeOf(store.getState());
  effects.reportMode(reportedMode);
  store.subscribe((state) => {
    const mode = kioskModeOf(state);
    if (mode === reportedMode) return;
    reportedMode = mode;
    effects.reportMode(mode);
  });
  return store;
}
