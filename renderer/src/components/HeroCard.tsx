// Runs in: renderer. One hero in the carousel: the full-bleed portrait with name, role and short line.
import { memo } from 'react';
import type { Hero, Language } from '../../../common/content-schema';
import { UI_STRINGS } from '../i18n/ui-strings';
import { Icon } from './Icon';
import { Portrait } from './Portrait';
import './HeroCard.css';

export interface HeroCardProps {
  hero: Hero;
  position: number;
  language: Language;
  assetBaseUrl: string;
  /**
   * Only the card in view is read out and reached by the keyboard; its neighbours wait off screen.
   * They still take touches: a finger can catch a snap on the card it is bringing, before the store
   * has made that card current.
   */
  current: boolean;
  /** The card in view or a neighbour: its photograph is loaded. Further away, the placeholder alone. */
  near: boolean;
}

/** Memoised: a change of hero re-renders only the cards whose `current` or `near` changed. */
export const HeroCard = memo(function HeroCard({
  hero,
  position,
  language,
  assetBaseUrl,
  current,
  near,
}: HeroCardProps) {
  return (
    <article
      className="hero-card"
      style={{ transform: `translateX(${position * 100}%)` }}
      aria-roledescription="slide"
      aria-label={hero.name[language]}
      aria-hidden={current ? undefined : true}
      data-hero-id={hero.id}
      data-current={current || undefined}
    >
      {/* A tap anywhere on the card opens the story (CarouselTrack takes the click); the button
          below is the accessible way, and its click reaches the same handler. */}
      <div className="hero-card__photo-area">
        <Portrait
          className="hero-card__photo"
          photo={hero.photo}
          assetBaseUrl={assetBaseUrl}
          // The same text on and off screen (the whole card is hidden from screen readers off
          // screen): an attribute that flips with each swipe costs a layout in the release frame.
          alt={hero.photo.alt[language]}
          priority={current}
          withImage={near}
        />
        <div className="hero-card__scrim" />
      </div>
      <HeroCardText hero={hero} language={language} current={current} />
    </article>
  );
});

/**
 * The words and the button, memoised apart from the photograph: when a card's photograph comes or
 * goes (`near`), only the photograph renders again.
 */
const HeroCardText = memo(function HeroCardText({
  hero,
  language,
  current,
}: Pick<HeroCardProps, 'hero' | 'language' | 'current'>) {
  const strings = UI_STRINGS[language];
  return (
    <div className="hero-card__text">
      {hero.status === 'draft' && (
        <p className="draft-badge">
          <strong>{strings.draft}</strong> · {strings.draftNote}
        </p>
      )}
      <h2 className="hero-card__name">{hero.name[language]}</h2>
      <p className="hero-card__role">{hero.role[language]}</p>
      <p className="hero-card__line">{hero.shortLine[language]}</p>
      <button
        type="button"
        className="button button--primary"
        // A neighbour's button stays out of the keyboard order (its card is aria-hidden).
        tabIndex={current ? undefined : -1}
      >
        <Icon name="story" />
        {strings.readStory}
      </button>
      <p className="hero-card__credit">
        {strings.photo}: {hero.photo.credit[language]}
      </p>
    </div>
  );
});
