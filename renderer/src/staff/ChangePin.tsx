// Runs in: renderer. Changing the staff PIN on the pad: current PIN, new PIN, new PIN again.
import { useState } from 'react';
import { getKioskApi } from '../platform/kiosk-api';
import { PinPad } from './PinPad';

type Step =
  | { name: 'current' }
  | { name: 'next'; current: string }
  | { name: 'repeat'; current: string; next: string };

const STEP_TEXT: Record<Step['name'], { title: string; hint: string }> = {
  current: { title: 'Change PIN · 1 of 3', hint: 'Enter the current PIN' },
  next: { title: 'Change PIN · 2 of 3', hint: 'Enter the new PIN (4 to 8 digits)' },
  repeat: { title: 'Change PIN · 3 of 3', hint: 'Enter the new PIN again' },
};

export function ChangePin({
  onDone,
}: {
  onDone(message: { ok: boolean; text: string } | null): void;
}) {
  const [step, setStep] = useState<Step>({ name: 'current' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (pin: string): Promise<void> => {
    setError(null);
    if (step.name === 'current') {
      setStep({ name: 'next', current: pin });
      return;
    }
    if (step.name === 'next') {
      setStep({ name: 'repeat', current: step.current, next: pin });
      return;
    }
    if (pin !== step.next) {
      setStep({ name: 'next', current: step.current });
      setError('The two new PINs were different. Enter the new PIN again.');
      return;
    }
    setBusy(true);
    try {
      const result = await getKioskApi().staff.changePin(step.current, step.next);
      if (result.ok)
        onDone({ ok: true, text: 'The PIN was changed. Use the new PIN from now on.' });
      else {
        setStep({ name: 'current' });
        setError(result.error);
      }
    } catch {
      onDone({ ok: false, text: 'The PIN could not be changed: the kiosk did not answer.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="staff-change-pin">
      <PinPad
        key={step.name}
        title={STEP_TEXT[step.name].title}
        hint={STEP_TEXT[step.name].hint}
        error={error}
        disabled={busy}
        onSubmit={(pin) => void submit(pin)}
        onCancel={() => onDone(null)}
        cancelLabel="Cancel, keep the PIN"
      />
    </div>
  );
}
