// Runs in: renderer. Always-visible language choice, written as the languages' own names (no flags).
import type { Language } from '../../../common/content-schema';
import { useUiStrings } from '../i18n/use-text';
import { LANGUAGE_NAMES, LANGUAGE_ORDER } from '../i18n/ui-strings';
import { useKiosk } from '../store/kiosk-store';

export function LanguageSwitch({ languages }: { languages: readonly Language[] }) {
  const strings = useUiStrings();
  const current = useKiosk((state) => state.language);
  const chooseLanguage = useKiosk((state) => state.chooseLanguage);
  const offered = LANGUAGE_ORDER.filter((language) => languages.includes(language));
  if (offered.length < 2) return null;
  return (
    <nav className="language-switch" aria-label={strings.languageSwitch}>
      {offered.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={language === current}
          onClick={() => chooseLanguage(language)}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </nav>
  );
}
