// Runs in: renderer. The carousel's cards, inside the draggable track: the only part of the carousel
// that renders when the hero changes. Which cards are mounted and when: logic/card-mounting.ts.
import { useEffect, useState } from 'react';
import type { Language } from '../../../common/content-schema';
import {
  nearIndices,
  nextIndicesToMount,
  nextPhotoStep,
  runWhenStill,
  withIndices,
} from '../logic/card-mounting';
import type { IdleScheduler } from '../logic/card-mounting';
import { useKiosk } from '../store/kiosk-store';
import type { CarouselTrackProps } from './CarouselTrack';
import { HeroCard } from './HeroCard';

/**
 * Cards mounted per idle period, once the track is still: each lands in the next frame as about
 * 4 ms of layout at full speed, so two keep that frame short even on a slow PC.
 */
const CARDS_PER_IDLE_PERIOD = 2;

const browserIdleScheduler: IdleScheduler = {
  request: (callback) => requestIdleCallback(callback),
  cancel: (handle) => cancelIdleCallback(handle),
};

interface CarouselCardsProps extends CarouselTrackProps {
  /** True while a finger drags the track, anything on it still moves, or a story covers it. */
  isBusy: () => boolean;
}

/** The mounted cards, and the language and content they were mounted for. */
interface MountedCards {
  indices: ReadonlySet<number>;
  language: Language;
  content: CarouselTrackProps['content'];
}

/**
 * Entering the carousel mounts the current card and its neighbours; the others join in idle time
 * while the track is still, nearest first, and stay. A swipe then mounts no card: it only loads the
 * photograph of the card next in line (the three nearest cards have theirs, the others show their
 * blurred placeholders). A language or content change starts again from the three nearest, so that
 * it does not re-render thirty cards at once.
 *
 * After a move of one card (a swipe, whose snap tells the store as it arrives, or a button) the
 * photographs follow once the track is still, so that no image work lands in a frame of the motion:
 * the far one goes in one idle period, the next in line comes in the next (logic/card-mounting.ts,
 * nextPhotoStep). A jump from the index loads the new three at once.
 */
export function CarouselCards({ content, assetBaseUrl, isBusy }: CarouselCardsProps) {
  const heroIndex = useKiosk((state) => state.heroIndex);
  const language = useKiosk((state) => state.language);
  const count = content.heroes.length;
  /** The cards whose photographs are loaded. */
  const [loadedPhotos, setLoadedPhotos] = useState<ReadonlySet<number>>(
    () => new Set(nearIndices(heroIndex, count)),
  );
  // A jump of more than one card (from the index, or two quick swipes) finds no photograph loaded
  // on screen: the new three load at once. After a move of one card, the one on screen has its
  // photograph already, and the photographs follow once the track is still (the effect below).
  const photos = loadedPhotos.has(heroIndex)
    ? loadedPhotos
    : new Set(nearIndices(heroIndex, count));
  const [mounted, setMounted] = useState<MountedCards>(() => ({
    indices: new Set(nearIndices(heroIndex, count)),
    language,
    content,
  }));
  const fresh = mounted.language === language && mounted.content === content;
  const indices = withIndices(fresh ? mounted.indices : new Set(), [...photos]);
  // Adjusting state while rendering (React renders again at once, before the commit): an effect
  // would render the same cards again a frame later.
  if (photos !== loadedPhotos) setLoadedPhotos(photos);
  if (indices !== mounted.indices) setMounted({ indices, language, content });

  useEffect(() => {
    const next = nextPhotoStep(loadedPhotos, nearIndices(heroIndex, count));
    if (next === loadedPhotos) return;
    // One step per idle period: the far photograph goes, then the next in line comes.
    return runWhenStill(browserIdleScheduler, isBusy, () => setLoadedPhotos(next));
  }, [heroIndex, count, loadedPhotos, isBusy]);

  useEffect(() => {
    const next = nextIndicesToMount(mounted.indices, heroIndex, count, CARDS_PER_IDLE_PERIOD);
    if (next.length === 0) return;
    return runWhenStill(browserIdleScheduler, isBusy, () =>
      setMounted((previous) => ({ ...previous, indices: withIndices(previous.indices, next) })),
    );
  }, [mounted, heroIndex, count, isBusy]);

  return [...indices]
    .sort((a, b) => a - b)
    .map((index) => {
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
          near={photos.has(index)}
        />
      );
    });
}
