// Runs in: renderer. Above everything once staff opened it (StaffEntry watches for the gesture):
// shows the PIN pad or the staff panel. Staff screens close themselves after the idle timeout.
import './staff.css';
import { useKiosk } from '../store/kiosk-store';
import { formatCount } from './staff-format';
import { StaffLanguageSwitch } from './StaffLanguageSwitch';
import { StaffPanel } from './StaffPanel';
import { StaffUnlock } from './StaffUnlock';
import { useStaffIdle } from './use-staff-idle';
import { useStaffStrings } from './use-staff-strings';

export function StaffLayer() {
  const screen = useKiosk((state) => state.staffScreen);
  const { strings, language } = useStaffStrings();
  const idle = useStaffIdle(screen !== 'closed');
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
      {/* The panel carries its own switch in its header, where it costs no height. */}
      {screen === 'pin' ? (
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
