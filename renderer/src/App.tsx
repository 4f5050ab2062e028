// Runs in: renderer. The root: loads content, then shows the attract loop or the visitor screens,
// a staff-facing error screen when there is no valid content, and the staff layer above everything.
import { LazyMotion, MotionConfig, domMin } from 'framer-motion';
import { lazy, Suspense, useEffect } from 'react';
import { AttractLoop } from './components/AttractLoop';
import { LoadingScreen } from './components/LoadingScreen';
import { VisitorErrorBoundary } from './components/VisitorErrorBoundary';
import { VisitorScreens } from './components/VisitorScreens';
import { useContentFeed } from './hooks/use-content-feed';
import { useDocumentLanguage } from './hooks/use-document-language';
import { releaseFirstFrame } from './platform/first-frame';
import { StaffEntry } from './staff/StaffEntry';
import { useKiosk } from './store/kiosk-store';

/**
 * Staff-facing, with the staff words: in the staff chunk, loaded only when the content fails (the
 * kiosk's start does not parse the staff panel's words in three languages).
 */
const ContentErrorScreen = lazy(() =>
  import('./components/ContentErrorScreen').then((module) => ({
    default: module.ContentErrorScreen,
  })),
);

export function App() {
  useContentFeed();
  useDocumentLanguage(useKiosk((state) => state.language));
  return (
    // "user": with the reduced-motion preference, framer-motion drops slides and zooms, keeps fades.
    // LazyMotion with `m` elements brings only the animation features the app uses: animate and exit
    // (domMin). No gesture props (whileTap, whileHover, whileInView), drag or layout animations: the
    // carousel follows the finger itself, so domAnimation's gestures would be ~3 KB gzip for
    // nothing. strict makes a `motion` element an error, as it would bring them all back.
    <MotionConfig reducedMotion="user">
      <LazyMotion features={domMin} strict>
        <VisitorErrorBoundary>
          <VisitorApp />
        </VisitorErrorBoundary>
        <StaffEntry />
      </LazyMotion>
    </MotionConfig>
  );
}

function VisitorApp() {
  const contentState = useKiosk((state) => state.contentState);
  const view = useKiosk((state) => state.view);
  // The server's first frame shows the attract loop; anything else on screen must not hide under it.
  const showsOtherThanAttract =
    contentState !== null && (contentState.status === 'error' || view !== 'attract');
  useEffect(() => {
    if (showsOtherThanAttract) releaseFirstFrame(0, { fade: false });
  }, [showsOtherThanAttract]);
  if (contentState === null) return <LoadingScreen />;
  if (contentState.status === 'error')
    return (
      <Suspense fallback={<LoadingScreen />}>
        <ContentErrorScreen state={contentState} />
      </Suspense>
    );
  const { content, assetBaseUrl } = contentState;
  return view === 'attract' ? (
    <AttractLoop content={content} assetBaseUrl={assetBaseUrl} />
  ) : (
    <VisitorScreens content={content} assetBaseUrl={assetBaseUrl} />
  );
}
