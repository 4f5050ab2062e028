// Runs in: renderer. The language every visible text is shown in.
import type { Language } from '../../../common/content-schema';
import { readyContent } from './content-slice';
import type { SliceCreator } from './store-types';

export interface LanguageSlice {
  language: Language;
  /** A visitor's choice: recorded in the statistics. */
  chooseLanguage(language: Language): void;
}

export const createLanguageSlice: SliceCreator<LanguageSlice> = (effects) => (set, get) => ({
  language: 'kk',
  chooseLanguage(language) {
    const state = get();
    const offered = readyContent(state.contentState)?.settings.languages ?? [];
    if (language === state.language || !offered.includes(language)) return;
    set({ language });
    effects.recordStat({ type: 'language', language });
  },
});
