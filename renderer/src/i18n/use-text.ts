// Runs in: renderer. The interface words in the visitor's current language.
import { useKiosk } from '../store/kiosk-store';
import type { UiStrings } from './ui-strings';
import { UI_STRINGS } from './ui-strings';

export function useUiStrings(): UiStrings {
  return UI_STRINGS[useKiosk((state) => state.language)];
}
