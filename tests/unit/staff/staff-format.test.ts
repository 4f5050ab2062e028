// Runs in: Node (tests). Texts and numbers the staff panel shows.
import { describe, expect, it } from 'vitest';
import {
  chartCeiling,
  contentSourceLabel,
  formatDuration,
  formatMinutesSeconds,
  lockoutMessage,
  shortHash,
  wrongPinMessage,
} from '../../../renderer/src/staff/staff-format';

describe('staff panel formatting', () => {
  it('formats uptime in the largest sensible units', () => {
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(formatDuration(3 * 3600 + 7 * 60)).toBe('3 h 7 min');
    expect(formatDuration(2 * 86_400 + 3600)).toBe('2 d 1 h 0 min');
  });

  it('formats session lengths as m:ss', () => {
    expect(formatMinutesSeconds(0)).toBe('0:00');
    expect(formatMinutesSeconds(95)).toBe('1:35');
  });

  it('names every content source', () => {
    expect(contentSourceLabel('content-dir')).toMatch(/--content-dir/);
    expect(contentSourceLabel('none')).toBe('No valid content');
  });

  it('shortens hashes and shows a dash for none', () => {
    expect(shortHash('0123456789abcdef0123')).toBe('0123456789ab');
    expect(shortHash('')).toBe('—');
  });

  it('explains wrong PINs and the lockout', () => {
    expect(wrongPinMessage(3)).toBe('Wrong PIN. 3 attempts left.');
    expect(wrongPinMessage(1)).toMatch(/locks for 5 minutes/);
    const until = new Date(2022, 3, 1, 14, 5).getTime();
    expect(lockoutMessage(until, until - 272_000)).toBe(
      'Too many wrong PINs. The pad opens again at 14:05 (in 4:32).',
    );
  });

  it('rounds chart axes up to 1, 2 or 5 times a power of ten', () => {
    expect(chartCeiling(0)).toBe(1);
    expect(chartCeiling(3)).toBe(5);
    expect(chartCeiling(7)).toBe(10);
    expect(chartCeiling(12)).toBe(20);
    expect(chartCeiling(51)).toBe(100);
    expect(chartCeiling(200)).toBe(200);
  });
});
