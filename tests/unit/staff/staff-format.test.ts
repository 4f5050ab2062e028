// Runs in: Node (tests). Texts and numbers the staff panel shows, in the kiosk's three languages.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../common/content-schema';
import {
  chartCeiling,
  clockTime,
  formatCount,
  formatDuration,
  formatMinutesSeconds,
  lockoutMessage,
  shortHash,
} from '../../../renderer/src/staff/staff-format';
import { STAFF_STRINGS } from '../../../renderer/src/staff/staff-strings';

/** Intl groups thousands with a (narrow) no-break space in Kazakh and Russian; compare plainly. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('staff panel formatting', () => {
  it('formats uptime in the largest sensible units, in each language', () => {
    expect(formatDuration(42, 'en')).toBe('42 s');
    expect(formatDuration(0, 'en')).toBe('0 s');
    expect(formatDuration(125, 'en')).toBe('2 min 5 s');
    expect(formatDuration(3 * 3600 + 7 * 60, 'ru')).toBe('3 ч 7 мин');
    expect(formatDuration(2 * 86_400 + 3600, 'kk')).toBe('2 күн 1 сағ 0 мин');
  });

  it('groups thousands the way each language does', () => {
    expect(plain(formatCount(12_345, 'en'))).toBe('12,345');
    expect(plain(formatCount(12_345, 'ru'))).toBe('12 345');
    expect(plain(formatCount(12_345, 'kk'))).toBe('12 345');
  });

  it('shows clock times on the 24-hour clock in every language', () => {
    const fiveAfterTwo = new Date(2022, 3, 1, 14, 5).getTime();
    for (const language of ['kk', 'ru', 'en'] as const) {
      expect(clockTime(fiveAfterTwo, language)).toBe('14:05');
    }
  });

  it('formats session lengths as m:ss', () => {
    expect(formatMinutesSeconds(0)).toBe('0:00');
    expect(formatMinutesSeconds(95)).toBe('1:35');
  });

  it('shortens hashes and shows a dash for none', () => {
    expect(shortHash('0123456789abcdef0123')).toBe('0123456789ab');
    expect(shortHash('')).toBe('—');
  });

  it('explains the lockout in the kiosk language', () => {
    const until = new Date(2022, 3, 1, 14, 5).getTime();
    expect(lockoutMessage(until, until - 272_000, 'en')).toBe(
      'Too many wrong PINs. The pad opens again at 14:05 (in 4:32).',
    );
    expect(lockoutMessage(until, until - 272_000, 'ru')).toBe(
      'Слишком много неверных PIN-кодов. Панель откроется в 14:05 (через 4:32).',
    );
    expect(lockoutMessage(until, until - 272_000, 'kk')).toContain('14:05 (4:32 қалды)');
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

describe('staff dictionary', () => {
  const languages: Language[] = ['kk', 'ru', 'en'];

  it('has every text in every language, none empty, and not left in English', () => {
    const keys = Object.keys(STAFF_STRINGS.en).sort();
    for (const language of languages) {
      const strings = STAFF_STRINGS[language];
      expect(Object.keys(strings).sort()).toEqual(keys);
      for (const value of Object.values(strings)) {
        if (typeof value === 'string') expect(value.trim()).not.toBe('');
      }
    }
    for (const language of ['kk', 'ru'] as const) {
      expect(STAFF_STRINGS[language].panelTitle).not.toBe(STAFF_STRINGS.en.panelTitle);
      expect(STAFF_STRINGS[language].accessTitle).toMatch(/[а-яәғқңөұүһі]/i);
    }
  });

  it('explains wrong PINs with the right Russian number forms', () => {
    expect(STAFF_STRINGS.en.wrongPin(3)).toBe('Wrong PIN. 3 attempts left.');
    expect(STAFF_STRINGS.en.wrongPin(1)).toMatch(/locks for 5 minutes/);
    expect(STAFF_STRINGS.ru.wrongPin(3)).toBe('Неверный PIN-код. Осталось 3 попытки.');
    expect(STAFF_STRINGS.ru.wrongPin(5)).toBe('Неверный PIN-код. Осталось 5 попыток.');
    expect(STAFF_STRINGS.ru.wrongPin(1)).toMatch(/на 5 минут/);
    expect(STAFF_STRINGS.kk.wrongPin(2)).toBe('PIN-код қате. 2 әрекет қалды.');
  });

  it('names every content source in every language', () => {
    for (const language of languages) {
      const sources = STAFF_STRINGS[language].contentSource;
      expect(sources['content-dir']).toContain('--content-dir');
      expect(new Set(Object.values(sources)).size).toBe(4);
    }
    expect(STAFF_STRINGS.en.contentSource.none).toBe('No valid content');
  });
});
