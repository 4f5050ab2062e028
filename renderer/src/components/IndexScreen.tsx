// Runs in: renderer. All heroes as a grid of thumbnails; a tap opens that hero in the carousel.
import type { Content } from '../../../common/content-schema';
import { UI_STRINGS } from '../i18n/ui-strings';
import { useKiosk } from '../store/kiosk-store';
import { Portrait } from './Portrait';
import { BackToHeroes } from './ScreenFooter';

export function IndexScreen({ content, assetBaseUrl }: { content: Content; assetBaseUrl: string }) {
  const language = useKiosk((state) => state.language);
  const heroIndex = useKiosk((state) => state.heroIndex);
  const showHero = useKiosk((state) => state.showHero);
  const openView = useKiosk((state) => state.openView);
  const strings = UI_STRINGS[language];
  return (
    <section className="screen index" aria-labelledby="index-title">
      <div className="screen__scroll" tabIndex={0}>
        <header className="screen__header">
          <p className="screen__kicker">{content.exhibition.title[language]}</p>
          <h1 id="index-title" className="screen__title">
            {strings.allHeroesTitle}
          </h1>
        </header>
        <ul className="index__grid">
          {content.heroes.map((hero, index) => (
            <li key={hero.id}>
              <button
                type="button"
                className="index__item"
                aria-label={strings.openHero(hero.name[language])}
                aria-current={index === heroIndex ? 'true' : undefined}
                onClick={() => {
                  showHero(index);
                  openView('carousel');
                }}
              >
                <Portrait
                  className="index__thumb"
                  photo={hero.photo}
                  assetBaseUrl={assetBaseUrl}
                  alt=""
                  variant="thumbnail"
                />
                <span className="index__number">{index + 1}</span>
                <span className="index__name">{hero.name[language]}</span>
                {hero.status === 'draft' && <span className="index__draft">{strings.draft}</span>}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <BackToHeroes />
    </section>
  );
}
