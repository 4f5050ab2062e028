// Runs in: renderer. Plain-text formatting for the staff panel in the kiosk's language (pure, unit
// tested): numbers and clock times through Intl; unit names and sentences from the staff dictionary.
import type { Language } from '../../../common/content-schema';
import type { StaffStrings } from './staff-strings';
import { STAFF_STRINGS } from './staff-strings';

/** The Intl locale for each kiosk language: Kazakhstan's conventions, British English. */
export const STAFF_LOCALES: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** 12345 -> "12 345" (kk, ru) or "12,345" (en). */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(STAFF_LOCALES[language]).format(value);
}

type DurationUnit = keyof StaffStrings['durationUnits'];

/** Uptime in the largest sensible units, e.g. "3 h 7 min" / "3 ч 7 мин" / "3 сағ 7 мин". */
export function formatDuration(totalSeconds: number, language: Language): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const units: [number, DurationUnit][] = [
    [days, 'day'],
    [hours, 'hour'],
    [minutes, 'minute'],
    [seconds % 60, 'second'],
  ];
  // Start at the largest unit in use; days show hours and minutes, the others one smaller unit.
  const largest = units.findIndex(([value]) => value > 0);
  const first = largest === -1 ? 3 : largest;
  const shown = units.slice(first, first === 0 ? 3 : first + 2);
  const names = STAFF_STRINGS[language].durationUnits;
  return shown.map(([value, unit]) => `${formatCount(value, language)} ${names[unit]}`).join(' ');
}

/** Session lengths read best as minutes:seconds, the same in every language. */
export function formatMinutesSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function shortHash(hash: string): string {
  return hash === '' ? '—' : hash.slice(0, 12);
}

/** "14:05" in the kiosk's local time, 24-hour in every language. */
export function clockTime(time: number, language: Language): string {
  return new Intl.DateTimeFormat(STAFF_LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(time);
}

export function lockoutMessage(lockedUntil: number, now: number, language: Language): string {
  const secondsLeft = Math.max(0, Math.ceil((lockedUntil - now) / 1000));
  return STAFF_STRINGS[language].lockout(
    clockTime(lockedUntil, language),
    formatMinutesSeconds(secondsLeft),
  );
}

/** A "nice" top value for a chart axis: 1, 2, 5, 10, 20, 50 … at or above the largest value. */
export function chartCeiling(maxValue: number): number {
  if (maxValue <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(maxValue));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= maxValue) ?? 10;
  return step * magnitude;
}
