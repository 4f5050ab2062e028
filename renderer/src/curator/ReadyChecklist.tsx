// Runs in: renderer (the studio's chunk). "Ready for the mall": what `content:check --strict` would
// refuse (drafts, placeholder artwork, untranslated texts, oversize files, problems the kiosk cannot
// accept), as main's checks of the working copy list them, each with a way to open the hero or the
// page it concerns.
import './ReadyChecklist.css';
import type { CuratorChecks, DraftContent, DraftHero } from '../../../common/curator-contract';
import { formatNumber } from './curator-format';
import { useCurator, useCuratorStrings } from './curator-context';
import type { StudioSection } from './curator-store';
import { missingItems } from './hero-readiness';
import { heroName, missingText } from './HeroList';

type Place = { kind: 'hero'; index: number } | { kind: 'section'; section: StudioSection };

/** Where a checked path lives in the studio: a hero, or the exhibition or settings page. */
function placeOf(path: string): Place {
  const hero = /^heroes\.(\d+)(?:\.|$)/.exec(path);
  if (hero) return { kind: 'hero', index: Number(hero[1]) };
  return { kind: 'section', section: path.startsWith('settings') ? 'settings' : 'exhibition' };
}

function places(paths: readonly string[]): Place[] {
  const seen = new Set<string>();
  return paths.map(placeOf).filter((place) => {
    const key = place.kind === 'hero' ? `hero ${place.index}` : place.section;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function ReadyChecklist({ draft }: { draft: DraftContent }) {
  const { strings } = useCuratorStrings();
  const checks = useCurator((state) => state.checks);
  const items = (checks?.checklist ?? []).filter((item) => item.count > 0);
  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title" className="checklist__title">
        {strings.checklistTitle}
      </h2>
      <p className="checklist__intro">{strings.checklistIntro}</p>
      {checks?.readyForMall && (
        <p className="checklist__clear" role="status">
          {strings.checklistAllClear}
        </p>
      )}
      {items.map((item) => (
        <ChecklistGroup key={item.item} item={item} draft={draft} />
      ))}
    </section>
  );
}

function ChecklistGroup({
  item,
  draft,
}: {
  item: CuratorChecks['checklist'][number];
  draft: DraftContent;
}) {
  const { strings, language } = useCuratorStrings();
  const selectHero = useCurator((state) => state.selectHero);
  const showSection = useCurator((state) => state.showSection);
  const titleId = `checklist-${item.item}`;
  return (
    <section className="checklist__group" aria-labelledby={titleId}>
      <h3 id={titleId} className="checklist__group-title">
        <span className="checklist__count">{formatNumber(item.count, language)}</span>
        {strings.checklistItem[item.item]}
      </h3>
      <ul className="checklist__list">
        {places(item.paths).map((place) => {
          if (place.kind === 'section') {
            const title =
              place.section === 'settings'
                ? strings.checklistSettings
                : strings.checklistExhibition;
            return (
              <li key={place.section} className="checklist__item">
                <span className="checklist__name">{title}</span>
                <OpenButton name={title} onOpen={() => showSection(place.section)} />
              </li>
            );
          }
          const hero = draft.heroes[place.index];
          if (!hero) return null;
          return (
            <HeroLine
              key={hero.key}
              hero={hero}
              number={place.index + 1}
              onOpen={() => selectHero(hero.key)}
            />
          );
        })}
      </ul>
    </section>
  );
}

function HeroLine({ hero, number, onOpen }: { hero: DraftHero; number: number; onOpen(): void }) {
  const { strings, language } = useCuratorStrings();
  const name = heroName(hero, language, strings);
  return (
    <li className="checklist__item">
      <span className="checklist__number">{formatNumber(number, language)}</span>
      <span className="checklist__name">{name}</span>
      <span className="checklist__chips">
        {missingItems(hero).map((missing) => (
          <span key={missing.kind} className="studio-chip studio-chip--missing">
            {missingText(missing, strings)}
          </span>
        ))}
      </span>
      <OpenButton name={name} onOpen={onOpen} />
    </li>
  );
}

function OpenButton({ name, onOpen }: { name: string; onOpen(): void }) {
  const { strings } = useCuratorStrings();
  return (
    <button
      type="button"
      className="studio-button studio-button--small"
      aria-label={`${strings.checklistOpen}: ${name}`}
      onClick={onOpen}
    >
      {strings.checklistOpen}
    </button>
  );
}
