// Runs in: main process. The static screen shown when the app keeps crashing: no script, no
// images, nothing that can fail. Main reloads the app from it later.
import { KIOSK_BACKGROUND_COLOR } from '../window/window-options';

export const BACK_SOON_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Heroes of Children</title>
<style>
  html, body { margin: 0; height: 100%; background: ${KIOSK_BACKGROUND_COLOR}; color: #f7f5f0; cursor: none; user-select: none; }
  body { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 2.5rem;
         font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; text-align: center; }
  h1 { font-size: 3rem; font-weight: 600; margin: 0; }
  p { font-size: 2rem; margin: 0; opacity: 0.85; }
</style>
</head>
<body>
  <h1>Heroes of Children</h1>
  <p lang="kk">Жақында ораламыз</p>
  <p lang="ru">Мы скоро вернёмся</p>
  <p lang="en">Back soon</p>
</body>
</html>
`;
