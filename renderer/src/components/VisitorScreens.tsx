// Runs in: renderer. Everything a visitor sees once they touched the attract loop: the carousel (with
// its story), the index and the about screen, the language switch, and the idle warning.
import type { Content } from '../../../common/content-schema';
import { useIdleSession } from '../hooks/use-idle-session';
import { useKiosk } from '../store/kiosk-store';
import { AboutScreen } from './AboutScreen';
import { Carousel } from './Carousel';
import { IdleWarning } from './IdleWarning';
import { IndexScreen } from './IndexScreen';
import { LanguageSwitch } from './LanguageSwitch';
import { StoryPanel } from './StoryPanel';

export function VisitorScreens({
  content,
  assetBaseUrl,
}: {
  content: Content;
  assetBaseUrl: string;
}) {
  const view = useKiosk((state) => state.view);
  const heroIndex = useKiosk((state) => state.heroIndex);
  const staffOpen = useKiosk((state) => state.staffOpen);
  const warningShowing = useKiosk((state) => state.idleStatus.phase === 'warning');
  useIdleSession(content.settings, !staffOpen);
  return (
    <>
      <div className={`visitor visitor--${view}`} inert={warningShowing}>
        {view === 'carousel' && (
          <>
            <Carousel content={content} assetBaseUrl={assetBaseUrl} />
            <StoryPanel hero={content.heroes[heroIndex]} />
          </>
        )}
        {view === 'index' && <IndexScreen content={content} assetBaseUrl={assetBaseUrl} />}
        {view === 'about' && <AboutScreen content={content} />}
        <footer className="language-bar">
          <LanguageSwitch languages={content.settings.languages} />
        </footer>
      </div>
      <IdleWarning />
    </>
  );
}
