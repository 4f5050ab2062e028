// Runs in: Node (tests). The staff panel words every code the main process reports (refused PIN
// changes, content problems and warnings, a failed export) in Kazakh, Russian and English.
import { describe, expect, it } from 'vitest';
import type {
  ContentProblemCode,
  ContentProblemReason,
  Language,
} from '../../../common/content-schema';
import { ContentProblemReasonSchema, LANGUAGES } from '../../../common/content-schema';
import type {
  ChangePinRefusal,
  ContentState,
  ContentWarning,
  ContentWarningCode,
} from '../../../common/ipc-contract';
import { ChangePinRefusalSchema, ContentWarningSchema } from '../../../common/ipc-contract';
import type { ChangePinRefused } from '../../../renderer/src/staff/staff-messages';
import {
  changePinRefusalText,
  contentProblemReasonText,
  contentProblemText,
  contentWarningText,
  contentWarningTexts,
  wordContentProblem,
} from '../../../renderer/src/staff/staff-messages';
import { STAFF_STRINGS } from '../../../renderer/src/staff/staff-strings';

/** Intl groups thousands with a (narrow) no-break space in Kazakh and Russian; compare plainly. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

/** One example of each reason; `Record` makes TypeScript refuse a missing code. */
const SAMPLE_REASONS: Record<ContentProblemCode, ContentProblemReason> = {
  'folder-missing': { code: 'folder-missing', path: '/media/STICK/content' },
  'image-not-found': { code: 'image-not-found', path: 'assets/heroes/a/portrait.webp' },
  'image-not-a-file': { code: 'image-not-a-file', path: 'assets/heroes/a/thumb.webp' },
  'image-outside-folder': { code: 'image-outside-folder', path: 'assets/heroes/a/link.webp' },
  'file-too-large': { code: 'file-too-large', bytes: 6_000_000, maxBytes: 5_242_880 },
  'file-unreadable': { code: 'file-unreadable', error: 'EACCES: permission denied' },
  'invalid-json': { code: 'invalid-json', error: 'Unexpected token n in JSON' },
  'unknown-fields': { code: 'unknown-fields', keys: ['extra', 'more'] },
  'load-failed': { code: 'load-failed', error: 'EIO: i/o error' },
  'no-content': { code: 'no-content' },
};

/** What each reason's text must show whatever the language. */
const SAMPLE_DETAIL: Record<ContentProblemCode, RegExp> = {
  'folder-missing': /\/media\/STICK\/content/,
  'image-not-found': /assets\/heroes\/a\/portrait\.webp/,
  'image-not-a-file': /assets\/heroes\/a\/thumb\.webp/,
  'image-outside-folder': /assets\/heroes\/a\/link\.webp/,
  'file-too-large': /6[ ,]000[ ,]000.*5[ ,]242[ ,]880/,
  'file-unreadable': /EACCES: permission denied/,
  'invalid-json': /Unexpected token n in JSON/,
  'unknown-fields': /extra, more/,
  'load-failed': /EIO: i\/o error/,
  'no-content': /./,
};

const SAMPLE_WARNINGS: Record<ContentWarningCode, ContentWarning> = {
  'file-refused': {
    code: 'file-refused',
    file: '/data/content/content.json',
    problems: [
      {
        field: 'heroes.0.photo.portrait',
        message: 'file not found: assets/x.webp',
        reason: { code: 'image-not-found', path: 'assets/x.webp' },
      },
      { field: 'heroes.1.name.kk', message: 'must not be empty' },
    ],
    problemCount: 7,
    message: '/data/content/content.json was refused: …',
  },
  'kept-last-good': {
    code: 'kept-last-good',
    directory: '/data/content',
    message: 'Still showing the last good content from /data/content.',
  },
};

const SAMPLE_REFUSALS: Record<ChangePinRefusal, ChangePinRefused> = {
  'new-pin-invalid': { ok: false, reason: 'new-pin-invalid', error: 'x' },
  'wrong-pin': { ok: false, reason: 'wrong-pin', attemptsLeft: 3, error: 'x' },
  'locked-out': { ok: false, reason: 'locked-out', lockedUntil: 1_000_000 + 299_000, error: 'x' },
  'settings-damaged': { ok: false, reason: 'settings-damaged', error: 'x' },
};

const PIN_LENGTH = { min: 4, max: 8 };
const TRANSLATED: readonly Language[] = LANGUAGES.filter((language) => language !== 'en');

/** The codes a discriminated union schema accepts, read from the schema itself. */
function schemaCodes(schema: { options: readonly { shape: { code: { value: unknown } } }[] }) {
  return schema.options.map((option) => option.shape.code.value).sort();
}

describe('staff messages for main-process codes', () => {
  it('the samples cover every code the contract defines', () => {
    expect(schemaCodes(ContentProblemReasonSchema)).toEqual(Object.keys(SAMPLE_REASONS).sort());
    expect(schemaCodes(ContentWarningSchema)).toEqual(Object.keys(SAMPLE_WARNINGS).sort());
    expect([...ChangePinRefusalSchema.options].sort()).toEqual(Object.keys(SAMPLE_REFUSALS).sort());
  });

  it.each(LANGUAGES)('has a text for every content problem code in %s', (language) => {
    for (const code of schemaCodes(ContentProblemReasonSchema) as ContentProblemCode[]) {
      expect(typeof STAFF_STRINGS[language].contentProblem[code], code).toBe('function');
      const text = plain(contentProblemReasonText(SAMPLE_REASONS[code], language));
      expect(text, code).toMatch(SAMPLE_DETAIL[code]);
    }
  });

  it.each(LANGUAGES)('has a text for every content warning code in %s', (language) => {
    for (const code of schemaCodes(ContentWarningSchema) as ContentWarningCode[]) {
      expect(typeof STAFF_STRINGS[language].contentWarning[code], code).toBe('function');
      expect(contentWarningText(SAMPLE_WARNINGS[code], language).length, code).toBeGreaterThan(0);
    }
  });

  it.each(LANGUAGES)(
    'has a text for every PIN change refusal and a failed export in %s',
    (language) => {
      for (const refusal of ChangePinRefusalSchema.options) {
        const text = changePinRefusalText(
          SAMPLE_REFUSALS[refusal],
          1_000_000,
          language,
          PIN_LENGTH,
        );
        expect(text.length, refusal).toBeGreaterThan(0);
      }
      expect(STAFF_STRINGS[language].exportFailed.length).toBeGreaterThan(0);
    },
  );

  it.each(TRANSLATED)('says every code in %s, not in English', (language) => {
    const differ = (say: (language: Language) => string, what: string): void => {
      expect(say(language), what).not.toBe(say('en'));
    };
    for (const reason of Object.values(SAMPLE_REASONS)) {
      differ((to) => contentProblemReasonText(reason, to), reason.code);
    }
    for (const warning of Object.values(SAMPLE_WARNINGS)) {
      differ((to) => contentWarningText(warning, to), warning.code);
    }
    for (const refusal of Object.values(SAMPLE_REFUSALS)) {
      differ((to) => changePinRefusalText(refusal, 1_000_000, to, PIN_LENGTH), refusal.reason);
    }
    differ((to) => STAFF_STRINGS[to].exportFailed, 'exportFailed');
  });

  it('words each refusal of a PIN change with its details', () => {
    expect(changePinRefusalText(SAMPLE_REFUSALS['new-pin-invalid'], 0, 'en', PIN_LENGTH)).toBe(
      'The new PIN must be 4 to 8 digits.',
    );
    expect(changePinRefusalText(SAMPLE_REFUSALS['wrong-pin'], 0, 'ru', PIN_LENGTH)).toBe(
      'Неверный PIN-код. Осталось 3 попытки.',
    );
    expect(
      changePinRefusalText(SAMPLE_REFUSALS['locked-out'], 1_000_000, 'kk', PIN_LENGTH),
    ).toContain('(4:59 қалды)');
  });

  it('puts the field before a problem and leaves schema messages as they are', () => {
    const [missing, schema] = (
      SAMPLE_WARNINGS['file-refused'] as Extract<ContentWarning, { code: 'file-refused' }>
    ).problems;
    if (!missing || !schema) throw new Error('two sample problems');
    expect(contentProblemText(missing, 'ru')).toBe(
      'heroes.0.photo.portrait: файл не найден: assets/x.webp',
    );
    expect(contentProblemText(schema, 'kk')).toBe('heroes.1.name.kk: must not be empty');
    expect(
      contentProblemText(
        { field: '(file)', message: 'no content found', reason: { code: 'no-content' } },
        'kk',
      ),
    ).toBe('мазмұн табылмады');
  });

  it('keeps the field apart from the worded text, and marks a schema message as English', () => {
    const [missing, schema] = (
      SAMPLE_WARNINGS['file-refused'] as Extract<ContentWarning, { code: 'file-refused' }>
    ).problems;
    if (!missing || !schema) throw new Error('two sample problems');
    expect(wordContentProblem(missing, 'kk')).toEqual({
      field: 'heroes.0.photo.portrait',
      text: 'файл табылмады: assets/x.webp',
      language: 'kk',
    });
    expect(wordContentProblem(schema, 'ru')).toEqual({
      field: 'heroes.1.name.kk',
      text: 'must not be empty',
      language: 'en',
    });
    expect(
      wordContentProblem(
        {
          field: '(file)',
          message: 'the file is not valid JSON: x',
          reason: SAMPLE_REASONS['invalid-json'],
        },
        'ru',
      ),
    ).toEqual({
      field: null,
      text: 'файл не является корректным JSON: Unexpected token n in JSON',
      language: 'ru',
    });
    // A whole-file message without a code (from an older main process) still says what it is about.
    expect(wordContentProblem({ field: '(file)', message: 'is not valid JSON' }, 'kk').field).toBe(
      '(file)',
    );
  });

  it('words a refused file with its first problems and how many more there are', () => {
    expect(contentWarningText(SAMPLE_WARNINGS['file-refused'], 'ru')).toBe(
      'Файл /data/content/content.json отклонён: heroes.0.photo.portrait: файл не найден: ' +
        'assets/x.webp; heroes.1.name.kk: must not be empty; и ещё 5',
    );
    expect(contentWarningText(SAMPLE_WARNINGS['kept-last-good'], 'en')).toBe(
      'Still showing the last good content from /data/content.',
    );
  });

  it('shows the English lines of a state that has no warning codes', () => {
    const state = {
      status: 'ready',
      warnings: ['/old/content.json was refused: (file): is not valid JSON'],
    } as Extract<ContentState, { status: 'ready' }>;
    expect(contentWarningTexts(state, 'kk')).toEqual(state.warnings);
    expect(
      contentWarningTexts({ ...state, warningDetails: [SAMPLE_WARNINGS['kept-last-good']] }, 'kk'),
    ).toEqual(['/data/content қалтасындағы соңғы жарамды мазмұн көрсетіліп тұр.']);
  });
});
