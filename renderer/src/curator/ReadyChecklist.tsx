// Runs in: renderer (the studio's chunk). "Ready for the mall": every hero that is still a draft or
// misses something, and the exhibition texts and settings with problems, each with a way to open it.
// What `content:check --strict` would refuse, said before the curator publishes.
import './ReadyChecklist.css';
import type { Content } from '../../../common/content-schema';
import { formatCount } from '../staff/staff-format';
import { useCurator, useCuratorStrings } from './curator-context';
import type { DraftProblem } from './draft-problems';
import { heroChecklist } from './hero-readiness';
import { heroName, missingText } from './HeroList';

export function ReadyChecklist({
  draft,
  problems,
}: {
  draft: Content;
  problems: readonly DraftProblem[];
}) {
  const { strings, language } = useCuratorStrings();
  const selectHero = useCurator((state) => state.selectHero);
  const showSection = useCurator((state) => state.showSection);
  const publish = useCurator((state) => state.publish);
  const count = (value: number): string => formatCount(value, language);
  const heroes = heroChecklist(draft);
  const problemsUnder = (prefix: string): number =>
    problems.filter((problem) => problem.field.startsWith(prefix)).length;
  const exhibitionProblems = problemsUnder('exhibition.');
  const settingsProblems = problemsUnder('settings.');
  const refused = publish.kind === 'refused' ? publish.problems : [];
  const allClear = heroes.length === 0 && problems.length === 0 && refused.length === 0;

  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title" className="checklist__title">
        {strings.checklistTitle}
      </h2>
      <p className="checklist__intro">{strings.checklistIntro}</p>
      {allClear && (
        <p className="checklist__clear" role="status">
          {strings.checklistAllClear}
        </p>
      )}
      {refused.length > 0 && (
        <ul
          className="checklist__refused"
          aria-label={strings.publishRefused(count(refused.length))}
        >
          {refused.map((problem, index) => (
            <li key={index}>
              <code>{problem.field}</code> {problem.message}
            </li>
          ))}
        </ul>
      )}
      {heroes.length > 0 && (
        <>
          <h3 className="checklist__group">{strings.checklistHeroes(count(heroes.length))}</h3>
          <ul className="checklist__list">
            {heroes.map((entry) => {
              const hero = draft.heroes[entry.index];
              if (!hero) return null;
              const fields = problemsUnder(`heroes.${entry.index}.`);
              return (
                <li key={entry.heroId} className="checklist__item">
                  <span className="checklist__number">{count(entry.index + 1)}</span>
                  <span className="checklist__name">{heroName(hero, language, strings)}</span>
                  <span className="checklist__chips">
                    {entry.draft && (
                      <span className="studio-chip studio-chip--draft">
                        {strings.checklistIsDraft}
                      </span>
                    )}
                    {entry.missing.map((item) => (
                      <span key={item.kind} className="studio-chip studio-chip--missing">
                        {missingText(item, strings)}
                      </span>
                    ))}
                    {fields > 0 && (
                      <span className="studio-chip studio-chip--problem">
                        {strings.checklistFields(count(fields))}
                      </span>
                    )}
                  </span>
                  <button
                    type="button"
                    className="studio-button studio-button--small"
                    aria-label={`${strings.checklistOpen}: ${heroName(hero, language, strings)}`}
                    onClick={() => selectHero(entry.heroId)}
                  >
                    {strings.checklistOpen}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {[
        ['exhibition', strings.checklistExhibition, exhibitionProblems] as const,
        ['settings', strings.checklistSettings, settingsProblems] as const,
      ]
        .filter(([, , problemCount]) => problemCount > 0)
        .map(([section, title, problemCount]) => (
          <div key={section} className="checklist__item checklist__item--section">
            <span className="checklist__name">{title}</span>
            <span className="studio-chip studio-chip--problem">
              {strings.checklistFields(count(problemCount))}
            </span>
            <button
              type="button"
              className="studio-button studio-button--small"
              aria-label={`${strings.checklistOpen}: ${title}`}
              onClick={() => showSection(section)}
            >
              {strings.checklistOpen}
            </button>
          </div>
        ))}
    </section>
  );
}
