// Runs in: renderer. Changing the staff PIN on the pad: current PIN, new PIN, new PIN again.
import { useState } from 'react';
import { getKioskApi } from '../platform/kiosk-api';
import type { StaffStrings } from './staff-strings';
import { MAX_PIN_LENGTH, MIN_PIN_LENGTH, PinPad } from './PinPad';
import { useStaffStrings } from './use-staff-strings';

type Step =
  | { name: 'current' }
  | { name: 'next'; current: string }
  | { name: 'repeat'; current: string; next: string };

const STEP_ORDER: readonly Step['name'][] = ['current', 'next', 'repeat'];

function stepHint(step: Step['name'], strings: StaffStrings): string {
  if (step === 'current') return strings.currentPinHint;
  if (step === 'next') return strings.newPinHint(MIN_PIN_LENGTH, MAX_PIN_LENGTH);
  return strings.repeatPinHint;
}

export function ChangePin({
  onDone,
}: {
  onDone(message: { ok: boolean; text: string } | null): void;
}) {
  const { strings } = useStaffStrings();
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
      setError(strings.pinsDiffer);
      return;
    }
    setBusy(true);
    try {
      const result = await getKioskApi().staff.changePin(step.current, step.next);
      if (result.ok) onDone({ ok: true, text: strings.pinChanged });
      else {
        setStep({ name: 'current' });
        setError(result.error);
      }
    } catch {
      onDone({ ok: false, text: strings.pinNotChanged });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="staff-change-pin">
      <PinPad
        key={step.name}
        title={strings.changePinStep(STEP_ORDER.indexOf(step.name) + 1, STEP_ORDER.length)}
        hint={stepHint(step.name, strings)}
        error={error}
        disabled={busy}
        onSubmit={(pin) => void submit(pin)}
        onCancel={() => onDone(null)}
        cancelLabel={strings.keepPin}
      />
    </div>
  );
}
