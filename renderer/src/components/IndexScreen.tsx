// Runs in: renderer. All heroes as a grid of thumbnails; a tap opens that hero in the carousel.
import { useEffect, useRef } from 'react';
import type { Content, Hero, Language } from '../../../common/content-schema';
import { UI_STRINGS } from '../i18n/ui-strings';
import { useKiosk } from '../store/kiosk-store';
import { Portrait } from './Portrait';
import { BackToHeroes } from './ScreenFooter';
import './screen-frame.css';
import './IndexScreen.css';

export function IndexScreen({ content, assetBaseUrl }: { content: Content; assetBaseUrl: string }) {
  const language = useKiosk((state) => state.language);
  const heroIndex = useKiosk((state) => state.heroIndex);
  const showHero = useKiosk((state) => state.showHero);
  const openView = useKiosk((state) => state.openView);
  const strings = UI_STRINGS[language];
  const scrollRef = useRef<HTMLDivElement>(null);
  // Open with the hero the visitor came from in view, not always at the top of the grid (once, when
  // the screen opens: a tap in the grid leaves it).
  useEffect(() => {
    scrollRef.current
      ?.querySelector('[aria-current="true"]')
      ?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, []);
  return (
    <section className="screen index" aria-labelledby="index-title">
      <div className="screen__scroll" tabIndex={0} ref={scrollRef}>
        <header className="screen__header">
          <p className="screen__kicker">{content.exhibition.title[language]}</p>
          <h1 id="index-title" className="screen__title">
            {strings.allHeroesTitle}
          </h1>
        </header>
        <ul className="index__grid">
          {content.heroes.map((hero, index) => (
            <li key={hero.id}>
              <IndexTile
                hero={hero}
                number={index + 1}
                language={language}
                assetBaseUrl={assetBaseUrl}
                current={index === heroIndex}
                onOpen={() => {
                  showHero(index);
                  openView('carousel');
                }}
              />
            </li>
          ))}
        </ul>
      </div>
      <BackToHeroes />
    </section>
  );
}

/** One hero in the grid; the curator studio's live preview shows it too. */
export function IndexTile({
  hero,
  number,
  language,
  assetBaseUrl,
  current,
  onOpen,
}: {
  hero: Hero;
  number: number;
  language: Language;
  assetBaseUrl: string;
  current: boolean;
  onOpen(): void;
}) {
  const strings = UI_STRINGS[language];
  return (
    <button
      type="button"
      className="index__item"
      aria-label={strings.openHero(hero.name[language])}
      aria-current={current ? 'true' : undefined}
      onClick={onOpen}
    >
      <Portrait
        className="index__thumb"
        photo={hero.photo}
        assetBaseUrl={assetBaseUrl}
        alt=""
        variant="thumbnail"
      />
      <span className="index__number">{number}</span>
      <span className="index__name">{hero.name[language]}</span>
      {hero.status === 'draft' && <span className="index__draft">{strings.draft}</span>}
    </button>
  );
}
