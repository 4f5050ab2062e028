// Runs in: renderer (the studio's chunk). A CSV import problem in the curator's words and language,
// with where it is: "Row 4, column story_ru: must not be empty."
import type { Language } from '../../../common/content-schema';
import type { CsvProblem } from '../../../common/csv-problems';
import { formatNumber } from './curator-format';
import type { CsvImportStrings, CsvNumberFormat } from './csv-import-strings';

export function csvNumberFormat(language: Language): CsvNumberFormat {
  return {
    number: (value) => formatNumber(value, language),
    megabytes: (bytes) => `${formatNumber(Math.round(bytes / (1024 * 1024)), language)} MB`,
  };
}

/** Where in the spreadsheet: "Row 4, column story_ru", or '' for the file as a whole. */
export function csvProblemPlace(
  problem: Pick<CsvProblem, 'row' | 'column'>,
  strings: CsvImportStrings,
  language: Language,
): string {
  const parts: string[] = [];
  if (problem.row !== null) parts.push(strings.row(formatNumber(problem.row, language)));
  if (problem.column !== null) parts.push(strings.column(problem.column));
  return parts.join(', ');
}

/** What is wrong; a code this studio does not know (a newer main) falls back to the English. */
export function csvProblemWords(
  problem: CsvProblem,
  strings: CsvImportStrings,
  language: Language,
): string {
  const words = strings.problem[problem.code] as
    ((params: unknown, format: CsvNumberFormat) => string) | undefined;
  return words ? words(problem.params, csvNumberFormat(language)) : problem.message;
}

export function csvProblemText(
  problem: CsvProblem,
  strings: CsvImportStrings,
  language: Language,
): string {
  const place = csvProblemPlace(problem, strings, language);
  const words = csvProblemWords(problem, strings, language);
  return place ? `${place}: ${words}` : words;
}
