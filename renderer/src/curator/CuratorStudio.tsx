// Runs in: renderer (the studio's chunk, loaded only when someone opens it). The curator studio:
// the heroes list, the hero editor and the live preview side by side, the exhibition's texts and
// settings, and the "Ready for the mall" checklist; the PIN pad first when the session is locked.
import './CuratorStudio.css';
import '../staff/staff.css';
import { useEffect, useMemo, useState } from 'react';
import type { Content } from '../../../common/content-schema';
import { PinPad } from '../staff/PinPad';
import { lockoutMessage } from '../staff/staff-format';
import { useStaffStrings } from '../staff/use-staff-strings';
import { getKioskApi } from '../platform/kiosk-api';
import { kioskStore } from '../store/kiosk-store';
import type { CuratorClient } from './curator-client';
import { CuratorStoreContext, useCurator, useCuratorStrings } from './curator-context';
import { createCuratorStore } from './curator-store';
import { draftProblems, problemsByField } from './draft-problems';
import { ExhibitionEditor } from './ExhibitionEditor';
import { HeroEditor } from './HeroEditor';
import { HeroList } from './HeroList';
import { heroChecklist } from './hero-readiness';
import { LivePreview } from './LivePreview';
import { ProblemsContext } from './LocalizedFields';
import { ReadyChecklist } from './ReadyChecklist';
import { SettingsEditor } from './SettingsEditor';
import { StudioHeader } from './StudioHeader';

export interface CuratorStudioProps {
  client: CuratorClient;
  /** Over the kiosk: back to the staff panel. Absent in the curator's own window. */
  onLeave?: () => void;
}

export function CuratorStudio({ client, onLeave }: CuratorStudioProps) {
  const [store] = useState(() => createCuratorStore(client, kioskStore.getState().language));
  useEffect(() => {
    void store.getState().load();
  }, [store]);
  return (
    <CuratorStoreContext.Provider value={store}>
      <StudioBody onLeave={onLeave} />
    </CuratorStoreContext.Provider>
  );
}

function StudioBody({ onLeave }: { onLeave?: () => void }) {
  const { strings, language } = useCuratorStrings();
  const phase = useCurator((state) => state.phase);
  const locked = useCurator((state) => state.locked);
  const draft = useCurator((state) => state.draft);
  const load = useCurator((state) => state.load);

  return (
    <div className="studio" lang={language}>
      {draft && phase === 'ready' ? (
        <StudioScreens draft={draft} onLeave={onLeave} />
      ) : (
        <div className="studio__waiting">
          {phase === 'failed' ? (
            <div className="studio__failed" role="alert">
              <p>{strings.loadFailed}</p>
              <button type="button" className="studio-button" onClick={() => void load()}>
                {strings.tryAgain}
              </button>
              {onLeave && (
                <button type="button" className="studio-button" onClick={onLeave}>
                  {strings.leaveStudio}
                </button>
              )}
            </div>
          ) : (
            !locked && (
              <p className="studio__loading" role="status">
                {strings.loading}
              </p>
            )
          )}
        </div>
      )}
      {locked && <StudioPin onLeave={onLeave} />}
    </div>
  );
}

function StudioScreens({ draft, onLeave }: { draft: Content; onLeave?: () => void }) {
  const section = useCurator((state) => state.section);
  const heroId = useCurator((state) => state.heroId);
  const assetBaseUrl = useCurator((state) => state.assetBaseUrl);
  const visitorView = useCurator((state) => state.preview.visitorView);
  const problems = useMemo(() => draftProblems(draft), [draft]);
  const byField = useMemo(() => problemsByField(problems), [problems]);
  const checklistCount = useMemo(
    () =>
      heroChecklist(draft).length +
      (problems.some((problem) => !problem.field.startsWith('heroes.')) ? 1 : 0),
    [draft, problems],
  );
  const index = Math.max(
    0,
    draft.heroes.findIndex((hero) => hero.id === heroId),
  );
  const hero = draft.heroes[index];

  return (
    <ProblemsContext.Provider value={byField}>
      <div className={visitorView ? 'studio__frame studio__frame--visitor' : 'studio__frame'}>
        <StudioHeader checklistCount={checklistCount} onLeave={onLeave} />
        <main className={`studio__main studio__main--${section}`}>
          {section === 'heroes' && hero && (
            <>
              <HeroList draft={draft} assetBaseUrl={assetBaseUrl} />
              <div className="studio__editor">
                <HeroEditor key={hero.id} hero={hero} index={index} count={draft.heroes.length} />
              </div>
              <LivePreview draft={draft} hero={hero} />
            </>
          )}
          {section === 'exhibition' && (
            <div className="studio__page">
              <ExhibitionEditor draft={draft} />
            </div>
          )}
          {section === 'settings' && (
            <div className="studio__page">
              <SettingsEditor draft={draft} />
            </div>
          )}
          {section === 'checklist' && (
            <div className="studio__page">
              <ReadyChecklist draft={draft} problems={problems} />
            </div>
          )}
        </main>
      </div>
    </ProblemsContext.Provider>
  );
}

/** Curator channels are staff-only: the staff PIN pad, then the studio carries on where it was. */
function StudioPin({ onLeave }: { onLeave?: () => void }) {
  const { strings } = useCuratorStrings();
  const unlocked = useCurator((state) => state.unlocked);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { strings: staffStrings, language } = useStaffStrings();
  const submit = async (pin: string): Promise<void> => {
    setBusy(true);
    try {
      const result = await getKioskApi().staff.unlock(pin);
      if (result.ok) {
        setError(null);
        unlocked();
      } else {
        setError(
          result.lockedUntil === null
            ? staffStrings.wrongPin(result.attemptsLeft)
            : lockoutMessage(result.lockedUntil, Date.now(), language),
        );
      }
    } catch {
      setError(staffStrings.noAnswer);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="studio-pin" role="dialog" aria-modal="true" aria-label={strings.pinTitle}>
      <PinPad
        title={strings.pinTitle}
        hint={strings.pinHint}
        error={error}
        disabled={busy}
        onSubmit={(pin) => void submit(pin)}
        onCancel={onLeave ?? (() => undefined)}
        cancelLabel={onLeave ? strings.leaveStudio : strings.cancel}
      />
    </div>
  );
}
