// Runs in: renderer (the studio's chunk). The studio's store reaches its screens through a React
// context (one store per open studio, made with its client), and its words follow the kiosk's
// language switch, as the staff panel's do.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Language } from '../../../common/content-schema';
import { useKiosk } from '../store/kiosk-store';
import type { CuratorState, CuratorStore } from './curator-store';
import type { CuratorStrings } from './curator-strings';
import { CURATOR_STRINGS } from './curator-strings';

export const CuratorStoreContext = createContext<CuratorStore | null>(null);

export function useCuratorStore(): CuratorStore {
  const store = useContext(CuratorStoreContext);
  if (!store) throw new Error('a studio screen was rendered outside the studio');
  return store;
}

export function useCurator<Selected>(selector: (state: CuratorState) => Selected): Selected {
  return useStore(useCuratorStore(), selector);
}

export function useCuratorStrings(): { strings: CuratorStrings; language: Language } {
  const language = useKiosk((state) => state.language);
  return { strings: CURATOR_STRINGS[language], language };
}
