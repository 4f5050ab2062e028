// Runs in: renderer (the studio's chunk). Numbers and clock times in the studio's language, through
// Intl with the staff panel's locales (Kazakhstan's conventions, British English).
import type { Language } from '../../../common/content-schema';

const LOCALES: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

export function formatClock(at: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { hour: '2-digit', minute: '2-digit' }).format(
    at,
  );
}
