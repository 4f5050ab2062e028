// Runs in: renderer. The app, loaded by boot.ts once the first frame is painted: fonts, styles,
// kiosk-wide touch rules, the frame watchdog and the React root. On the curator studio's page
// (/curator) the studio's own chunk instead, without the kiosk's guards and watchdog.
import '@fontsource-variable/noto-sans/wght.css';
import './styles/base.css';
import './styles/buttons.css';
import './styles/screen-change.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isCuratorPage } from './curator/curator-page';
import { releaseFirstFrameAtLatest } from './platform/first-frame';
import { installKioskGuards } from './platform/kiosk-guards';
import { watchFrames } from './platform/watch-frames';

// Through the staff chunk, which the studio builds on (PIN pad, staff wording): loaded first on either
// way in, the modules they share stay in it instead of splitting into chunks the kiosk also loads.
const CuratorPage = lazy(() =>
  import('./staff/StaffLayer').then((module) => ({ default: module.CuratorPage })),
);
const curatorPage = isCuratorPage(window.location);
if (!curatorPage) {
  installKioskGuards(window);
  releaseFirstFrameAtLatest();
  watchFrames(window);
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    {curatorPage ? (
      <Suspense fallback={null}>
        <CuratorPage />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
