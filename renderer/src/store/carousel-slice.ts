// Runs in: renderer. Which hero the carousel shows. The ends rubber-band: no wrap-around.
import { clampIndex } from '../logic/swipe-snap';
import { readyContent } from './content-slice';
import type { SliceCreator } from './store-types';

export interface CarouselSlice {
  heroIndex: number;
  showHero(index: number): void;
  showNextHero(): void;
  showPreviousHero(): void;
}

export const createCarouselSlice: SliceCreator<CarouselSlice> = (effects) => (set, get) => {
  const showHero = (index: number): void => {
    const state = get();
    const heroes = readyContent(state.contentState)?.heroes ?? [];
    const next = clampIndex(index, heroes.length);
    if (next === state.heroIndex) return;
    set({ heroIndex: next });
    const hero = heroes[next];
    if (hero && state.view !== 'attract')
      effects.recordStat({ type: 'hero-view', heroId: hero.id });
  };
  return {
    heroIndex: 0,
    showHero,
    showNextHero: () => showHero(get().heroIndex + 1),
    showPreviousHero: () => showHero(get().heroIndex - 1),
  };
};
