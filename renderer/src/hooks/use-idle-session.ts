// Runs in: renderer. While a visitor uses the kiosk: counts every touch, key and wheel as activity,
// shows the warning when nobody touched the screen for a while, and resets to the attract loop.
import { useEffect } from 'react';
import type { KioskSettings } from '../../../common/content-schema';
import { createIdleTimer } from '../logic/idle-timer';
import { idleTimingsFromSettings } from '../logic/idle-timing';
import { kioskStore } from '../store/kiosk-store';

// Pointer events only: every touch fires them too, and a touch listener on the window would have
// each touch delivered to the page twice (a touch event beside the pointer event, every move of
// every swipe).
const ACTIVITY_EVENTS = [
  'pointerdown',
  'pointermove',
  'pointerup',
  'keydown',
  'keyup',
  'wheel',
] as const;

/** Events that begin a new gesture: only they decide whether its click is swallowed. */
const GESTURE_STARTS = new Set<string>(['pointerdown', 'keydown']);

export function useIdleSession(settings: KioskSettings, enabled: boolean): void {
  const { idleTimeoutSeconds, warningSeconds } = settings;
  useEffect(() => {
    if (!enabled) return;
    const { setIdleStatus, resetToAttract, takeIdleWarningRequest } = kioskStore.getState();
    const timings = idleTimingsFromSettings({ idleTimeoutSeconds, warningSeconds });
    const timer = createIdleTimer({
      timings,
      idleAlreadyMs: takeIdleWarningRequest() ? timings.idleTimeoutMs : 0,
      onStatus: setIdleStatus,
      onExpire: () => resetToAttract('idle-reset'),
    });
    // The touch that answers the warning removes it at once; the click that follows that touch
    // must not land on whatever the warning was covering.
    let swallowNextClick = false;
    const onActivity = (event: Event): void => {
      const warningShowing = kioskStore.getState().idleStatus.phase === 'warning';
      if (warningShowing) swallowNextClick = true;
      else if (GESTURE_STARTS.has(event.type)) swallowNextClick = false;
      timer.recordActivity();
    };
    const onClick = (event: MouseEvent): void => {
      if (!swallowNextClick) return;
      swallowNextClick = false;
      event.preventDefault();
      event.stopPropagation();
    };
    const options = { capture: true, passive: true } as const;
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, options);
    window.addEventListener('click', onClick, { capture: true });
    return () => {
      timer.stop();
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, options);
      window.removeEventListener('click', onClick, { capture: true });
    };
  }, [enabled, idleTimeoutSeconds, warningSeconds]);
}
