// Runs in: renderer. Whether the current hero's story is open over the photograph.
import { readyContent } from './content-slice';
import type { SliceCreator } from './store-types';

export interface StorySlice {
  storyOpen: boolean;
  openStory(): void;
  closeStory(): void;
}

export const createStorySlice: SliceCreator<StorySlice> = (effects) => (set, get) => ({
  storyOpen: false,
  openStory() {
    const state = get();
    const hero = readyContent(state.contentState)?.heroes[state.heroIndex];
    if (!hero || state.storyOpen) return;
    set({ storyOpen: true });
    effects.recordStat({ type: 'story-open', heroId: hero.id });
  },
  closeStory: () => set({ storyOpen: false }),
});
