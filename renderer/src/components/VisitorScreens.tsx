// Runs in: renderer. Everything a visitor sees once they touched the attract loop: the carousel (with
// its story), the index and the about screen, the language switch, and the idle warning.
import { Suspense, useEffect } from 'react';
import type { Content } from '../../../common/content-schema';
import { useIdleSession } from '../hooks/use-idle-session';
import { useKiosk } from '../store/kiosk-store';
import { Carousel } from './Carousel';
import { IdleWarning } from './IdleWarning';
import { LanguageSwitch } from './LanguageSwitch';
import { AboutScreen, IndexScreen, preloadSecondaryScreens, StoryPanel } from './secondary-screens';
import './VisitorScreens.css';

/** Follows the view, not the hero: a swipe must not re-render the screens around the carousel. */
export function VisitorScreens({
  content,
  assetBaseUrl,
}: {
  content: Content;
  assetBaseUrl: string;
}) {
  const view = useKiosk((state) => state.view);
  const staffOpen = useKiosk((state) => state.staffOpen);
  const warningShowing = useKiosk((state) => state.idleStatus.phase === 'warning');
  useIdleSession(content.settings, !staffOpen);
  useEffect(preloadSecondaryScreens, []);
  return (
    <>
      <div className={`visitor visitor--${view}`} inert={warningShowing}>
        {view === 'carousel' && (
          <>
            <Carousel content={content} assetBaseUrl={assetBaseUrl} />
            <Suspense fallback={null}>
              <StoryPanel heroes={content.heroes} />
            </Suspense>
          </>
        )}
        {/* Nothing but the language bar while a screen's chunk arrives (local disk: milliseconds). */}
        <Suspense fallback={null}>
          {view === 'index' && <IndexScreen content={content} assetBaseUrl={assetBaseUrl} />}
          {view === 'about' && <AboutScreen content={content} />}
        </Suspense>
        <footer className="language-bar">
          <LanguageSwitch languages={content.settings.languages} />
        </footer>
      </div>
      <IdleWarning />
    </>
  );
}
