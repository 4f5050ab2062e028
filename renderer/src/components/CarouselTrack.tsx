// Runs in: renderer. The carousel's draggable track: it follows the finger (framer-motion drag), a
// release springs to at most one card further (swipe-snap.ts), and the ends rubber-band. It never
// re-renders for a change of hero: it follows the store by subscription and only its cards
// (CarouselCards) re-render. A render of a
// framer-motion drag element makes framer measure its layout again (a forced style and layout of the
// whole track, ~10 ms per swipe at full CPU speed, four times that on a slow kiosk PC), right as
// the snap starts.
import { animate, motion, useMotionValue, useReducedMotion } from 'framer-motion';
import type { MotionValue, PanInfo } from 'framer-motion';
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Content } from '../../../common/content-schema';
import { useElementWidth } from '../hooks/use-element-width';
import { mountedIndices, snapIndex } from '../logic/swipe-snap';
import { kioskStore, useKiosk } from '../store/kiosk-store';
import { HeroCard } from './HeroCard';

/** How far past the first or last card the track stretches (share of the drag). */
const END_ELASTICITY = 0.18;

const SNAP_SPRING = { type: 'spring', stiffness: 320, damping: 36, mass: 0.9 } as const;

/**
 * Within this distance of its card (px) the snap counts as ended for mounting the next card: the
 * spring's last few pixels take another ~300 ms, and a visitor's next swipe often starts in them.
 */
const SNAP_NEARLY_DONE_PX = 4;

/** A snap in progress: `ended` settles once it is within SNAP_NEARLY_DONE_PX of its card, or stopped. */
interface Snap {
  stop(): void;
  ended: Promise<undefined>;
}

/**
 * Springs the track to `to`, carrying the finger's speed. (A Web Animations version, played by the
 * compositor, dropped more frames on the benchmark machine's software compositor than this one.)
 */
function playSnap(x: MotionValue<number>, to: number, velocity: number): Snap {
  let end = (): void => undefined;
  const ended = new Promise<undefined>((resolve) => {
    end = () => resolve(undefined);
  });
  const controls = animate(x, to, { ...SNAP_SPRING, velocity });
  const stopWatching = x.on('change', (position) => {
    if (Math.abs(position - to) <= SNAP_NEARLY_DONE_PX) end();
  });
  void controls.then(end);
  void ended.then(stopWatching);
  return {
    ended,
    stop: () => {
      controls.stop();
      end();
    },
  };
}

interface CarouselTrackProps {
  content: Content;
  assetBaseUrl: string;
}

export const CarouselTrack = memo(function CarouselTrack({
  content,
  assetBaseUrl,
}: CarouselTrackProps) {
  const reduceMotion = useReducedMotion() ?? false;
  const viewportRef = useRef<HTMLDivElement>(null);
  const snap = useRef<Snap | null>(null);
  const width = useElementWidth(viewportRef);
  const x = useMotionValue(0);
  const opacity = useMotionValue(1);
  const releaseVelocity = useRef(0);
  const dragged = useRef(false);
  const count = content.heroes.length;
  /** Calls back once the snap playing now has ended (at once when none is playing). */
  const afterSnap = useCallback((callback: () => void): (() => void) => {
    let wanted = true;
    // A snap stopped by a finger catching the track counts as ended too.
    void (snap.current?.ended ?? Promise.resolve()).then(() => {
      if (wanted) callback();
    });
    return () => {
      wanted = false;
    };
  }, []);
  const dragConstraints = useMemo(() => ({ left: -(count - 1) * width, right: 0 }), [count, width]);

  useEffect(() => {
    // The first position (entering from the attract loop or the index) and a new screen size (the
    // screen turned) are taken at once; only a change of hero is animated.
    x.set(-kioskStore.getState().heroIndex * width);
    let fade: { stop(): void } | undefined;
    const unsubscribe = kioskStore.subscribe((state, previous) => {
      if (state.heroIndex === previous.heroIndex) return;
      const target = -state.heroIndex * width;
      const velocity = releaseVelocity.current;
      releaseVelocity.current = 0;
      snap.current?.stop();
      if (reduceMotion) {
        // No slide: the new portrait fades in where the old one was.
        x.set(target);
        fade?.stop();
        fade = animate(opacity, [0.15, 1], { duration: 0.4, ease: 'easeOut' });
      } else {
        snap.current = playSnap(x, target, velocity);
      }
    });
    return () => {
      unsubscribe();
      fade?.stop();
      snap.current?.stop();
    };
  }, [width, reduceMotion, x, opacity]);

  const onDragEnd = (_event: PointerEvent | MouseEvent | TouchEvent, info: PanInfo): void => {
    const { heroIndex, showHero } = kioskStore.getState();
    const target = snapIndex({
      offset: info.offset.x,
      velocity: info.velocity.x,
      width,
      index: heroIndex,
      count,
    });
    if (target !== heroIndex) {
      releaseVelocity.current = info.velocity.x;
      showHero(target);
    } else if (reduceMotion) {
      x.set(-heroIndex * width);
    } else {
      snap.current = playSnap(x, -heroIndex * width, info.velocity.x);
    }
  };

  return (
    <div className="carousel__viewport" ref={viewportRef}>
      <motion.div
        className="carousel__track"
        style={{ x, opacity }}
        drag="x"
        dragDirectionLock
        dragMomentum={false}
        dragElastic={END_ELASTICITY}
        dragConstraints={dragConstraints}
        onPointerDownCapture={() => {
          dragged.current = false;
          snap.current?.stop();
        }}
        onDragStart={() => {
          dragged.current = true;
        }}
        onDragEnd={onDragEnd}
        data-testid="carousel-track"
      >
        <CarouselCards
          content={content}
          assetBaseUrl={assetBaseUrl}
          dragged={dragged}
          afterSnap={afterSnap}
        />
      </motion.div>
    </div>
  );
});

interface CarouselCardsProps extends CarouselTrackProps {
  dragged: { readonly current: boolean };
  afterSnap: (callback: () => void) => () => void;
}

/**
 * The current card and its two neighbours: the only part that renders when the hero changes. The
 * card a swipe brings next in line is mounted once the snap has ended, in a transition React can
 * split into short slices: during the snap only the cards already mounted (the target among them)
 * are on screen, and no mounting competes with the animation.
 */
function CarouselCards({ content, assetBaseUrl, dragged, afterSnap }: CarouselCardsProps) {
  const heroIndex = useKiosk((state) => state.heroIndex);
  const language = useKiosk((state) => state.language);
  const openStory = useKiosk((state) => state.openStory);
  const [mountedAround, setMountedAround] = useState(heroIndex);
  // A jump of more than one card (from the index) has nothing mounted to show: mount at once.
  const around = Math.abs(heroIndex - mountedAround) > 1 ? heroIndex : mountedAround;

  useEffect(() => {
    if (heroIndex === mountedAround) return;
    return afterSnap(() => startTransition(() => setMountedAround(heroIndex)));
  }, [heroIndex, mountedAround, afterSnap]);

  // A tap opens the story; the end of a drag is not a tap.
  const openStoryUnlessDragged = (): void => {
    if (!dragged.current) openStory();
  };
  return mountedIndices(around, content.heroes.length).map((index) => {
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
  });
}
