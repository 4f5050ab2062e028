// Runs in: renderer. The kiosk's name on the staff panel, and changing it: checked here as staff type
// (common/kiosk-name.ts, the same rules main applies) and saved by main, which may still refuse.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { KioskNameRefusalReason } from '../../../common/ipc-contract';
import { checkKioskName, KIOSK_NAME_MAX_LENGTH } from '../../../common/kiosk-name';
import { getKioskApi } from '../platform/kiosk-api';
import { useStaffStrings } from './use-staff-strings';

/** Room to type past the limit and be told so, rather than keys that silently do nothing. */
const INPUT_MAX_LENGTH = KIOSK_NAME_MAX_LENGTH * 3;

interface KioskNameFieldProps {
  name: string | null;
  onRenamed(name: string): void;
  /** The staff session ended while saving: the panel asks for the PIN again. */
  onLocked(): void;
}

export function KioskNameField({ name, onRenamed, onLocked }: KioskNameFieldProps) {
  const { strings } = useStaffStrings();
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<KioskNameRefusalReason | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (draft === null) return;
    const checked = checkKioskName(draft);
    if (!checked.ok) {
      setRefusal(checked.reason);
      return;
    }
    setSaving(true);
    try {
      const result = await getKioskApi().staff.setKioskName(checked.name);
      if (result.ok) {
        setDraft(null);
        setRefusal(null);
        onRenamed(result.name);
      } else {
        setRefusal(result.reason);
      }
    } catch {
      onLocked();
    } finally {
      setSaving(false);
    }
  };

  if (draft === null) {
    return (
      <div className="kiosk-name">
        <p className="kiosk-name__label">{strings.kioskName}</p>
        <div className="kiosk-name__row">
          <strong className="kiosk-name__value" data-testid="kiosk-name">
            {name ?? '…'}
          </strong>
          <button
            type="button"
            className="staff-button kiosk-name__change"
            disabled={name === null}
            onClick={() => {
              setDraft(name ?? '');
              setRefusal(null);
            }}
          >
            {strings.renameKiosk}
          </button>
        </div>
      </div>
    );
  }

  const length = [...draft.trim()].length;
  return (
    <form className="kiosk-name kiosk-name--editing" onSubmit={(event) => void save(event)}>
      <label className="kiosk-name__label" htmlFor="kiosk-name-input">
        {strings.kioskName}
      </label>
      <input
        id="kiosk-name-input"
        className="kiosk-name__input"
        value={draft}
        maxLength={INPUT_MAX_LENGTH}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={refusal !== null}
        aria-describedby="kiosk-name-hint kiosk-name-error"
        // The on-screen keyboard (or a plugged-in one) is what staff type with.
        autoFocus
        onChange={(event) => {
          setDraft(event.target.value);
          setRefusal(null);
        }}
      />
      <p id="kiosk-name-hint" className="kiosk-name__hint">
        {strings.kioskNameHint(KIOSK_NAME_MAX_LENGTH)}{' '}
        <span className={length > KIOSK_NAME_MAX_LENGTH ? 'kiosk-name__count--over' : undefined}>
          {strings.kioskNameCount(length, KIOSK_NAME_MAX_LENGTH)}
        </span>
      </p>
      <p id="kiosk-name-error" className="kiosk-name__error" role="alert">
        {refusal ? strings.kioskNameRefused[refusal](KIOSK_NAME_MAX_LENGTH) : ''}
      </p>
      <div className="kiosk-name__buttons">
        <button type="submit" className="staff-button staff-button--primary" disabled={saving}>
          {strings.saveKioskName}
        </button>
        <button
          type="button"
          className="staff-button staff-button--quiet"
          disabled={saving}
          onClick={() => {
            setDraft(null);
            setRefusal(null);
          }}
        >
          {strings.cancel}
        </button>
      </div>
    </form>
  );
}
