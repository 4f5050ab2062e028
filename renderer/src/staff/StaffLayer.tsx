// Runs in: renderer. Above everything: listens for the hidden staff gesture and key combination, and
// shows the PIN pad or the staff panel. Staff screens close themselves after the idle timeout.
import './staff.css';
import { useKiosk } from '../store/kiosk-store';
import { StaffPanel } from './StaffPanel';
import { StaffUnlock } from './StaffUnlock';
import { useStaffEntry } from './use-staff-entry';
import { useStaffIdle } from './use-staff-idle';

export function StaffLayer() {
  const screen = useKiosk((state) => state.staffScreen);
  useStaffEntry();
  const idle = useStaffIdle(screen !== 'closed');
  if (screen === 'closed') return null;
  return (
    <div className="staff-layer" role="dialog" aria-modal="true" aria-label="Staff">
      {idle.phase === 'warning' && (
        <p className="staff-idle" role="status">
          No touch for a while: closing in {idle.secondsLeft} s. Touch anywhere to stay.
        </p>
      )}
      {screen === 'pin' ? <StaffUnlock /> : <StaffPanel />}
    </div>
  );
}
