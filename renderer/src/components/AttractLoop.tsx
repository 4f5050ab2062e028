// Runs in: renderer. What the kiosk shows while nobody uses it: portraits crossfading with a gentle
// zoom, the title, and an invitation in all three languages. A tap anywhere enters the carousel at
// the hero that was showing. No idle timer runs here, only the slide timer.
import { AnimatePresence, m, useReducedMotion } from 'framer-motion';
import { useEffect, useState } from 'react';
import type { Content } from '../../../common/content-schema';
import { LANGUAGE_ORDER, UI_STRINGS } from '../i18n/ui-strings';
import { FIRST_FRAME_HANDOVER_MS, releaseFirstFrame } from '../platform/first-frame';
import { useKiosk } from '../store/kiosk-store';
import { Portrait } from './Portrait';
import './AttractLoop.css';

const FADE_SECONDS = 1.8;
const ZOOM_SCALE = 1.07;

/** The server's first frame (common/first-frame.ts) can go once this loop's portrait is on screen. */
const handOverFirstFrame = (): void => releaseFirstFrame(FIRST_FRAME_HANDOVER_MS);

export function AttractLoop({ content, assetBaseUrl }: { content: Content; assetBaseUrl: string }) {
  const startIndex = useKiosk((state) => state.heroIndex);
  const enterFromAttract = useKiosk((state) => state.enterFromAttract);
  const reduceMotion = useReducedMotion() ?? false;
  const [slide, setSlide] = useState(startIndex);
  // The first slide is on screen at once (no fade from black; the first frame the server wrote into
  // index.html shows the same picture, unzoomed), and every slide, the first too, zooms gently.
  const [crossfading, setCrossfading] = useState(false);
  const { heroes, settings, exhibition } = content;
  const slideSeconds = settings.attractSlideSeconds;
  const count = heroes.length;
  const hero = heroes[slide % count] ?? heroes[0];
  const nextHero = heroes[(slide + 1) % count];

  useEffect(() => {
    const timer = setInterval(() => {
      setCrossfading(true);
      setSlide((current) => (current + 1) % count);
    }, slideSeconds * 1000);
    return () => clearInterval(timer);
  }, [count, slideSeconds]);

  // Warm the next portrait so the crossfade never waits for decoding, half a slide from now: at
  // start-up an immediate warm-up decodes a second portrait alongside the first one on screen.
  useEffect(() => {
    if (!nextHero) return;
    const image = new Image();
    const timer = setTimeout(
      () => {
        image.src = assetBaseUrl + nextHero.photo.portrait;
        image.decode().catch(() => undefined);
      },
      (slideSeconds * 1000) / 2,
    );
    // No `image.src = ''` on cleanup: clearing the source of an image whose decode() is pending
    // kept the element alive in Chromium (~1 detached <img> per slide in the benchmark).
    return () => clearTimeout(timer);
  }, [nextHero, assetBaseUrl, slideSeconds]);

  const invitation = LANGUAGE_ORDER.map((language) => UI_STRINGS[language].touchToMeet);
  const defaultLanguage = settings.defaultLanguage;
  const enter = (): void => enterFromAttract(slide % count);

  return (
    <main className="attract">
      <div
        className="attract__surface"
        role="button"
        tabIndex={0}
        aria-label={invitation.join(' · ')}
        onClick={enter}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') enter();
        }}
      >
        <AnimatePresence>
          {hero && (
            <m.div
              key={hero.id}
              className="attract__slide"
              initial={{ opacity: crossfading ? 0 : 1, scale: 1 }}
              animate={{ opacity: 1, scale: reduceMotion ? 1 : ZOOM_SCALE }}
              exit={{ opacity: 0 }}
              transition={{
                opacity: { duration: FADE_SECONDS, ease: 'easeInOut' },
                scale: { duration: slideSeconds + FADE_SECONDS * 2, ease: 'linear' },
              }}
            >
              <Portrait
                photo={hero.photo}
                assetBaseUrl={assetBaseUrl}
                alt=""
                priority
                onSettled={handOverFirstFrame}
              />
            </m.div>
          )}
        </AnimatePresence>
        <div className="attract__shade" />
        <header className="attract__title">
          <p className="attract__kicker">{exhibition.anniversary[defaultLanguage]}</p>
          {LANGUAGE_ORDER.map((language, index) => (
            <p key={language} lang={language} className={`attract__name attract__name--${index}`}>
              {exhibition.title[language]}
            </p>
          ))}
        </header>
        <div className="attract__invite">
          <span className="attract__pulse" aria-hidden="true" />
          {LANGUAGE_ORDER.map((language, index) => (
            <p key={language} lang={language} className={`attract__touch attract__touch--${index}`}>
              {invitation[index]}
            </p>
          ))}
          <p className="attract__where">
            {exhibition.datesLabel[defaultLanguage]} · {exhibition.venue[defaultLanguage]}
          </p>
          {hero && <p className="attract__hero">{hero.name[defaultLanguage]}</p>}
        </div>
      </div>
    </main>
  );
}
