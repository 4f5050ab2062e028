// Runs in: renderer. The content being shown, and new content held back while a visitor is using it.
import type { Content } from '../../../common/content-schema';
import type { ContentState } from '../../../common/ipc-contract';
import { clampIndex } from '../logic/swipe-snap';
import type { KioskState, SliceCreator } from './store-types';

export interface ContentSlice {
  /** null until the first answer from the main process. */
  contentState: ContentState | null;
  /** Arrived while a visitor was using the kiosk; applied when the attract loop shows. */
  heldContentState: ContentState | null;
  receiveContent(state: ContentState): void;
  applyHeldContent(): void;
}

export const createContentSlice: SliceCreator<ContentSlice> = () => (set, get) => ({
  contentState: null,
  heldContentState: null,
  receiveContent(state) {
    const current = get();
    const visitorIsHere = current.contentState !== null && current.view !== 'attract';
    if (visitorIsHere) set({ heldContentState: state });
    else set(contentChange(current, state));
  },
  applyHeldContent() {
    const held = get().heldContentState;
    if (held) set(contentChange(get(), held));
  },
});

function contentChange(current: KioskState, state: ContentState): Partial<KioskState> {
  const content = readyContent(state);
  return {
    contentState: state,
    heldContentState: null,
    heroIndex: clampIndex(current.heroIndex, content?.heroes.length ?? 0),
    // The first content decides the starting language; later content keeps the visitor's choice.
    language:
      current.contentState === null && content
        ? content.settings.defaultLanguage
        : current.language,
  };
}

export function readyContent(state: ContentState | null): Content | null {
  return state?.status === 'ready' ? state.content : null;
}
