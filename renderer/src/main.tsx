// Runs in: renderer. Entry point: the content request first, then fonts, styles, kiosk-wide touch
// rules, and the React root.
import './platform/start-content-request';
import '@fontsource-variable/noto-sans/wght.css';
import './styles/base.css';
import './styles/visitor.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installKioskGuards } from './platform/kiosk-guards';

installKioskGuards(window);

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
