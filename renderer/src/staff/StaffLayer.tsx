// Runs in: renderer. Above everything once staff opened it (StaffEntry watches for the gesture):
// shows the PIN pad, the staff panel, or the curator studio opened from the panel. Staff screens close themselves after the idle timeout.
import './staff.css';
import { lazy, Suspense } from 'react';
import { kioskStore, useKiosk } from '../store/kiosk-store';
import { formatCount } from './staff-format';
import { StaffLanguageSwitch } from './StaffLanguageSwitch';
import { StaffPanel } from './StaffPanel';
import { StaffUnlock } from './StaffUnlock';
import { useStaffIdle } from './use-staff-idle';
import { useStaffStrings } from './use-staff-strings';

/** The curator studio is a chunk of its own: staff who never edit content never load it. */
const CuratorStudio = lazy(() =>
  import('../curator/CuratorStudio').then((module) => ({ default: module.CuratorStudio })),
);

export function StaffLayer() {
  const screen = useKiosk((state) => state.staffScreen);
  const { strings, language } = useStaffStrings();
  const idle = useStaffIdle(screen !== 'closed', screen === 'studio');
  if (screen === 'closed') return null;
  return (
    <div
      className="staff-layer"
      role="dialog"
      aria-modal="true"
      aria-label={strings.dialog}
      lang={language}
    >
      {idle.phase === 'warning' && (
        <p className="staff-idle" role="status">
          {strings.idleClosing(formatCount(idle.secondsLeft, language))}
        </p>
      )}
      {/* The panel and the studio carry their own switch in their headers. */}
      {screen === 'studio' ? (
        <Suspense fallback={null}>
          <CuratorStudio onLeave={() => kioskStore.getState().showStaffPanel()} />
        </Suspense>
      ) : screen === 'pin' ? (
        <>
          <StaffUnlock />
          <StaffLanguageSwitch />
        </>
      ) : (
        <StaffPanel />
      )}
    </div>
  );
}
