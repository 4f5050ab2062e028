// Runs in: renderer. Words what the main process reports as codes (a refused PIN change, content
// problems and warnings) in the staff language; pure and unit tested. Schema messages about a field
// have no code and stay as the English technical detail a curator looks up.
import type {
  ContentProblem,
  ContentProblemReason,
  Language,
} from '../../../common/content-schema';
import type { ChangePinResult, ContentState, ContentWarning } from '../../../common/ipc-contract';
import { formatCount, lockoutMessage } from './staff-format';
import { STAFF_STRINGS } from './staff-strings';

export type ChangePinRefused = Extract<ChangePinResult, { ok: false }>;
type ReadyContent = Extract<ContentState, { status: 'ready' }>;

/** Field path as the main process reported it: `(file)` means the file as a whole. */
const WHOLE_FILE = '(file)';

export function contentProblemReasonText(reason: ContentProblemReason, language: Language): string {
  const strings = STAFF_STRINGS[language].contentProblem;
  switch (reason.code) {
    case 'folder-missing':
    case 'image-not-found':
    case 'image-not-a-file':
    case 'image-outside-folder':
      return strings[reason.code](reason.path);
    case 'file-too-large':
      return strings[reason.code](
        formatCount(reason.bytes, language),
        formatCount(reason.maxBytes, language),
      );
    case 'file-unreadable':
    case 'invalid-json':
    case 'load-failed':
      return strings[reason.code](reason.error);
    case 'unknown-fields':
      return strings[reason.code](reason.keys.join(', '), reason.keys.length);
    case 'no-content':
      return strings[reason.code]();
  }
}

export interface WordedContentProblem {
  /** null for a worded problem of the whole file, which needs no field path in front. */
  field: string | null;
  text: string;
  /** The language `text` is in: a schema message without a code stays English. */
  language: Language;
}

/** Field and text apart, for a screen that shows the field path as code. */
export function wordContentProblem(
  problem: ContentProblem,
  language: Language,
): WordedContentProblem {
  if (!problem.reason) return { field: problem.field, text: problem.message, language: 'en' };
  return {
    field: problem.field === WHOLE_FILE ? null : problem.field,
    text: contentProblemReasonText(problem.reason, language),
    language,
  };
}

/** `heroes.0.photo.portrait: file not found: …`; a problem of the whole file without the field. */
export function contentProblemText(problem: ContentProblem, language: Language): string {
  const { field, text } = wordContentProblem(problem, language);
  return field === null ? text : `${field}: ${text}`;
}

/** The problems given, then how many more there are of `total`, as one line. */
export function contentProblemsText(
  problems: readonly ContentProblem[],
  total: number,
  language: Language,
): string {
  const shown = problems.map((problem) => contentProblemText(problem, language));
  const hidden = total - problems.length;
  if (hidden > 0) shown.push(STAFF_STRINGS[language].moreProblems(formatCount(hidden, language)));
  return shown.join('; ');
}

export function contentWarningText(warning: ContentWarning, language: Language): string {
  const strings = STAFF_STRINGS[language].contentWarning;
  if (warning.code === 'kept-last-good') return strings[warning.code](warning.directory, '');
  return strings[warning.code](
    warning.file,
    contentProblemsText(warning.problems, warning.problemCount, language),
  );
}

/** A state from before warnings had codes carries English lines only; those are shown as they are. */
export function contentWarningTexts(state: ReadyContent, language: Language): string[] {
  return state.warningDetails
    ? state.warningDetails.map((warning) => contentWarningText(warning, language))
    : state.warnings;
}

/** `now` counts down the lockout's remaining time. */
export function changePinRefusalText(
  refusal: ChangePinRefused,
  now: number,
  language: Language,
  pinLength: { min: number; max: number },
): string {
  const strings = STAFF_STRINGS[language];
  switch (refusal.reason) {
    case 'new-pin-invalid':
      return strings.newPinInvalid(pinLength.min, pinLength.max);
    case 'wrong-pin':
      return strings.wrongPin(refusal.attemptsLeft);
    case 'locked-out':
      return lockoutMessage(refusal.lockedUntil, now, language);
    case 'settings-damaged':
      return strings.settingsDamaged;
  }
}
