// Runs in: renderer. Shown to staff when no valid content could be loaded: a heading in all three
// languages says what happened at a glance; the file, every problem and the fix follow in the staff
// language. The switch offers all three, since the content that names the offered ones failed.
import type { ContentProblem, Language } from '../../../common/content-schema';
import type { ContentState } from '../../../common/ipc-contract';
import { StaffLanguageSwitch } from '../staff/StaffLanguageSwitch';
import { wordContentProblem } from '../staff/staff-messages';
import { useStaffStrings } from '../staff/use-staff-strings';
import './ContentErrorScreen.css';

type ContentError = Extract<ContentState, { status: 'error' }>;

/** The curator tool that prints the same list (package.json `content:check`); never translated. */
const CHECK_COMMAND = 'npm run content:check';

export function ContentErrorScreen({ state }: { state: ContentError }) {
  const { strings, language } = useStaffStrings();
  return (
    <main className="content-error" aria-labelledby="content-error-title">
      <h1 id="content-error-title" lang="en">
        The exhibition content could not be loaded
      </h1>
      <p lang="ru">Не удалось загрузить материалы выставки.</p>
      <p lang="kk">Көрме материалдары жүктелмеді.</p>
      <StaffLanguageSwitch />
      <div className="content-error__details" lang={language}>
        <p>
          {strings.contentErrorFile} <code>{state.file}</code>
        </p>
        <ul className="content-error__problems">
          {state.problems.map((problem, index) => (
            <ProblemItem key={index} problem={problem} language={language} />
          ))}
        </ul>
        <p className="content-error__hint">{strings.contentErrorHint(CHECK_COMMAND)}</p>
      </div>
    </main>
  );
}

function ProblemItem({ problem, language }: { problem: ContentProblem; language: Language }) {
  const worded = wordContentProblem(problem, language);
  return (
    <li lang={worded.language}>
      {worded.field !== null && <code>{worded.field}</code>} {worded.text}
    </li>
  );
}
