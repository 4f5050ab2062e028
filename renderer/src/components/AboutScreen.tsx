// Runs in: renderer. About the exhibition: introduction, quotes, partner programmes, dates, venue, curator.
import type { Content } from '../../../common/content-schema';
import { UI_STRINGS } from '../i18n/ui-strings';
import { useKiosk } from '../store/kiosk-store';
import { BackToHeroes } from './ScreenFooter';
import './screen-frame.css';
import './AboutScreen.css';

export function AboutScreen({ content }: { content: Content }) {
  const language = useKiosk((state) => state.language);
  const strings = UI_STRINGS[language];
  const { exhibition } = content;
  return (
    <section className="screen about" aria-labelledby="about-title">
      <div className="screen__scroll" tabIndex={0}>
        <header className="screen__header">
          <p className="screen__kicker">{exhibition.anniversary[language]}</p>
          <h1 id="about-title" className="screen__title">
            {exhibition.title[language]}
          </h1>
          <p className="screen__subtitle">{exhibition.subtitle[language]}</p>
        </header>
        <dl className="about__facts">
          <div>
            <dt>{strings.dates}</dt>
            <dd>{exhibition.datesLabel[language]}</dd>
          </div>
          <div>
            <dt>{strings.venue}</dt>
            <dd>
              {exhibition.venue[language]}, {exhibition.city[language]}
            </dd>
          </div>
          <div>
            <dt>{strings.curator}</dt>
            <dd>
              {exhibition.curator.name[language]} — {exhibition.curator.role[language]}
            </dd>
          </div>
        </dl>
        <div className="about__text">
          {exhibition.introduction[language].map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          <p className="about__note">
            {exhibition.yearOfChildren[language]} · {exhibition.organiser[language]}
          </p>
        </div>
        {exhibition.quotes.map((quote, index) => (
          <figure key={index} className="about__quote">
            <blockquote>
              {quote.text[language].map((paragraph, paragraphIndex) => (
                <p key={paragraphIndex}>{paragraph}</p>
              ))}
            </blockquote>
            <figcaption>
              <strong>{quote.author[language]}</strong>
              <span>{quote.role[language]}</span>
            </figcaption>
          </figure>
        ))}
        {exhibition.programmes.length > 0 && (
          <section className="about__programmes" aria-labelledby="programmes-title">
            <h2 id="programmes-title">{strings.partnerProgrammes}</h2>
            {exhibition.programmes.map((programme) => (
              <article key={programme.id} className="about__programme">
                <h3>{programme.name[language]}</h3>
                <p className="about__partners">
                  {strings.partners}: {programme.partners[language]}
                </p>
                {programme.description[language].map((paragraph, index) => (
                  <p key={index}>{paragraph}</p>
                ))}
              </article>
            ))}
          </section>
        )}
        <p className="about__credit">{exhibition.credit[language]}</p>
      </div>
      <BackToHeroes />
    </section>
  );
}
