// Runs in: renderer. Picks the current language's version of UI strings and content texts.
import type { Language, LocalizedText } from '../../../common/content-schema';
import { useKiosk } from '../store/kiosk-store';
import type { UiStrings } from './ui-strings';
import { UI_STRINGS } from './ui-strings';

export function useLanguage(): Language {
  return useKiosk((state) => state.language);
}

export function useUiStrings(): UiStrings {
  return UI_STRINGS[useLanguage()];
}

export function localized<T>(text: Record<Language, T>, language: Language): T {
  return text[language];
}

export type { LocalizedText };
