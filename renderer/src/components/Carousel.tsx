// Runs in: renderer. The swipeable carousel: the track follows the finger, a release snaps to at
// most one card further (swipe-snap.ts), and the ends rubber-band. Only three cards are mounted.
import { animate, motion, useMotionValue, useReducedMotion } from 'framer-motion';
import type { PanInfo } from 'framer-motion';
import { useEffect, useRef } from 'react';
import type { Content } from '../../../common/content-schema';
import { useElementWidth } from '../hooks/use-element-width';
import { UI_STRINGS } from '../i18n/ui-strings';
import { mountedIndices, snapIndex } from '../logic/swipe-snap';
import { useKiosk } from '../store/kiosk-store';
import { HeroCard } from './HeroCard';
import { Icon } from './Icon';

const SNAP_SPRING = { type: 'spring', stiffness: 320, damping: 36, mass: 0.9 } as const;
/** How far past the first or last card the track stretches (share of the drag). */
const END_ELASTICITY = 0.18;

export function Carousel({ content, assetBaseUrl }: { content: Content; assetBaseUrl: string }) {
  const heroIndex = useKiosk((state) => state.heroIndex);
  const language = useKiosk((state) => state.language);
  const showHero = useKiosk((state) => state.showHero);
  const showNextHero = useKiosk((state) => state.showNextHero);
  const showPreviousHero = useKiosk((state) => state.showPreviousHero);
  const openStory = useKiosk((state) => state.openStory);
  const openView = useKiosk((state) => state.openView);
  const strings = UI_STRINGS[language];
  const reduceMotion = useReducedMotion() ?? false;

  const viewportRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewportRef);
  const x = useMotionValue(0);
  const opacity = useMotionValue(1);
  const releaseVelocity = useRef(0);
  /** The width the track was last placed for; 0 until it has been placed once. */
  const placedWidth = useRef(0);
  const dragged = useRef(false);
  const count = content.heroes.length;

  useEffect(() => {
    const target = -heroIndex * width;
    const velocity = releaseVelocity.current;
    releaseVelocity.current = 0;
    // The first position (entering from the attract loop or the index) and a new screen size (the
    // screen turned) are taken at once; only a change of hero is animated.
    if (width !== placedWidth.current) {
      x.set(target);
      placedWidth.current = width;
      return;
    }
    if (reduceMotion) {
      // No slide: the new portrait fades in where the old one was.
      x.set(target);
      const fade = animate(opacity, [0.15, 1], { duration: 0.4, ease: 'easeOut' });
      return () => fade.stop();
    }
    const animation = animate(x, target, { ...SNAP_SPRING, velocity });
    return () => animation.stop();
  }, [heroIndex, width, reduceMotion, x, opacity]);

  const onDragEnd = (_event: PointerEvent | MouseEvent | TouchEvent, info: PanInfo): void => {
    const target = snapIndex({
      offset: info.offset.x,
      velocity: info.velocity.x,
      width,
      index: heroIndex,
      count,
    });
    releaseVelocity.current = info.velocity.x;
    if (target !== heroIndex) {
      showHero(target);
    } else if (reduceMotion) {
      x.set(-heroIndex * width);
    } else {
      animate(x, -heroIndex * width, { ...SNAP_SPRING, velocity: info.velocity.x });
    }
  };

  const openStoryUnlessDragged = (): void => {
    if (!dragged.current) openStory();
  };

  return (
    <section
      className="carousel"
      aria-roledescription="carousel"
      aria-label={content.exhibition.title[language]}
    >
      <div className="carousel__viewport" ref={viewportRef}>
        <motion.div
          className="carousel__track"
          style={{ x, opacity }}
          drag="x"
          dragDirectionLock
          dragMomentum={false}
          dragElastic={END_ELASTICITY}
          dragConstraints={{ left: -(count - 1) * width, right: 0 }}
          onPointerDownCapture={() => {
            dragged.current = false;
          }}
          onDragStart={() => {
            dragged.current = true;
          }}
          onDragEnd={onDragEnd}
          data-testid="carousel-track"
        >
          {mountedIndices(heroIndex, count).map((index) => {
            const hero = content.heroes[index];
            if (!hero) return null;
            return (
              <HeroCard
                key={hero.id}
                hero={hero}
                position={index}
                language={language}
                assetBaseUrl={assetBaseUrl}
                current={index === heroIndex}
                onOpenStory={openStoryUnlessDragged}
              />
            );
          })}
        </motion.div>
      </div>
      <p className="carousel__title" aria-hidden="true">
        {content.exhibition.title[language]}
        <span> · {content.exhibition.anniversary[language]}</span>
      </p>
      <div className="carousel__controls">
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
