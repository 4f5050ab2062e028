// Runs in: main process (the curator studio's checks) and Node (tools: content:check).
// Finds Kazakh or Russian texts that look untranslated: the same as the English, or without a single
// Cyrillic letter. Works on content.json and on the studio's draft alike (any `{ kk, ru, en }`).

const CYRILLIC = /[\u0400-\u04FF]/;
/** A lowercase English word: proper names and acronyms (UniSat, SAMGAU) may rightly stay the same. */
const ENGLISH_WORD = /\b[a-z]{3,}\b/;

export interface UntranslatedText {
  /** Dotted path of the language's text, e.g. `heroes.3.story.kk`. */
  field: string;
  language: 'kk' | 'ru';
  message: string;
}

/** Every `{ kk, ru, en }` in the value, with its field path; paragraphs joined by blank lines. */
function* localizedValues(
  value: unknown,
  path: string[],
): Generator<{ field: string; kk: string; ru: string; en: string }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries())
      yield* localizedValues(item, [...path, String(index)]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if ('kk' in record && 'ru' in record && 'en' in record) {
    const join = (text: unknown): string =>
      Array.isArray(text) ? text.join('\n\n') : String(text);
    yield { field: path.join('.'), kk: join(record.kk), ru: join(record.ru), en: join(record.en) };
    return;
  }
  for (const [key, item] of Object.entries(record)) yield* localizedValues(item, [...path, key]);
}

export function findUntranslatedTexts(content: unknown): UntranslatedText[] {
  const found: UntranslatedText[] = [];
  for (const text of localizedValues(content, [])) {
    if (!ENGLISH_WORD.test(text.en)) continue;
    for (const language of ['kk', 'ru'] as const) {
      const translated = text[language];
      // An empty text is "missing", which the schema check already says.
      if (translated.trim() === '') continue;
      const message =
        translated === text.en
          ? 'is the same as the English text: not translated yet?'
          : !CYRILLIC.test(translated)
            ? 'has no Cyrillic letters: not translated yet?'
            : null;
      if (message) found.push({ field: `${text.field}.${language}`, language, message });
    }
  }
  return found;
}
