// Runs in: renderer. One hero in the carousel: the full-bleed portrait with name, role and short line.
import type { Hero, Language } from '../../../common/content-schema';
import { UI_STRINGS } from '../i18n/ui-strings';
import { Icon } from './Icon';
import { Portrait } from './Portrait';

export interface HeroCardProps {
  hero: Hero;
  position: number;
  language: Language;
  assetBaseUrl: string;
  /** Only the card in view is interactive and read out; its neighbours wait off screen. */
  current: boolean;
  onOpenStory(): void;
}

export function HeroCard({
  hero,
  position,
  language,
  assetBaseUrl,
  current,
  onOpenStory,
}: HeroCardProps) {
  const strings = UI_STRINGS[language];
  return (
    <article
      className="hero-card"
      style={{ transform: `translateX(${position * 100}%)` }}
      aria-roledescription="slide"
      aria-label={hero.name[language]}
      aria-hidden={current ? undefined : true}
      inert={!current}
      data-hero-id={hero.id}
      data-current={current || undefined}
    >
      {/* Tapping the photograph opens the story too; the button below is the accessible way. */}
      <div className="hero-card__photo-area" onClick={onOpenStory}>
        <Portrait
          className="hero-card__photo"
          photo={hero.photo}
          assetBaseUrl={assetBaseUrl}
          alt={current ? hero.photo.alt[language] : ''}
          priority={current}
        />
        <div className="hero-card__scrim" />
      </div>
      <div className="hero-card__text">
        {hero.status === 'draft' && (
          <p className="draft-badge">
            <strong>{strings.draft}</strong> · {strings.draftNote}
          </p>
        )}
        <h2 className="hero-card__name">{hero.name[language]}</h2>
        <p className="hero-card__role">{hero.role[language]}</p>
        <p className="hero-card__line">{hero.shortLine[language]}</p>
        <button type="button" className="button button--primary" onClick={onOpenStory}>
          <Icon name="story" />
          {strings.readStory}
        </button>
        <p className="hero-card__credit">
          {strings.photo}: {hero.photo.credit[language]}
        </p>
      </div>
    </article>
  );
}
