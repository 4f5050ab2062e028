// Runs in: renderer (the studio's chunk). A draft problem in the curator's language, with the
// allowed range of the setting it concerns (from the content schema).
import { KioskSettingsSchema } from '../../../common/content-schema';
import type { Language } from '../../../common/content-schema';
import { formatCount } from '../staff/staff-format';
import type { CuratorStrings } from './curator-strings';
import type { DraftProblem } from './draft-problems';
import { FIELD_LIMITS } from './field-limits';

export type SettingKey =
  'idleTimeoutSeconds' | 'warningSeconds' | 'attractSlideSeconds' | 'dailyRelaunchHour';

/** The schema's own bounds, so the studio never states a range the kiosk does not enforce. */
export function settingRange(key: SettingKey): { min: number; max: number } {
  const shape = KioskSettingsSchema.shape;
  const number = key === 'dailyRelaunchHour' ? shape.dailyRelaunchHour.unwrap() : shape[key];
  return { min: number.minValue ?? 0, max: number.maxValue ?? 0 };
}

export function problemText(
  problem: DraftProblem,
  strings: CuratorStrings,
  language: Language,
): string {
  const count = (value: number): string => formatCount(value, language);
  switch (problem.kind) {
    case 'empty':
      return strings.problem.empty;
    case 'too-long':
      return strings.problem.tooLong(count(FIELD_LIMITS.text.max));
    case 'no-photo':
      return strings.problem.noPhoto;
    case 'out-of-range': {
      const key = problem.field.split('.').pop() as SettingKey;
      const { min, max } = settingRange(key);
      return strings.problem.outOfRange(count(min), count(max));
    }
    case 'dates-order':
      return strings.problem.datesOrder;
    case 'duplicate-id':
      return strings.problem.duplicateId;
    case 'other':
      return strings.problem.other(problem.detail);
  }
}
