// Runs in: renderer. Plain-text formatting for the staff panel (pure, unit tested).
import type { ContentSource } from '../../../common/ipc-contract';

export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days > 0) return `${days} d ${hours} h ${minutes} min`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${seconds % 60} s`;
  return `${seconds} s`;
}

/** Session lengths read best as minutes:seconds. */
export function formatMinutesSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function contentSourceLabel(source: ContentSource | 'none'): string {
  switch (source) {
    case 'bundled':
      return 'Bundled with the app';
    case 'override':
      return 'Override folder in user data';
    case 'content-dir':
      return 'Folder given with --content-dir';
    case 'none':
      return 'No valid content';
  }
}

export function shortHash(hash: string): string {
  return hash === '' ? '—' : hash.slice(0, 12);
}

/** "14:05" in the kiosk's local time. */
export function clockTime(time: number): string {
  const date = new Date(time);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export function lockoutMessage(lockedUntil: number, now: number): string {
  const secondsLeft = Math.max(0, Math.ceil((lockedUntil - now) / 1000));
  return `Too many wrong PINs. The pad opens again at ${clockTime(lockedUntil)} (in ${formatMinutesSeconds(secondsLeft)}).`;
}

export function wrongPinMessage(attemptsLeft: number): string {
  return attemptsLeft === 1
    ? 'Wrong PIN. 1 attempt left before the pad locks for 5 minutes.'
    : `Wrong PIN. ${attemptsLeft} attempts left.`;
}

/** A "nice" top value for a chart axis: 1, 2, 5, 10, 20, 50 … at or above the largest value. */
export function chartCeiling(maxValue: number): number {
  if (maxValue <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(maxValue));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= maxValue) ?? 10;
  return step * magnitude;
}
