// Runs in: renderer. The carousel's draggable track: it follows the finger (drag-gesture.ts), a
// release springs to at most one card further (swipe-snap.ts), and the ends rubber-band. It never
// re-renders for a change of hero: it follows the store by subscription and only its cards
// (CarouselCards) re-render. The finger is followed by our own pointer listeners, not framer-motion's
// drag: framer's pan session measures the track's layout on every touch and again whenever the
// element renders (a forced style and layout of the whole track, ~10 ms at full CPU speed, four
// times that on a slow kiosk PC), right as a swipe starts.
import { animate, m, useMotionValue, useReducedMotion } from 'framer-motion';
import type { MotionValue } from 'framer-motion';
import { memo, useCallback, useEffect, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Content } from '../../../common/content-schema';
import { useElementWidth } from '../hooks/use-element-width';
import { createDragTracker, withElasticEnds } from '../logic/drag-gesture';
import type { PointerSample } from '../logic/drag-gesture';
import { snapIndex } from '../logic/swipe-snap';
import { kioskStore } from '../store/kiosk-store';
import { CarouselCards } from './CarouselCards';

/** How far past the first or last card the track stretches (share of the drag). */
const END_ELASTICITY = 0.18;

const SNAP_SPRING = { type: 'spring', stiffness: 320, damping: 36, mass: 0.9 } as const;

/**
 * Within this distance of its card (px) a swipe's snap counts as ended and tells the store: the
 * spring's last few pixels take another ~300 ms, and a visitor's next swipe often starts in them.
 */
const SNAP_NEARLY_DONE_PX = 4;

/** A snap in progress: `ended` settles once it is within SNAP_NEARLY_DONE_PX of its card, or stopped. */
interface Snap {
  /** Where the track is heading (px). */
  to: number;
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
    to,
    ended,
    stop: () => {
      controls.stop();
      end();
    },
  };
}

const sampleOf = (event: PointerEvent): PointerSample => ({
  x: event.clientX,
  y: event.clientY,
  time: event.timeStamp,
});

export interface CarouselTrackProps {
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
  /** A drag happened since the last touch: its end is not a tap. */
  const dragged = useRef(false);
  /** A finger is dragging the track now. */
  const dragging = useRef(false);
  const unmounted = useRef(false);
  const count = content.heroes.length;
  // The spring's last pixels after a snap has "ended" still move, and so does a reduced-motion fade.
  // A story opening over the track slides in: cards mounting under it would cost its frames.
  const isBusy = useCallback(
    () =>
      dragging.current ||
      x.isAnimating() ||
      opacity.isAnimating() ||
      kioskStore.getState().storyOpen,
    [x, opacity],
  );
  /** The finger following the track now: ends its window listeners. */
  const gesture = useRef<{ end(): void } | null>(null);

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
      gesture.current?.end();
    },
    [],
  );

  const onDragEnd = (offset: number, velocity: number): void => {
    const { heroIndex, showHero } = kioskStore.getState();
    const target = snapIndex({ offset, velocity, width, index: heroIndex, count });
    if (target === heroIndex) {
      // Back to the same card.
      if (reduceMotion) x.set(-heroIndex * width);
      else snap.current = playSnap(x, -heroIndex * width, velocity);
    } else if (reduceMotion) {
      showHero(target);
    } else {
      // The release frame only starts the motion. The store (the counter, which card is current,
      // the statistics) follows once the track has nearly arrived, or a finger caught it: a store
      // change re-renders the controls and two cards, a long frame that here would stall the
      // snap's start on a slow PC, and that at the end lands when nothing moves any more.
      const swipeSnap = playSnap(x, -target * width, velocity);
      snap.current = swipeSnap;
      void swipeSnap.ended.then(() => {
        // Not after the carousel left the screen (an idle reset mid-snap).
        if (!unmounted.current) showHero(target);
      });
    }
  };

  // A touch stops a snap at once (a finger can catch the arriving card); then the track follows the
  // finger along x until it lifts. Move and lift are heard on the window, so a finger that slides
  // off the track still ends its drag; the listeners go with the touch.
  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>): void => {
    if (!event.isPrimary || event.button !== 0) return;
    gesture.current?.end();
    dragged.current = false;
    snap.current?.stop();
    const { pointerId } = event;
    const tracker = createDragTracker(sampleOf(event.nativeEvent));
    const trackStart = x.get();
    const range = { min: -(count - 1) * width, max: 0 };
    const onMove = (move: PointerEvent): void => {
      if (move.pointerId !== pointerId) return;
      const drag = tracker.move(sampleOf(move));
      if (drag.moved) dragged.current = true;
      if (drag.axis !== 'x') return;
      dragging.current = true;
      x.set(withElasticEnds(trackStart + drag.offsetX, range, END_ELASTICITY));
    };
    const onLift = (lift: PointerEvent): void => {
      if (lift.pointerId !== pointerId) return;
      end();
      // A cancelled touch (the system took it) ends where it was last seen.
      const release = tracker.release(lift.type === 'pointercancel' ? undefined : sampleOf(lift));
      if (release.moved) dragged.current = true;
      if (release.axis === 'x') onDragEnd(release.offsetX, release.velocityX);
    };
    const end = (): void => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onLift);
      window.removeEventListener('pointercancel', onLift);
      dragging.current = false;
      gesture.current = null;
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onLift);
    window.addEventListener('pointercancel', onLift);
    gesture.current = { end };
  };

  return (
    <div className="carousel__viewport" ref={viewportRef}>
      <m.div
        className="carousel__track"
        style={{ x, opacity }}
        onPointerDown={onPointerDown}
        // The one handler for opening a story: a tap anywhere on a card, or its button (whose
        // click bubbles here). The end of a drag is not a tap. A tap that catches a snap opens the
        // story of the hero it was bringing: stopping the snap (at the touch) makes it current.
        onClick={() => {
          if (!dragged.current) kioskStore.getState().openStory();
        }}
        data-testid="carousel-track"
      >
        <CarouselCards content={content} assetBaseUrl={assetBaseUrl} isBusy={isBusy} />
      </m.div>
    </div>
  );
});
