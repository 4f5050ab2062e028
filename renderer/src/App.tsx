// Runs in: renderer. The root: loads content, then shows the attract loop or the visitor screens,
// a staff-facing error screen when there is no valid content, and the staff layer above everything.
import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { useEffect } from 'react';
import { AttractLoop } from './components/AttractLoop';
import { ContentErrorScreen } from './components/ContentErrorScreen';
import { LoadingScreen } from './components/LoadingScreen';
import { VisitorErrorBoundary } from './components/VisitorErrorBoundary';
import { VisitorScreens } from './components/VisitorScreens';
import { useContentFeed } from './hooks/use-content-feed';
import { useDocumentLanguage } from './hooks/use-document-language';
import { releaseFirstFrame } from './platform/first-frame';
import { StaffEntry } from './staff/StaffEntry';
import { useKiosk } from './store/kiosk-store';

export function App() {
  useContentFeed();
  useDocumentLanguage(useKiosk((state) => state.language));
  return (
    // "user": with the reduced-motion preference, framer-motion drops slides and zooms, keeps fades.
    // LazyMotion with `m` elements brings only the animation features the app uses (no drag, pan or
    // layout animations: the carousel follows the finger itself); strict makes a `motion` element
    // an error, as it would bring them all back.
    <MotionConfig reducedMotion="user">
      <LazyMotion features={domAnimation} strict>
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
  if (contentState.status === 'error') return <ContentErrorScreen state={contentState} />;
  const { content, assetBaseUrl } = contentState;
  return view === 'attract' ? (
    <AttractLoop content={content} assetBaseUrl={assetBaseUrl} />
  ) : (
    <VisitorScreens content={content} assetBaseUrl={assetBaseUrl} />
  );
}
