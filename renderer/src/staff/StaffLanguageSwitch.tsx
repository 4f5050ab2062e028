// Runs in: renderer. The visitors' three-name language switch on the staff screens, except that a
// staff choice is not counted in the visitor statistics.
import { LanguageSwitch } from '../components/LanguageSwitch';
import { LANGUAGE_ORDER } from '../i18n/ui-strings';
import { useKiosk } from '../store/kiosk-store';
import { useStaffStrings } from './use-staff-strings';

export function StaffLanguageSwitch() {
  const { strings } = useStaffStrings();
  const contentState = useKiosk((state) => state.contentState);
  const chooseStaffLanguage = useKiosk((state) => state.chooseStaffLanguage);
  return (
    <LanguageSwitch
      // Without valid content staff may still need any of the three.
      languages={
        contentState?.status === 'ready' ? contentState.content.settings.languages : LANGUAGE_ORDER
      }
      onChoose={chooseStaffLanguage}
      label={strings.languageSwitch}
      className="staff-language-switch"
    />
  );
}
