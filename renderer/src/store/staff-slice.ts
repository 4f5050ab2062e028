// Runs in: renderer. Which staff screen shows over the kiosk: none, the PIN pad or the panel. While
// either shows, `staffOpen` (mode slice) is set, so the main process hears mode 'staff' and the
// visitor idle timer rests; the staff layer runs its own idle timer and closes itself.
import type { Language } from '../../../common/content-schema';
import type { SliceCreator } from './store-types';

/** `studio`: the curator studio over the kiosk, opened from the panel ("Edit content"). */
export type StaffScreen = 'closed' | 'pin' | 'panel' | 'studio';

export interface StaffSlice {
  staffScreen: StaffScreen;
  /** Staff asked to see the idle warning; the visitor idle timer takes it when it starts. */
  idleWarningRequested: boolean;
  /** The hidden gesture or key combination was used, or the session has to be unlocked again. */
  openStaffPinPad(): void;
  /** The PIN was accepted, or staff left the studio. */
  showStaffPanel(): void;
  /** "Edit content": the curator studio over the kiosk, still in staff mode. */
  openStudio(): void;
  /** Back to whatever the visitor screens show. */
  closeStaff(): void;
  /**
   * "Run the idle warning now": closes the staff screens and shows the visitor screens with the
   * warning already counting down, exactly as if nobody had touched them for the idle timeout.
   * Opening the carousel here starts no session, so the test leaves the statistics alone.
   */
  runIdleWarningNow(): void;
  /** For the visitor idle timer: true once after runIdleWarningNow. */
  takeIdleWarningRequest(): boolean;
  /**
   * Staff switch the kiosk's language from the PIN pad or panel. Unlike a visitor's choice this is
   * not counted in the statistics. Without valid content every language may be chosen.
   */
  chooseStaffLanguage(language: Language): void;
}

export const createStaffSlice: SliceCreator<StaffSlice> = () => (set, get) => ({
  staffScreen: 'closed',
  idleWarningRequested: false,
  openStaffPinPad: () => set({ staffScreen: 'pin', staffOpen: true }),
  showStaffPanel: () => set({ staffScreen: 'panel', staffOpen: true }),
  openStudio: () => set({ staffScreen: 'studio', staffOpen: true }),
  closeStaff: () => set({ staffScreen: 'closed', staffOpen: false }),
  runIdleWarningNow() {
    const { view, contentState } = get();
    if (contentState?.status !== 'ready') return;
    set({
      staffScreen: 'closed',
      staffOpen: false,
      idleWarningRequested: true,
      view: view === 'attract' ? 'carousel' : view,
      storyOpen: false,
    });
  },
  takeIdleWarningRequest() {
    if (!get().idleWarningRequested) return false;
    set({ idleWarningRequested: false });
    return true;
  },
  chooseStaffLanguage(language) {
    const { contentState } = get();
    const offered =
      contentState?.status === 'ready' ? contentState.content.settings.languages : null;
    if (offered && !offered.includes(language)) return;
    set({ language });
  },
});
