// Runs in: renderer. The staff dictionary and formatting language, following the kiosk's language.
import type { Language } from '../../../common/content-schema';
import { useKiosk } from '../store/kiosk-store';
import type { StaffStrings } from './staff-strings';
import { STAFF_STRINGS } from './staff-strings';

export function useStaffStrings(): { strings: StaffStrings; language: Language } {
  const language = useKiosk((state) => state.language);
  return { strings: STAFF_STRINGS[language], language };
}
