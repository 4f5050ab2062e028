// Runs in: renderer (the studio's chunk). A problem the checks found, in the curator's language, and
// the problems grouped under the field they concern (`heroes.3.name.kk`).
import type { Language } from '../../../common/content-schema';
import { CURATOR_SETTING_RANGES } from '../../../common/curator-constants';
import type { CuratorProblem } from '../../../common/curator-contract';
import { formatNumber } from './curator-format';
import type { CuratorStrings } from './curator-strings';

export type SettingKey = keyof typeof CURATOR_SETTING_RANGES;

function kilobytes(bytes: number, language: Language): string {
  return `${formatNumber(Math.round(bytes / 1024), language)} KB`;
}

export function problemText(
  problem: CuratorProblem,
  strings: CuratorStrings,
  language: Language,
): string {
  const number = (name: string): string =>
    formatNumber(Number(problem.params[name] ?? 0), language);
  const words = strings.problem;
  switch (problem.code) {
    case 'text-empty':
      return words.empty;
    case 'text-too-long':
      return words.tooLong(number('length'), number('max'));
    case 'list-too-short':
      return words.listTooShort;
    case 'list-too-long':
      return words.listTooLong(number('max'));
    case 'number-too-small':
    case 'number-too-large': {
      const key = problem.path.split('.').pop() as SettingKey;
      const range = CURATOR_SETTING_RANGES[key] ?? { min: 0, max: 0 };
      return words.outOfRange(formatNumber(range.min, language), formatNumber(range.max, language));
    }
    case 'date-invalid':
      return words.dateInvalid;
    case 'dates-order':
      return words.datesOrder;
    case 'languages-missing-default':
      return words.languagesMissingDefault;
    case 'languages-repeated':
      return words.languagesRepeated;
    case 'photo-missing':
      return words.noPhoto;
    case 'no-heroes':
      return words.noHeroes;
    case 'hero-draft':
      return words.heroDraft;
    case 'photo-placeholder':
      return words.photoPlaceholder;
    case 'translation-missing':
      return words.translationMissing(String(problem.params.language ?? ''));
    case 'file-over-budget':
      return words.fileOverBudget(
        kilobytes(Number(problem.params.bytes ?? 0), language),
        kilobytes(Number(problem.params.maxBytes ?? 0), language),
      );
    case 'invalid':
      return words.other(String(problem.params.message ?? ''));
  }
}

/** Problems grouped by field, for each field to find its own. */
export function problemsByPath(
  problems: readonly CuratorProblem[],
): ReadonlyMap<string, CuratorProblem[]> {
  const byPath = new Map<string, CuratorProblem[]>();
  for (const problem of problems) {
    const list = byPath.get(problem.path) ?? [];
    list.push(problem);
    byPath.set(problem.path, list);
  }
  return byPath;
}
