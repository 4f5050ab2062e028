// Runs in: renderer. Shown to staff when no valid content could be loaded: names the file and every
// problem, so the screen is never blank and the fix is obvious.
import type { ContentState } from '../../../common/ipc-contract';

type ContentError = Extract<ContentState, { status: 'error' }>;

export function ContentErrorScreen({ state }: { state: ContentError }) {
  return (
    <main className="content-error" aria-labelledby="content-error-title">
      <h1 id="content-error-title">The exhibition content could not be loaded</h1>
      <p lang="ru">Не удалось загрузить материалы выставки.</p>
      <p lang="kk">Көрме материалдары жүктелмеді.</p>
      <p>
        File: <code>{state.file}</code>
      </p>
      <ul className="content-error__problems">
        {state.problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.field}</code> {problem.message}
          </li>
        ))}
      </ul>
      <p className="content-error__hint">
        Fix the file (npm run content:check shows the same list), then reload the content from the
        staff panel.
      </p>
    </main>
  );
}
