// Runs in: renderer. The on-screen PIN pad: digits 0–9, erase and OK. No text input anywhere, so no
// operating-system keyboard ever appears; a physical keyboard's digits work too.
import { useEffect, useRef, useState } from 'react';
import { useStaffStrings } from './use-staff-strings';

export const MIN_PIN_LENGTH = 4;
export const MAX_PIN_LENGTH = 8;

export interface PinPadProps {
  title: string;
  hint: string;
  /** Shown in red under the dots; announced to screen readers. */
  error: string | null;
  disabled: boolean;
  onSubmit(pin: string): void;
  onCancel(): void;
  cancelLabel: string;
}

const DIGIT_ROWS = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
] as const;

export function PinPad({
  title,
  hint,
  error,
  disabled,
  onSubmit,
  onCancel,
  cancelLabel,
}: PinPadProps) {
  const { strings } = useStaffStrings();
  const [digits, setDigits] = useState('');
  const canSubmit = !disabled && digits.length >= MIN_PIN_LENGTH;

  const press = (digit: string): void =>
    setDigits((current) => (current.length < MAX_PIN_LENGTH ? current + digit : current));
  const erase = (): void => setDigits((current) => current.slice(0, -1));
  const submit = (): void => {
    if (!canSubmit) return;
    onSubmit(digits);
    setDigits('');
  };

  // The key handler below is installed once per `disabled`; it reaches the latest submit through this.
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  });

  // Staff with a keyboard can type the digits; nothing else is listened to.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (disabled || event.ctrlKey || event.altKey || event.metaKey) return;
      if (/^\d$/.test(event.key)) press(event.key);
      else if (event.key === 'Backspace') erase();
      else if (event.key === 'Enter') submitRef.current();
      else if (event.key === 'Escape') onCancel();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [disabled, onCancel]);

  const slots = Math.max(MIN_PIN_LENGTH, digits.length);
  return (
    <section className="pin-pad" aria-labelledby="pin-pad-title">
      <h2 id="pin-pad-title" className="pin-pad__title">
        {title}
      </h2>
      <p className="pin-pad__hint">{hint}</p>
      <div className="pin-pad__dots" role="img" aria-label={strings.digitsEntered(digits.length)}>
        {Array.from({ length: slots }, (_, index) => (
          <span
            key={index}
            className={index < digits.length ? 'pin-pad__dot pin-pad__dot--filled' : 'pin-pad__dot'}
          />
        ))}
      </div>
      <p className="pin-pad__error" role="alert">
        {error ?? ''}
      </p>
      <div className="pin-pad__keys">
        {DIGIT_ROWS.flat().map((digit) => (
          <button
            key={digit}
            type="button"
            className="pin-pad__key"
            disabled={disabled}
            onClick={() => press(digit)}
          >
            {digit}
          </button>
        ))}
        <button
          type="button"
          className="pin-pad__key pin-pad__key--erase"
          aria-label={strings.erase}
          disabled={disabled || digits.length === 0}
          onClick={erase}
        >
          <svg viewBox="0 0 48 32" aria-hidden="true" focusable="false">
            <path
              d="M16 3h27a2 2 0 0 1 2 2v22a2 2 0 0 1-2 2H16L3 16z M24 10l12 12 M36 10 24 22"
              fill="none"
              stroke="currentColor"
              strokeWidth="3"
              strokeLinejoin="round"
              strokeLinecap="round"
            />
          </svg>
        </button>
        <button
          type="button"
          className="pin-pad__key"
          disabled={disabled}
          onClick={() => press('0')}
        >
          0
        </button>
        <button
          type="button"
          className="pin-pad__key pin-pad__ok"
          disabled={!canSubmit}
          onClick={submit}
        >
          {strings.ok}
        </button>
      </div>
      <button
        type="button"
        className="staff-button staff-button--quiet pin-pad__cancel"
        onClick={onCancel}
      >
        {cancelLabel}
      </button>
    </section>
  );
}
