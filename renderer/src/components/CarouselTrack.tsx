// Runs in: renderer. The carousel's draggable track: it follows the finger (framer-motion drag), a
// release springs to at most one card further (swipe-snap.ts), and the ends rubber-band. It never
// re-renders for a change of hero: it follows the store by subscription and only its cards
// (CarouselCards) re-render. A render of a framer-motion drag element makes framer measure its
// layout again (a forced style and layout of the whole track, ~10 ms per swipe at full CPU speed,
// four times that on a slow kiosk PC), right as the snap starts.
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
  /** Where the track is heading (px). */
  to: number;
  stop(): void;
  ended: Promise<undefined>;
  hasEnded(): boolean;
}

/**
 * Springs the track to `to`, carrying the finger's speed. (A Web Animations version, played by the
 * compositor, dropped more frames on the benchmark machine's software compositor than this one.)
 */
function playSnap(x: MotionValue<number>, to: number, velocity: number): Snap {
  let finished = false;
  let end = (): void => undefined;
  const ended = new Promise<undefined>((resolve) => {
    end = () => {
      finished = true;
      resolve(undefined);
    };
  });
  const controls = animate(x, to, { ...SNAP_SPRING, velocity });
  const stopWatching = x.on('change', (position) => {
    if (Math.abs(position - to) <= SNAP_NEARLY_DONE_PX) end();
  });
  void controls.then(end);
  void ended.then(stopWatching);
  return {
    to,
    ended,
    hasEnded: () => finished,
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
  const dragged = useRef(false);
  const unmounted = useRef(false);
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
  const isSnapping = useCallback(() => snap.current?.hasEnded() === false, []);
  const dragConstraints = useMemo(() => ({ left: -(count - 1) * width, right: 0 }), [count, width]);

  useEffect(() => {
    // The first position (entering from the attract loop or the index) and a new screen size (the
    // screen turned) are taken at once; only a change of hero is animated.
    x.set(-kioskStore.getState().heroIndex * width);
    let fade: { stop(): void } | undefined;
    const unsubscribe = kioskStore.subscribe((state, previous) => {
      if (state.heroIndex === previous.heroIndex) return;
      const target = -state.heroIndex * width;
      // A swipe's snap went there first and told the store as it arrived (see onDragEnd).
      if (!reduceMotion && snap.current?.to === target) return;
      snap.current?.stop();
      if (reduceMotion) {
        // No slide: the new portrait fades in where the old one was.
        x.set(target);
        fade?.stop();
        fade = animate(opacity, [0.15, 1], { duration: 0.4, ease: 'easeOut' });
      } else {
        snap.current = playSnap(x, target, 0);
      }
    });
    return () => {
      unsubscribe();
      fade?.stop();
      snap.current?.stop();
    };
  }, [width, reduceMotion, x, opacity]);
  useEffect(
    () => () => {
      unmounted.current = true;
    },
    [],
  );

  const onDragEnd = (_event: PointerEvent | MouseEvent | TouchEvent, info: PanInfo): void => {
    const { heroIndex, showHero } = kioskStore.getState();
    const target = snapIndex({
      offset: info.offset.x,
      velocity: info.velocity.x,
      width,
      index: heroIndex,
      count,
    });
    if (target === heroIndex) {
      // Back to the same card.
      if (reduceMotion) x.set(-heroIndex * width);
      else snap.current = playSnap(x, -heroIndex * width, info.velocity.x);
    } else if (reduceMotion) {
      showHero(target);
    } else {
      // The release frame only starts the motion. The store (the counter, which card is current,
      // the statistics) follows once the track has nearly arrived, or a finger caught it: a store
      // change re-renders the controls and two cards, a long frame that here would stall the
      // snap's start on a slow PC, and that at the end lands when nothing moves any more.
      const swipeSnap = playSnap(x, -target * width, info.velocity.x);
      snap.current = swipeSnap;
      void swipeSnap.ended.then(() => {
        // Not after the carousel left the screen (an idle reset mid-snap).
        if (!unmounted.current) showHero(target);
      });
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
        // The one handler for opening a story: a tap anywhere on a card, or its button (whose
        // click bubbles here). The end of a drag is not a tap. A tap that catches a snap opens the
        // story of the hero it was bringing: stopping the snap (at the touch) makes it current.
        onClick={() => {
          if (!dragged.current) kioskStore.getState().openStory();
        }}
        data-testid="carousel-track"
      >
        <CarouselCards
          content={content}
          assetBaseUrl={assetBaseUrl}
          afterSnap={afterSnap}
          isSnapping={isSnapping}
        />
      </motion.div>
    </div>
  );
});

interface CarouselCardsProps extends CarouselTrackProps {
  afterSnap: (callback: () => void) => () => void;
  /** True while a snap is still on its way (not yet within SNAP_NEARLY_DONE_PX of its card). */
  isSnapping: () => boolean;
}

/**
 * The current card and its two neighbours: the only part that renders when the hero changes (the
 * cards are memoised, so only those whose `current` changed render again). A swipe tells the store
 * only as its snap arrives, and the card next in line is mounted in that same render: one frame of
 * work per swipe, while the track is within a few pixels of rest. (Keeping all 30 cards mounted
 * saved that frame's layout, ~25 ms at 4x, but cost ~120 ms more on every entry from the attract
 * loop.) A button's snap is under way when the store changes: its card mounts once the snap has
 * ended, in a transition.
 */
function CarouselCards({ content, assetBaseUrl, afterSnap, isSnapping }: CarouselCardsProps) {
  const heroIndex = useKiosk((state) => state.heroIndex);
  const language = useKiosk((state) => state.language);
  const [mountedAround, setMountedAround] = useState(heroIndex);
  // A jump of more than one card (from the index) has nothing mounted to show, and a swipe tells
  // the store only as its snap arrives: both mount at once, in the same render.
  const around =
    Math.abs(heroIndex - mountedAround) > 1 || !isSnapping() ? heroIndex : mountedAround;
  // Adjusting state while rendering (React re-renders at once, before the commit): the effect
  // below must not render the same cards again a frame later.
  if (around !== mountedAround) setMountedAround(around);

  useEffect(() => {
    if (heroIndex === mountedAround) return;
    return afterSnap(() => startTransition(() => setMountedAround(heroIndex)));
  }, [heroIndex, mountedAround, afterSnap]);

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
      />
    );
  });
}
