// Runs in: renderer. The carousel's draggable track: it follows the finger (drag-gesture.ts), a
// release springs to at most one card further (swipe-snap.ts), and the ends rubber-band. It never
// re-renders for a change of hero: it follows the store by subscription and only its cards
// (CarouselCards) re-render. The finger is followed by our own pointer listeners, not framer-motion's
// drag: framer's pan session measures the track's layout on every touch and again whenever the
// element renders (a forced style and layout of the whole track, ~10 ms at full CPU speed, four
// times that on a slow kiosk PC), right as a swipe starts. The track's position, the snap and the
// reduced-motion fade are track-motion.ts: one style write per frame, no animation library.
import { useReducedMotion } from 'framer-motion';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Content } from '../../../common/content-schema';
import { useElementWidth } from '../hooks/use-element-width';
import { claimTouchMoves } from '../logic/claim-touch-moves';
import { createDragTracker, withElasticEnds } from '../logic/drag-gesture';
import type { PointerSample } from '../logic/drag-gesture';
import { snapIndex } from '../logic/swipe-snap';
import { kioskStore } from '../store/kiosk-store';
import { CarouselCards } from './CarouselCards';
import { createTrackMotion } from './track-motion';
import type { Snap } from './track-motion';

/** How far past the first or last card the track stretches (share of the drag). */
const END_ELASTICITY = 0.18;

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
  const [motion] = useState(createTrackMotion);
  /** A drag happened since the last touch: its end is not a tap. */
  const dragged = useRef(false);
  /** A finger is dragging the track now. */
  const dragging = useRef(false);
  const unmounted = useRef(false);
  const count = content.heroes.length;
  // The spring's last pixels after a snap has "ended" still move, and so does a reduced-motion fade.
  // A story opening over the track slides in: cards mounting under it would cost its frames.
  const isBusy = useCallback(
    () => dragging.current || motion.isMoving() || kioskStore.getState().storyOpen,
    [motion],
  );
  /** The finger following the track now: ends its window listeners. */
  const gesture = useRef<{ end(): void } | null>(null);

  useEffect(() => {
    // The first position (entering from the attract loop or the index) and a new screen size (the
    // screen turned) are taken at once; only a change of hero is animated.
    motion.jump(-kioskStore.getState().heroIndex * width);
    const unsubscribe = kioskStore.subscribe((state, previous) => {
      if (state.heroIndex === previous.heroIndex) return;
      const target = -state.heroIndex * width;
      // A swipe's snap went there first and told the store as it arrived (see onDragEnd).
      if (!reduceMotion && snap.current?.to === target) return;
      snap.current?.stop();
      if (reduceMotion) {
        // No slide: the new portrait fades in where the old one was.
        motion.jump(target);
        motion.fadeIn();
      } else {
        snap.current = motion.snapTo(target, 0);
      }
    });
    return () => {
      unsubscribe();
      motion.stop();
    };
  }, [width, reduceMotion, motion]);
  useEffect(() => {
    // The track's strokes are its own: a fast flick left to the browser starts an invisible fling
    // that swallows the tap of the next touch (a "Next hero" right after a flick did nothing).
    const viewport = viewportRef.current;
    const release = viewport ? claimTouchMoves(viewport) : undefined;
    return () => {
      release?.();
      unmounted.current = true;
      gesture.current?.end();
    };
  }, []);

  /**
   * Back to the current hero's card, carrying `velocity` (px/s): a swipe too short to change hero,
   * or a touch that was not a sideways drag (a tap, an up-down stroke), which may have caught the
   * track between two cards and would otherwise leave it cut in half.
   */
  const settle = (velocity = 0): void => {
    const to = -kioskStore.getState().heroIndex * width;
    if (motion.position() === to) return;
    if (reduceMotion) motion.jump(to);
    else snap.current = motion.snapTo(to, velocity);
  };

  const onDragEnd = (offset: number, velocity: number): void => {
    const { heroIndex, showHero } = kioskStore.getState();
    const target = snapIndex({ offset, velocity, width, index: heroIndex, count });
    if (target === heroIndex) {
      settle(velocity);
    } else if (reduceMotion) {
      showHero(target);
    } else {
      // The release frame only starts the motion. The store (the counter, which card is current,
      // the statistics) follows once the track has nearly arrived, or a finger caught it: a store
      // change re-renders the controls and two cards, a long frame that here would stall the
      // snap's start on a slow PC, and that at the end lands when nothing moves any more.
      const swipeSnap = motion.snapTo(-target * width, velocity);
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
    const trackStart = motion.position();
    const range = { min: -(count - 1) * width, max: 0 };
    const onMove = (move: PointerEvent): void => {
      if (move.pointerId !== pointerId) return;
      const drag = tracker.move(sampleOf(move));
      if (drag.moved) dragged.current = true;
      if (drag.axis !== 'x') return;
      dragging.current = true;
      motion.jump(withElasticEnds(trackStart + drag.offsetX, range, END_ELASTICITY));
    };
    const onLift = (lift: PointerEvent): void => {
      if (lift.pointerId !== pointerId) return;
      end();
      // A cancelled touch (the system took it) ends where it was last seen.
      const release = tracker.release(lift.type === 'pointercancel' ? undefined : sampleOf(lift));
      if (release.moved) dragged.current = true;
      if (release.axis === 'x') onDragEnd(release.offsetX, release.velocityX);
      else settle();
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
      <div
        className="carousel__track"
        ref={motion.attach}
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
      </div>
    </div>
  );
});
