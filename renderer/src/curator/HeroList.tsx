// Runs in: renderer (the studio's chunk). The heroes in the kiosk's order: thumbnail, the name in
// the three languages, draft or ready, and what is still missing. Reordered with the up and down
// buttons (a finger or the keyboard) or by dragging the handle (a pointer drag: touch and mouse).
import './HeroList.css';
import { useRef, useState } from 'react';
import type { Language } from '../../../common/content-schema';
import type { DraftContent, DraftHero } from '../../../common/curator-contract';
import { CsvImportButton } from './CsvImport';
import { formatNumber } from './curator-format';
import { useCurator, useCuratorStrings } from './curator-context';
import type { CuratorStrings } from './curator-strings';
import { addHero, emptyHero, moveHero } from './draft-edits';
import { missingItems } from './hero-readiness';
import type { MissingItem } from './hero-readiness';
import { LANGUAGE_ORDER } from '../i18n/ui-strings';

export function HeroList({ draft, assetBaseUrl }: { draft: DraftContent; assetBaseUrl: string }) {
  const { strings, language } = useCuratorStrings();
  const selectedKey = useCurator((state) => state.heroKey);
  const selectHero = useCurator((state) => state.selectHero);
  const edit = useCurator((state) => state.edit);
  const [announcement, setAnnouncement] = useState('');
  const move = (from: number, to: number): void => {
    const hero = draft.heroes[from];
    if (!hero || to < 0 || to >= draft.heroes.length || from === to) return;
    edit((current) => moveHero(current, from, to));
    setAnnouncement(
      strings.moved(heroName(hero, language, strings), formatNumber(to + 1, language)),
    );
  };
  const listRef = useRef<HTMLOListElement>(null);
  const drag = useHeroDrag(listRef, move);

  return (
    <nav className="hero-list" aria-label={strings.sections.heroes}>
      <div className="hero-list__top">
        <p className="hero-list__count">
          {strings.heroesInOrder(formatNumber(draft.heroes.length, language))}
        </p>
        <AddHero
          onAdded={(hero) => {
            edit((current) => addHero(current, hero));
            selectHero(hero.key);
          }}
        />
        <CsvImportButton />
      </div>
      <p className="staff-visually-hidden" role="status">
        {announcement}
      </p>
      <ol className="hero-list__items" ref={listRef}>
        {draft.heroes.map((hero, index) => (
          <li
            key={hero.key}
            className={[
              'hero-list__item',
              hero.key === selectedKey ? 'hero-list__item--selected' : '',
              drag.from === index ? 'hero-list__item--dragged' : '',
              drag.over === index && drag.from !== index
                ? `hero-list__item--drop-${drag.over > (drag.from ?? 0) ? 'after' : 'before'}`
                : '',
            ].join(' ')}
          >
            <button
              type="button"
              className="hero-list__open"
              aria-current={hero.key === selectedKey ? 'true' : undefined}
              onClick={() => selectHero(hero.key)}
            >
              <span className="hero-list__number">{index + 1}</span>
              <Thumbnail hero={hero} assetBaseUrl={assetBaseUrl} />
              <span className="hero-list__names">
                {LANGUAGE_ORDER.map((code) => (
                  <span key={code} lang={code} className="hero-list__name">
                    {hero.name[code].trim() || '—'}
                  </span>
                ))}
              </span>
              <span className="hero-list__state">
                <span className={`studio-chip studio-chip--${hero.status}`}>
                  {strings.status[hero.status]}
                </span>
                <MissingChips missing={missingItems(hero)} strings={strings} />
              </span>
            </button>
            <div className="hero-list__move">
              <button
                type="button"
                className="hero-list__move-button"
                aria-label={strings.moveUp(heroName(hero, language, strings))}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              >
                <Arrow up />
              </button>
              <span
                className="hero-list__handle"
                title={strings.dragToReorder}
                aria-hidden="true"
                onPointerDown={(event) => drag.start(event, index)}
              >
                <svg viewBox="0 0 16 16" focusable="false">
                  <path d="M3 5h10M3 8h10M3 11h10" />
                </svg>
              </span>
              <button
                type="button"
                className="hero-list__move-button"
                aria-label={strings.moveDown(heroName(hero, language, strings))}
                disabled={index === draft.heroes.length - 1}
                onClick={() => move(index, index + 1)}
              >
                <Arrow />
              </button>
            </div>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function heroName(hero: DraftHero, language: Language, strings: CuratorStrings): string {
  return (
    hero.name[language].trim() ||
    LANGUAGE_ORDER.map((code) => hero.name[code].trim()).find(Boolean) ||
    strings.untitled
  );
}

function Thumbnail({ hero, assetBaseUrl }: { hero: DraftHero; assetBaseUrl: string }) {
  return (
    <span
      className="hero-list__thumb"
      style={
        hero.photo.placeholder ? { backgroundImage: `url("${hero.photo.placeholder}")` } : undefined
      }
    >
      {hero.photo.thumbnail && (
        <img src={assetBaseUrl + hero.photo.thumbnail} alt="" loading="lazy" draggable={false} />
      )}
    </span>
  );
}

function MissingChips({ missing, strings }: { missing: MissingItem[]; strings: CuratorStrings }) {
  if (missing.length === 0) {
    return <span className="studio-chip studio-chip--complete">{strings.readyToShow}</span>;
  }
  return missing.map((item) => (
    <span key={item.kind} className="studio-chip studio-chip--missing">
      {missingText(item, strings)}
    </span>
  ));
}

export function missingText(item: MissingItem, strings: CuratorStrings): string {
  if (item.kind === 'photo') return strings.missing.photo;
  const languages = item.languages.map((code) => strings.languageShort[code]).join(', ');
  return strings.missing[item.kind](languages);
}

function AddHero({ onAdded }: { onAdded(hero: DraftHero): void }) {
  const { strings } = useCuratorStrings();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  if (!open) {
    return (
      <button
        type="button"
        className="studio-button studio-button--add"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">+</span> {strings.addHero}
      </button>
    );
  }
  const submit = (): void => {
    const written = name.trim();
    if (!written) return;
    // Cyrillic goes to both Cyrillic languages; Latin to English: the curator corrects the rest.
    const cyrillic = /[\u0400-\u04FF]/.test(written);
    const names = cyrillic ? { kk: written, ru: written, en: '' } : { kk: '', ru: '', en: written };
    // The key is the studio's handle; main makes the id from the name at the next save.
    onAdded(emptyHero(crypto.randomUUID(), names));
    setName('');
    setOpen(false);
  };
  return (
    <form
      className="hero-list__add"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label className="hero-list__add-label" htmlFor="studio-new-hero">
        {strings.addHeroTitle}
      </label>
      <input
        id="studio-new-hero"
        className="studio-field__input"
        // The form opens for this one field.
        autoFocus
        value={name}
        maxLength={120}
        onChange={(event) => setName(event.target.value)}
      />
      <p className="hero-list__add-hint">{strings.addHeroHint}</p>
      <div className="hero-list__add-actions">
        <button
          type="submit"
          className="studio-button studio-button--primary"
          disabled={!name.trim()}
        >
          {strings.add}
        </button>
        <button type="button" className="studio-button" onClick={() => setOpen(false)}>
          {strings.cancel}
        </button>
      </div>
    </form>
  );
}

function Arrow({ up = false }: { up?: boolean }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={up ? 'M3 10l5-5 5 5' : 'M3 6l5 5 5-5'} />
    </svg>
  );
}

/** A pointer drag on a handle: where it started, which row it is over, and the move on release. */
function useHeroDrag(
  listRef: React.RefObject<HTMLOListElement | null>,
  onDrop: (from: number, to: number) => void,
) {
  const [from, setFrom] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);

  const rowAt = (clientY: number): number | null => {
    const rows = [...(listRef.current?.children ?? [])];
    if (rows.length === 0) return null;
    const index = rows.findIndex((row) => clientY < row.getBoundingClientRect().bottom);
    return index === -1 ? rows.length - 1 : index;
  };

  const start = (event: React.PointerEvent<HTMLElement>, index: number): void => {
    if (event.button !== 0) return;
    event.preventDefault();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    setFrom(index);
    setOver(index);
    let target = index;
    const onMove = (move: PointerEvent): void => {
      target = rowAt(move.clientY) ?? index;
      setOver(target);
    };
    const onEnd = (end: PointerEvent): void => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onEnd);
      handle.removeEventListener('pointercancel', onEnd);
      setFrom(null);
      setOver(null);
      if (end.type === 'pointerup') onDrop(index, target);
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onEnd);
    handle.addEventListener('pointercancel', onEnd);
  };

  return { from, over, start };
}
