// Runs in: renderer (the studio's chunk), drawn inside the preview's iframe. One kiosk screen for
// the hero being edited, made of the visitor components themselves; the frame around them (title,
// controls, language bar) copies the kiosk's markup without its behaviour, so the words sit exactly
// where they will on the kiosk.
import { useEffect, useRef } from 'react';
import type { Hero, Language } from '../../../common/content-schema';
import type { DraftContent } from '../../../common/curator-contract';
import { HeroCard } from '../components/HeroCard';
import { Icon } from '../components/Icon';
import { IndexTile } from '../components/IndexScreen';
import { StoryText } from '../components/StoryPanel';
import { LANGUAGE_NAMES, LANGUAGE_ORDER, UI_STRINGS } from '../i18n/ui-strings';
import type { PreviewOptions } from './curator-store';

export function KioskScreen({
  draft,
  heroes,
  hero,
  assetBaseUrl,
  language,
  screen,
}: {
  draft: DraftContent;
  /** Every hero, as the visitor components take them. */
  heroes: readonly Hero[];
  hero: Hero;
  assetBaseUrl: string;
  language: Language;
  screen: PreviewOptions['screen'];
}) {
  const strings = UI_STRINGS[language];
  const index = heroes.findIndex((item) => item.id === hero.id);
  return (
    <div className={`visitor visitor--${screen === 'tile' ? 'index' : 'carousel'}`}>
      {screen === 'tile' ? (
        <HeroGrid
          draft={draft}
          heroes={heroes}
          heroId={hero.id}
          assetBaseUrl={assetBaseUrl}
          language={language}
        />
      ) : (
        <section className="carousel" aria-label={draft.exhibition.title[language]}>
          <div className="carousel__viewport">
            <div className="carousel__track">
              <HeroCard
                hero={hero}
                position={0}
                language={language}
                assetBaseUrl={assetBaseUrl}
                current
                near
              />
            </div>
          </div>
          <p className="carousel__title" aria-hidden="true">
            {draft.exhibition.title[language]}
            <span> · {draft.exhibition.anniversary[language]}</span>
          </p>
          <div className="carousel__controls">
            <div className="carousel__stepper">
              <button type="button" className="button button--round">
                <Icon name="previous" />
              </button>
              <p className="carousel__counter">
                <span className="carousel__counter-current">{index + 1}</span>
                <span className="carousel__counter-divider"> / </span>
                <span>{heroes.length}</span>
              </p>
              <button type="button" className="button button--round">
                <Icon name="next" />
              </button>
            </div>
            <div className="carousel__links">
              <button type="button" className="button button--quiet">
                <Icon name="grid" />
                {strings.allHeroes}
              </button>
              <button type="button" className="button button--quiet">
                <Icon name="info" />
                {strings.aboutExhibition}
              </button>
            </div>
          </div>
        </section>
      )}
      {screen === 'story' && (
        <div className="story">
          <section className="story__panel">
            <StoryText hero={hero} language={language} />
            <div className="story__footer">
              <button type="button" className="button button--primary button--wide">
                <Icon name="close" />
                {strings.closeStory}
              </button>
            </div>
          </section>
        </div>
      )}
      <footer className="language-bar">
        <div className="language-switch">
          {LANGUAGE_ORDER.filter((code) => draft.settings.languages.includes(code)).map((code) => (
            <button
              type="button"
              key={code}
              className="language-switch__option"
              aria-pressed={code === language}
              lang={code}
            >
              {LANGUAGE_NAMES[code]}
            </button>
          ))}
        </div>
      </footer>
    </div>
  );
}

function HeroGrid({
  draft,
  heroes,
  heroId,
  assetBaseUrl,
  language,
}: {
  draft: DraftContent;
  heroes: readonly Hero[];
  heroId: string;
  assetBaseUrl: string;
  language: Language;
}) {
  const strings = UI_STRINGS[language];
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    scrollRef.current
      ?.querySelector('[aria-current="true"]')
      ?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, [heroId]);
  return (
    <section className="screen index">
      <div className="screen__scroll" ref={scrollRef}>
        <header className="screen__header">
          <p className="screen__kicker">{draft.exhibition.title[language]}</p>
          <h1 className="screen__title">{strings.allHeroesTitle}</h1>
        </header>
        <ul className="index__grid">
          {heroes.map((item, index) => (
            <li key={item.id}>
              <IndexTile
                hero={item}
                number={index + 1}
                language={language}
                assetBaseUrl={assetBaseUrl}
                current={item.id === heroId}
                onOpen={() => undefined}
              />
            </li>
          ))}
        </ul>
      </div>
      <footer className="screen__footer">
        <button type="button" className="button button--primary button--wide">
          <Icon name="back" />
          {strings.backToHeroes}
        </button>
      </footer>
    </section>
  );
}
