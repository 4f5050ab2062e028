// Runs in: renderer. The PIN pad that opens the staff panel: shows wrong attempts and the lockout
// (the main process decides both; this screen only reports them).
import { useEffect, useState } from 'react';
import { getKioskApi } from '../platform/kiosk-api';
import { kioskStore } from '../store/kiosk-store';
import { PinPad } from './PinPad';
import { lockoutMessage } from './staff-format';
import type { StaffStrings } from './staff-strings';
import { useStaffStrings } from './use-staff-strings';

type UnlockError =
  { kind: 'wrong'; attemptsLeft: number } | { kind: 'no-answer' } | { kind: 'settings-damaged' };

export function StaffUnlock() {
  const { strings, language } = useStaffStrings();
  // Kept as a description, not text, so the message follows a language switch.
  const [error, setError] = useState<UnlockError | null>(null);
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
      if ('reason' in result) {
        setError({ kind: 'settings-damaged' });
        return;
      }
      setLockedUntil(result.lockedUntil);
      setNow(Date.now());
      setError(
        result.lockedUntil === null ? { kind: 'wrong', attemptsLeft: result.attemptsLeft } : null,
      );
    } catch {
      setError({ kind: 'no-answer' });
    } finally {
      setBusy(false);
    }
  };

  const locked = lockedUntil !== null && now < lockedUntil;
  return (
    <div className="staff-unlock">
      <PinPad
        title={strings.accessTitle}
        hint={strings.accessHint}
        error={
          locked
            ? lockoutMessage(lockedUntil, now, language)
            : error === null
              ? null
              : unlockErrorText(error, strings)
        }
        disabled={busy || locked}
        onSubmit={(pin) => void submit(pin)}
        onCancel={() => kioskStore.getState().closeStaff()}
        cancelLabel={strings.backToExhibition}
      />
    </div>
  );
}

function unlockErrorText(error: UnlockError, strings: StaffStrings): string {
  switch (error.kind) {
    case 'wrong':
      return strings.wrongPin(error.attemptsLeft);
    case 'settings-damaged':
      return strings.settingsDamaged;
    case 'no-answer':
      return strings.noAnswer;
  }
}
