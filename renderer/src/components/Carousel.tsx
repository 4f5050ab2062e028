// Runs in: renderer. The swipeable carousel: the draggable track of portraits (CarouselTrack; which
// cards are mounted: CarouselCards), the exhibition title, the previous/next stepper with the
// position, and the links to the index and the about screen.
import type { Content } from '../../../common/content-schema';
import { UI_STRINGS } from '../i18n/ui-strings';
import { useKiosk } from '../store/kiosk-store';
import { CarouselTrack } from './CarouselTrack';
import { Icon } from './Icon';
import './Carousel.css';

export function Carousel({ content, assetBaseUrl }: { content: Content; assetBaseUrl: string }) {
  const language = useKiosk((state) => state.language);
  const openView = useKiosk((state) => state.openView);
  const strings = UI_STRINGS[language];

  return (
    <section
      className="carousel"
      aria-roledescription="carousel"
      aria-label={content.exhibition.title[language]}
    >
      <CarouselTrack content={content} assetBaseUrl={assetBaseUrl} />
      <p className="carousel__title" aria-hidden="true">
        {content.exhibition.title[language]}
        <span> · {content.exhibition.anniversary[language]}</span>
      </p>
      <div className="carousel__controls">
        <CarouselStepper count={content.heroes.length} />
        <div className="carousel__links">
          <button type="button" className="button button--quiet" onClick={() => openView('index')}>
            <Icon name="grid" />
            {strings.allHeroes}
          </button>
          <button type="button" className="button button--quiet" onClick={() => openView('about')}>
            <Icon name="info" />
            {strings.aboutExhibition}
          </button>
        </div>
      </div>
    </section>
  );
}

/** The previous/next buttons and the position: the only part of the controls that follows the hero. */
function CarouselStepper({ count }: { count: number }) {
  const heroIndex = useKiosk((state) => state.heroIndex);
  const language = useKiosk((state) => state.language);
  const showNextHero = useKiosk((state) => state.showNextHero);
  const showPreviousHero = useKiosk((state) => state.showPreviousHero);
  const strings = UI_STRINGS[language];
  return (
    <div className="carousel__stepper">
      <button
        type="button"
        className="button button--round"
        aria-label={strings.previousHero}
        disabled={heroIndex === 0}
        onClick={showPreviousHero}
      >
        <Icon name="previous" />
      </button>
      <p
        className="carousel__counter"
        role="status"
        aria-label={strings.heroPosition(heroIndex + 1, count)}
      >
        <span className="carousel__counter-current">{heroIndex + 1}</span>
        <span className="carousel__counter-divider"> / </span>
        <span>{count}</span>
      </p>
      <button
        type="button"
        className="button button--round"
        aria-label={strings.nextHero}
        disabled={heroIndex === count - 1}
        onClick={showNextHero}
      >
        <Icon name="next" />
      </button>
    </div>
  );
}
