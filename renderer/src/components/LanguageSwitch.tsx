// Runs in: renderer. Always-visible language choice, written as the languages' own names (no flags).
import type { Language } from '../../../common/content-schema';
import { useUiStrings } from '../i18n/use-text';
import { LANGUAGE_NAMES, LANGUAGE_ORDER } from '../i18n/ui-strings';
import { useKiosk } from '../store/kiosk-store';
import './LanguageSwitch.css';

interface LanguageSwitchProps {
  languages: readonly Language[];
  /** The staff screens pass their own: a staff choice is not a visitor statistic. */
  onChoose?: (language: Language) => void;
  /** Accessible name; the visitors' "Choose a language" by default. */
  label?: string;
  className?: string;
}

export function LanguageSwitch({ languages, onChoose, label, className }: LanguageSwitchProps) {
  const strings = useUiStrings();
  const current = useKiosk((state) => state.language);
  const chooseLanguage = useKiosk((state) => state.chooseLanguage);
  const offered = LANGUAGE_ORDER.filter((language) => languages.includes(language));
  if (offered.length < 2) return null;
  return (
    <nav
      className={className ? `language-switch ${className}` : 'language-switch'}
      aria-label={label ?? strings.languageSwitch}
    >
      {offered.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={language === current}
          onClick={() => (onChoose ?? chooseLanguage)(language)}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </nav>
  );
}
