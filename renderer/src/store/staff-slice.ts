// Runs in: renderer. Which staff screen shows over the kiosk: none, the PIN pad or the panel. While
// either shows, `staffOpen` (mode slice) is set, so the main process hears mode 'staff' and the
// visitor idle timer rests; the staff layer runs its own idle timer and closes itself.
import type { SliceCreator } from './store-types';

export type StaffScreen = 'closed' | 'pin' | 'panel';

export interface StaffSlice {
  staffScreen: StaffScreen;
  /** The hidden gesture or key combination was used, or the session has to be unlocked again. */
  openStaffPinPad(): void;
  /** The PIN was accepted. */
  showStaffPanel(): void;
  /** Back to whatever the visitor screens show. */
  closeStaff(): void;
}

export const createStaffSlice: SliceCreator<StaffSlice> = () => (set) => ({
  staffScreen: 'closed',
  openStaffPinPad: () => set({ staffScreen: 'pin', staffOpen: true }),
  showStaffPanel: () => set({ staffScreen: 'panel', staffOpen: true }),
  closeStaff: () => set({ staffScreen: 'closed', staffOpen: false }),
});
