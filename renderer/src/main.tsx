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

// The studio's own chunk; the staff modules it uses (PIN pad, staff words) stay in the staff chunk
// (tools/renderer-chunks.ts).
const CuratorPage = lazy(() =>
  import('./curator/CuratorPage').then((module) => ({ default: module.CuratorPage })),
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
