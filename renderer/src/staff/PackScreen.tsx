// Runs in: renderer. The staff panel's "Load content from USB": the packs main found on USB sticks
// and in the packs folder, what each would change, and installing one by its listed id. The running
// pack's label and hash stay at the top, so staff can compare kiosks at a glance.
import { useCallback, useEffect, useState } from 'react';
import type { PackList, PackRefusal } from '../../../common/content-pack';
import { getKioskApi } from '../platform/kiosk-api';
import { kioskStore } from '../store/kiosk-store';
import { PackCard } from './PackCard';
import { formatPackDate, packRefusalText } from './pack-messages';
import { shortHash } from './staff-format';
import { StaffLanguageSwitch } from './StaffLanguageSwitch';
import { useStaffStrings } from './use-staff-strings';
import './pack-screen.css';

/** Kept as a description, not text, so the message follows a language switch. */
type Outcome =
  { kind: 'installed'; label: string; hash: string } | { kind: 'refused'; refusal: PackRefusal };

/** A first tap on "Install" waits this long for the second. */
const CONFIRM_MS = 5000;

/** Staff channels refuse once main locked the session (e.g. after a long pause). */
function askForPinAgain(): void {
  kioskStore.getState().openStaffPinPad();
}

export function PackScreen({ onBack }: { onBack(): void }) {
  const { strings, language } = useStaffStrings();
  const words = strings.packs;
  const [list, setList] = useState<PackList | null>(null);
  const [looking, setLooking] = useState(true);
  const [confirmId, setConfirmId] = useState<string | null>(null);
  const [installingId, setInstallingId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  /** Refusals found at install (hashes are read only then), kept on their cards until a new look. */
  const [refusedHere, setRefusedHere] = useState<ReadonlyMap<string, PackRefusal>>(new Map());

  /** Asks main to look again; `looking` is already true (it starts so). */
  const readList = useCallback(
    (): Promise<void> =>
      getKioskApi()
        .staff.listPacks()
        .then(setList, askForPinAgain)
        .finally(() => setLooking(false)),
    [],
  );
  const lookForPacks = (): Promise<void> => {
    setLooking(true);
    setRefusedHere(new Map());
    return readList();
  };

  useEffect(() => {
    void readList();
  }, [readList]);

  useEffect(() => {
    if (confirmId === null) return;
    const timer = setTimeout(() => setConfirmId(null), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [confirmId]);

  const install = async (id: string): Promise<void> => {
    if (confirmId !== id) {
      setConfirmId(id);
      return;
    }
    setConfirmId(null);
    setInstallingId(id);
    setOutcome(null);
    try {
      const result = await getKioskApi().staff.installPack(id);
      if (result.ok) {
        // Shown at once on the attract loop, or held until it while a visitor is mid-story.
        kioskStore.getState().receiveContent(result.content);
        setOutcome({ kind: 'installed', label: result.pack.label, hash: result.pack.hash });
      } else {
        setOutcome({ kind: 'refused', refusal: result.refusal });
      }
      await readList();
      if (!result.ok) setRefusedHere((known) => new Map([...known, [id, result.refusal]]));
    } catch {
      askForPinAgain();
    } finally {
      setInstallingId(null);
    }
  };

  const busy = looking || installingId !== null;
  const running = list?.running ?? null;

  return (
    <div className="staff-panel pack-screen">
      <header className="staff-panel__header">
        <h1 className="staff-panel__title">{words.title}</h1>
        <StaffLanguageSwitch />
        <button type="button" className="staff-button staff-button--primary" onClick={onBack}>
          {words.back}
        </button>
      </header>
      <p className="pack-screen__intro">{words.intro}</p>

      <section className="pack-screen__running" aria-label={words.runningNow}>
        <span className="pack-screen__running-title">{words.runningNow}</span>
        {running ? (
          <span className="pack-screen__running-pack">
            <strong>{running.label}</strong> · <code>{shortHash(running.hash)}</code> ·{' '}
            {formatPackDate(running.createdAt)}
          </span>
        ) : (
          <span>{list ? words.notFromAPack : strings.loading}</span>
        )}
      </section>

      {outcome && (
        <div
          className={
            outcome.kind === 'installed' ? 'staff-notice' : 'staff-notice staff-notice--error'
          }
          role="status"
        >
          <p>
            {outcome.kind === 'installed'
              ? words.installed(outcome.label, shortHash(outcome.hash))
              : words.notInstalled(packRefusalText(outcome.refusal, language))}
          </p>
        </div>
      )}

      <div className="pack-screen__toolbar">
        <button
          type="button"
          className="staff-button"
          disabled={busy}
          onClick={() => void lookForPacks()}
        >
          {looking ? words.looking : words.lookAgain}
        </button>
      </div>

      {list && list.packs.length === 0 && !looking && (
        <p className="pack-screen__empty">{words.noPacks}</p>
      )}
      <div className="pack-screen__list">
        {list?.packs.map((pack) => (
          <PackCard
            key={pack.id}
            pack={pack.refusal ? pack : { ...pack, refusal: refusedHere.get(pack.id) ?? null }}
            confirming={confirmId === pack.id}
            installing={installingId === pack.id}
            disabled={busy}
            onInstall={() => void install(pack.id)}
          />
        ))}
      </div>
    </div>
  );
}
