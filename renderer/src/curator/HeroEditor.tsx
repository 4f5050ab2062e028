// Runs in: renderer (the studio's chunk). One hero: status, photograph and focal point, then the
// words in Kazakh, Russian and English side by side, then the photo's credit and alt text.
import './HeroEditor.css';
import { useState } from 'react';
import type { HeroStatus } from '../../../common/content-schema';
import type { DraftHero } from '../../../common/curator-contract';
import { useCurator, useCuratorStrings } from './curator-context';
import { removeHero, setHeroStory, setHeroText, setPhotoText, updateHero } from './draft-edits';
import { FIELD_HINTS } from './field-limits';
import { heroName } from './HeroList';
import { LocalizedStoryRow, LocalizedTextRow } from './LocalizedFields';
import { PhotoPanel } from './PhotoPanel';

const STATUSES: readonly HeroStatus[] = ['draft', 'ready'];

export function HeroEditor({
  hero,
  index,
  count,
}: {
  hero: DraftHero;
  index: number;
  count: number;
}) {
  const { strings, language } = useCuratorStrings();
  const edit = useCurator((state) => state.edit);
  const selectHero = useCurator((state) => state.selectHero);
  const draft = useCurator((state) => state.draft);
  const field = (name: string): string => `heroes.${index}.${name}`;
  const key = hero.key;
  const heroId = useCurator((state) => state.heroIds[hero.key] || hero.id);

  return (
    <article className="hero-editor" aria-labelledby="hero-editor-title">
      <header className="hero-editor__header">
        <div className="hero-editor__title-block">
          <p className="hero-editor__number">
            {index + 1} / {count}
          </p>
          <h2 id="hero-editor-title" className="hero-editor__title">
            {heroName(hero, language, strings)}
          </h2>
          <p className="hero-editor__id">{heroId && strings.heroId(heroId)}</p>
        </div>
        <div className="hero-editor__status">
          <div className="studio-segmented" role="radiogroup" aria-label={strings.statusTitle}>
            {STATUSES.map((status) => (
              <button
                key={status}
                type="button"
                role="radio"
                aria-checked={hero.status === status}
                className={`studio-segmented__option studio-segmented__option--${status}`}
                onClick={() =>
                  edit((current) => updateHero(current, key, (item) => ({ ...item, status })))
                }
              >
                {strings.status[status]}
              </button>
            ))}
          </div>
          <p className="hero-editor__status-hint">{strings.statusHint[hero.status]}</p>
        </div>
      </header>

      <section className="hero-editor__section" aria-labelledby="hero-photo-title">
        <h3 id="hero-photo-title" className="hero-editor__section-title">
          {strings.photoSection}
        </h3>
        <PhotoPanel hero={hero} />
      </section>

      <section className="hero-editor__section" aria-labelledby="hero-words-title">
        <h3 id="hero-words-title" className="hero-editor__section-title">
          {strings.wordsSection}
        </h3>
        <LocalizedTextRow
          label={strings.fields.name}
          field={field('name')}
          limit={FIELD_HINTS.name}
          values={hero.name}
          onChange={(code, value) => edit((d) => setHeroText(d, key, 'name', code, value))}
        />
        <LocalizedTextRow
          label={strings.fields.role}
          field={field('role')}
          limit={FIELD_HINTS.role}
          values={hero.role}
          multiline
          onChange={(code, value) => edit((d) => setHeroText(d, key, 'role', code, value))}
        />
        <LocalizedTextRow
          label={strings.fields.shortLine}
          field={field('shortLine')}
          limit={FIELD_HINTS.shortLine}
          values={hero.shortLine}
          multiline
          onChange={(code, value) => edit((d) => setHeroText(d, key, 'shortLine', code, value))}
        />
        <LocalizedStoryRow
          // A new hero starts its typed texts afresh.
          key={key}
          label={strings.fields.story}
          hint={strings.storyHint}
          field={field('story')}
          limit={FIELD_HINTS.story}
          values={hero.story}
          onChange={(code, text) => edit((d) => setHeroStory(d, key, code, text))}
        />
      </section>

      <section className="hero-editor__section" aria-labelledby="hero-credit-title">
        <h3 id="hero-credit-title" className="hero-editor__section-title">
          {strings.creditSection}
        </h3>
        <LocalizedTextRow
          label={strings.fields.credit}
          field={field('photo.credit')}
          limit={FIELD_HINTS.credit}
          values={hero.photo.credit}
          onChange={(code, value) => edit((d) => setPhotoText(d, key, 'credit', code, value))}
        />
        <LocalizedTextRow
          label={strings.fields.alt}
          hint={strings.altHint}
          field={field('photo.alt')}
          limit={FIELD_HINTS.alt}
          values={hero.photo.alt}
          multiline
          onChange={(code, value) => edit((d) => setPhotoText(d, key, 'alt', code, value))}
        />
      </section>

      <footer className="hero-editor__footer">
        <RemoveHero
          name={heroName(hero, language, strings)}
          canRemove={count > 1}
          onRemove={() => {
            const heroes = draft?.heroes ?? [];
            const next = heroes[index + 1] ?? heroes[index - 1];
            edit((current) => removeHero(current, key));
            if (next) selectHero(next.key);
          }}
        />
      </footer>
    </article>
  );
}

function RemoveHero({
  name,
  canRemove,
  onRemove,
}: {
  name: string;
  canRemove: boolean;
  onRemove(): void;
}) {
  const { strings } = useCuratorStrings();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="studio-button studio-button--quiet hero-editor__remove"
        disabled={!canRemove}
        title={canRemove ? undefined : strings.lastHeroStays}
        onClick={() => setAsking(true)}
      >
        {strings.remove}
      </button>
    );
  }
  return (
    <div
      className="hero-editor__confirm"
      role="alertdialog"
      aria-label={strings.removeConfirm(name)}
    >
      <p>{strings.removeConfirm(name)}</p>
      <button type="button" className="studio-button studio-button--danger" onClick={onRemove}>
        {strings.removeYes}
      </button>
      <button type="button" className="studio-button" onClick={() => setAsking(false)}>
        {strings.cancel}
      </button>
    </div>
  );
}
