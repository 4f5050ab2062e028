// Runs in: renderer. The frame watchdog (logic/frame-watchdog.ts) on the real page: while the screen
// shows its attract loop it asks for a frame now and then, and tells main when one stops coming, so
// main can give the page a fresh renderer (electron/main/healing/self-healing.ts). In the web
// preview the report is only logged.
import { createFrameWatchdog } from '../logic/frame-watchdog';
import { kioskStore } from '../store/kiosk-store';
import { getKioskApi } from './kiosk-api';

/** Starts watching; returns the stop. */
export function watchFrames(target: Window): () => void {
  const { document } = target;
  const watchdog = createFrameWatchdog({
    now: () => target.performance.now(),
    requestFrame: (callback) => {
      target.requestAnimationFrame(() => callback());
    },
    every: (ms, callback) => {
      const handle = target.setInterval(callback, ms);
      return () => target.clearInterval(handle);
    },
    shouldWatch: () =>
      document.visibilityState === 'visible' && kioskStore.getState().view === 'attract',
    onStall: (stalledMs) => getKioskApi().kiosk.reportFramesStalled({ stalledMs }),
  });
  const onVisibilityChange = (): void => watchdog.visibilityChanged();
  document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    watchdog.stop();
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
