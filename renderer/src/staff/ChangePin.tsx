// Runs in: renderer. Changing the staff PIN on the pad: current PIN, new PIN, new PIN again.
import { useState } from 'react';
import { getKioskApi } from '../platform/kiosk-api';
import type { StaffStrings } from './staff-strings';
import { MAX_PIN_LENGTH, MIN_PIN_LENGTH, PinPad } from './PinPad';
import type { ChangePinRefused } from './staff-messages';
import { changePinRefusalText } from './staff-messages';
import { useStaffStrings } from './use-staff-strings';

type Step =
  | { name: 'current' }
  | { name: 'next'; current: string }
  | { name: 'repeat'; current: string; next: string };

const STEP_ORDER: readonly Step['name'][] = ['current', 'next', 'repeat'];

/** Kept as a description, not text, so the message follows a language switch. */
type ChangePinError =
  { kind: 'pins-differ' } | { kind: 'refused'; refusal: ChangePinRefused; at: number };

const PIN_LENGTH = { min: MIN_PIN_LENGTH, max: MAX_PIN_LENGTH };

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
  const { strings, language } = useStaffStrings();
  const [step, setStep] = useState<Step>({ name: 'current' });
  const [error, setError] = useState<ChangePinError | null>(null);
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
      setError({ kind: 'pins-differ' });
      return;
    }
    setBusy(true);
    try {
      const result = await getKioskApi().staff.changePin(step.current, step.next);
      if (result.ok) onDone({ ok: true, text: strings.pinChanged });
      else {
        setStep({ name: 'current' });
        setError({ kind: 'refused', refusal: result, at: Date.now() });
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
        error={
          error === null
            ? null
            : error.kind === 'pins-differ'
              ? strings.pinsDiffer
              : changePinRefusalText(error.refusal, error.at, language, PIN_LENGTH)
        }
        disabled={busy}
        onSubmit={(pin) => void submit(pin)}
        onCancel={() => onDone(null)}
        cancelLabel={strings.keepPin}
      />
    </div>
  );
}
