// Runs in: renderer. Which screen shows, the visitor session, and the reset back to the attract loop.
import type { KioskMode } from '../../../common/ipc-contract';
import { idleTimingsFromSettings, sessionDurationSeconds } from '../logic/idle-timing';
import { readyContent } from './content-slice';
import { ACTIVE_IDLE_STATUS } from './idle-slice';
import type { KioskState, SliceCreator } from './store-types';

export type VisitorView = 'attract' | 'carousel' | 'index' | 'about';

export interface ModeSlice {
  view: VisitorView;
  /** Set by the staff layer while its panel is open: the visitor idle timer then rests. */
  staffOpen: boolean;
  sessionStartedAt: number | null;
  /** The first touch on the attract loop: a session starts at the hero that was showing. */
  enterFromAttract(heroIndex: number): void;
  openView(view: Exclude<VisitorView, 'attract'>): void;
  /** Nobody touched the screen: story closes, first hero, default language, attract loop. */
  resetToAttract(reason: 'idle-reset' | 'staff' | 'error'): void;
  setStaffOpen(open: boolean): void;
}

export const createModeSlice: SliceCreator<ModeSlice> = (effects) => (set, get) => ({
  view: 'attract',
  staffOpen: false,
  sessionStartedAt: null,
  enterFromAttract(heroIndex) {
    const state = get();
    const content = readyContent(state.contentState);
    if (!content || state.view !== 'attract') return;
    set({ view: 'carousel', sessionStartedAt: effects.now(), idleStatus: ACTIVE_IDLE_STATUS });
    effects.recordStat({ type: 'session-start' });
    get().showHero(heroIndex);
    const hero = content.heroes[get().heroIndex];
    // showHero records a view only when the index changed; entering always shows a hero.
    if (heroIndex === state.heroIndex && hero) {
      effects.recordStat({ type: 'hero-view', heroId: hero.id });
    }
  },
  openView(view) {
    if (get().view === 'attract') return;
    set({ view, storyOpen: false });
  },
  resetToAttract(reason) {
    const state = get();
    const content = readyContent(state.contentState);
    if (state.sessionStartedAt !== null && reason !== 'error') {
      const idleAtEndMs =
        reason === 'idle-reset' && content
          ? sumIdleTime(idleTimingsFromSettings(content.settings))
          : 0;
      effects.recordStat({
        type: 'session-end',
        reason,
        durationSeconds: sessionDurationSeconds(state.sessionStartedAt, effects.now(), idleAtEndMs),
      });
    }
    set({
      view: 'attract',
      storyOpen: false,
      heroIndex: 0,
      language: content?.settings.defaultLanguage ?? state.language,
      sessionStartedAt: null,
      idleStatus: ACTIVE_IDLE_STATUS,
    });
    get().applyHeldContent();
  },
  setStaffOpen: (staffOpen) => set({ staffOpen }),
});

function sumIdleTime(timings: { idleTimeoutMs: number; warningMs: number }): number {
  return timings.idleTimeoutMs + timings.warningMs;
}

/** The mode the main process is told about (it reloads content and relaunches only on 'attract'). */
export function kioskModeOf(state: KioskState): KioskMode {
  if (state.staffOpen) return 'staff';
  if (state.view === 'attract') return 'attract';
  return state.idleStatus.phase === 'warning' ? 'warning' : 'visitor';
}
