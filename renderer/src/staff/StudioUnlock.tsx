// Runs in: renderer (the studio's chunk). The staff PIN pad for the curator studio: its channels are
// staff-only, so the studio asks for the PIN when main refuses it (first on its own page, or again
// after a pause). The pad's own modules stay in the staff chunk (tools/renderer-chunks.ts).
import { useState } from 'react';
import { getKioskApi } from '../platform/kiosk-api';
import { PinPad } from './PinPad';
import { lockoutMessage } from './staff-format';
import { useStaffStrings } from './use-staff-strings';

export interface StudioUnlockProps {
  title: string;
  hint: string;
  cancelLabel: string;
  onUnlocked(): void;
  onCancel(): void;
}

export function StudioUnlock({
  title,
  hint,
  cancelLabel,
  onUnlocked,
  onCancel,
}: StudioUnlockProps) {
  const { strings, language } = useStaffStrings();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (pin: string): Promise<void> => {
    setBusy(true);
    try {
      const result = await getKioskApi().staff.unlock(pin);
      if (result.ok) {
        setError(null);
        onUnlocked();
      } else if ('reason' in result) {
        setError(strings.settingsDamaged);
      } else {
        setError(
          result.lockedUntil === null
            ? strings.wrongPin(result.attemptsLeft)
            : lockoutMessage(result.lockedUntil, Date.now(), language),
        );
      }
    } catch {
      setError(strings.noAnswer);
    } finally {
      setBusy(false);
    }
  };
  return (
    <PinPad
      title={title}
      hint={hint}
      error={error}
      disabled={busy}
      onSubmit={(pin) => void submit(pin)}
      onCancel={onCancel}
      cancelLabel={cancelLabel}
    />
  );
}
