// Runs in: renderer. The app, loaded by boot.ts once the first frame is painted: fonts, styles,
// kiosk-wide touch rules, the frame watchdog and the React root.
import '@fontsource-variable/noto-sans/wght.css';
import './styles/base.css';
import './styles/buttons.css';
import './styles/screen-change.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { releaseFirstFrameAtLatest } from './platform/first-frame';
import { installKioskGuards } from './platform/kiosk-guards';
import { watchFrames } from './platform/watch-frames';

installKioskGuards(window);
releaseFirstFrameAtLatest();
watchFrames(window);

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
