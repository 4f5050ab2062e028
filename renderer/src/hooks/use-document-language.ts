// Runs in: renderer. Keeps <html lang> on the visitor's language, for hyphenation and screen readers.
import { useEffect } from 'react';
import type { Language } from '../../../common/content-schema';

export function useDocumentLanguage(language: Language): void {
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
