// Runs in: renderer. The PIN pad that opens the staff panel: shows wrong attempts and the lockout
// (the main process decides both; this screen only reports them).
import { useEffect, useState } from 'react';
import { getKioskApi } from '../platform/kiosk-api';
import { kioskStore } from '../store/kiosk-store';
import { PinPad } from './PinPad';
import { lockoutMessage, wrongPinMessage } from './staff-format';

export function StaffUnlock() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  // While locked, count down once a second and open the pad again when the time is up.
  useEffect(() => {
    if (lockedUntil === null) return;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= lockedUntil) {
        setLockedUntil(null);
        setError(null);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [lockedUntil]);

  const submit = async (pin: string): Promise<void> => {
    setBusy(true);
    try {
      const result = await getKioskApi().staff.unlock(pin);
      if (result.ok) {
        kioskStore.getState().showStaffPanel();
        return;
      }
      setLockedUntil(result.lockedUntil);
      setNow(Date.now());
      setError(result.lockedUntil === null ? wrongPinMessage(result.attemptsLeft) : null);
    } catch {
      setError('The kiosk did not answer. Try again.');
    } finally {
      setBusy(false);
    }
  };

  const locked = lockedUntil !== null && now < lockedUntil;
  return (
    <div className="staff-unlock">
      <PinPad
        title="Staff access"
        hint="Enter the staff PIN"
        error={locked ? lockoutMessage(lockedUntil, now) : error}
        disabled={busy || locked}
        onSubmit={(pin) => void submit(pin)}
        onCancel={() => kioskStore.getState().closeStaff()}
        cancelLabel="Back to the exhibition"
      />
    </div>
  );
}
