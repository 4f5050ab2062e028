// Runs in: renderer. The staff screens close themselves like everything else: after the content's
// idle timeout (the studio: at least STUDIO_IDLE_SECONDS) and warning without a touch, the session
// is locked, the kiosk returns to the attract loop and the main process hears mode 'attract'.
// Returns the status for the countdown banner.
import { useEffect, useState } from 'react';
import { createIdleTimer } from '../logic/idle-timer';
import type { VisibleIdleStatus } from '../logic/idle-timer';
import { idleTimingsFromSettings } from '../logic/idle-timing';
import { getKioskApi } from '../platform/kiosk-api';
import { ACTIVE_IDLE_STATUS } from '../store/idle-slice';
import { kioskStore, useKiosk } from '../store/kiosk-store';

/** Used when there is no valid content (the error screen): the schema's usual values. */
const FALLBACK_TIMING = { idleTimeoutSeconds: 90, warningSeconds: 30 };

/**
 * The curator studio over the kiosk waits at least this long: reading a story or looking at the
 * preview is not typing. Its typing is autosaved, so closing loses nothing.
 */
export const STUDIO_IDLE_SECONDS = 600;

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

export function useStaffIdle(open: boolean, studio = false): VisibleIdleStatus {
  const settings = useKiosk((state) =>
    state.contentState?.status === 'ready' ? state.contentState.content.settings : null,
  );
  const contentTimeout = settings?.idleTimeoutSeconds ?? FALLBACK_TIMING.idleTimeoutSeconds;
  const idleTimeoutSeconds = studio
    ? Math.max(contentTimeout, STUDIO_IDLE_SECONDS)
    : contentTimeout;
  const warningSeconds = settings?.warningSeconds ?? FALLBACK_TIMING.warningSeconds;
  const [status, setStatus] = useState<VisibleIdleStatus>(ACTIVE_IDLE_STATUS);

  useEffect(() => {
    if (!open) return;
    const timer = createIdleTimer({
      timings: idleTimingsFromSettings({ idleTimeoutSeconds, warningSeconds }),
      onStatus: setStatus,
      onExpire: () => {
        void getKioskApi()
          .staff.lock()
          .catch(() => undefined);
        const store = kioskStore.getState();
        // Reset while still in staff mode, then close: main hears 'attract' and locks too.
        store.resetToAttract('staff');
        store.closeStaff();
        setStatus(ACTIVE_IDLE_STATUS);
      },
    });
    const onActivity = (): void => timer.recordActivity();
    const options = { capture: true, passive: true } as const;
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, options);
    return () => {
      timer.stop();
      setStatus(ACTIVE_IDLE_STATUS);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, options);
    };
  }, [open, idleTimeoutSeconds, warningSeconds]);

  return status;
}
