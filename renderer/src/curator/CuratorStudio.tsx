// Runs in: renderer (the studio's chunk, loaded only when someone opens it). The curator studio:
// the heroes list, the hero editor and the live preview side by side, the exhibition's texts and
// settings, and the "Ready for the mall" checklist; the PIN pad first when the session is locked.
import './CuratorStudio.css';
import { useEffect, useMemo, useState } from 'react';
import { StudioUnlock } from '../staff/StudioUnlock';
import type { CuratorApi, DraftContent } from '../../../common/curator-contract';
import { kioskStore } from '../store/kiosk-store';
import { getCuratorApi } from './curator-api';
import { CuratorStoreContext, useCurator, useCuratorStrings } from './curator-context';
import { createCuratorStore } from './curator-store';
import { CsvImportDialog } from './CsvImport';
import { CsvImportContext } from './csv-import-context';
import { createCsvImportStore } from './csv-import-store';
import { ExhibitionEditor } from './ExhibitionEditor';
import { HeroEditor } from './HeroEditor';
import { HeroList } from './HeroList';
import { LivePreview } from './LivePreview';
import { ProblemsContext } from './LocalizedFields';
import { problemsByPath } from './problem-text';
import { ReadyChecklist } from './ReadyChecklist';
import { refusedActionsText } from './refused-actions-text';
import { SettingsEditor } from './SettingsEditor';
import { StudioHeader } from './StudioHeader';

export interface CuratorStudioProps {
  /** The studio's calls; window.kiosk.curator or the preview's HTTP ones by default. */
  api?: CuratorApi;
  /** Over the kiosk: back to the staff panel. Absent in the curator's own window. */
  onLeave?: () => void;
}

export function CuratorStudio({ api, onLeave }: CuratorStudioProps) {
  const [calls] = useState(() => api ?? getCuratorApi());
  const [store] = useState(() => createCuratorStore(calls, kioskStore.getState().language));
  const [csvImport] = useState(() => createCsvImportStore(calls, store));
  useEffect(() => {
    void store.getState().load();
  }, [store]);
  return (
    <CuratorStoreContext.Provider value={store}>
      <CsvImportContext.Provider value={csvImport}>
        <StudioBody onLeave={onLeave} />
      </CsvImportContext.Provider>
    </CuratorStoreContext.Provider>
  );
}

function StudioBody({ onLeave }: Pick<CuratorStudioProps, 'onLeave'>) {
  const { strings, language } = useCuratorStrings();
  const phase = useCurator((state) => state.phase);
  const locked = useCurator((state) => state.locked);
  const draft = useCurator((state) => state.draft);
  const load = useCurator((state) => state.load);
  const unlocked = useCurator((state) => state.unlocked);
  const pinClosed = useCurator((state) => state.pinClosed);
  const waiting = useCurator((state) => state.waitingForPin);

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
      {locked && (
        <div className="studio-pin" role="dialog" aria-modal="true" aria-label={strings.pinTitle}>
          {/* With a draft on screen, closing the pad keeps it there (leaving would lose unsaved typing). */}
          <StudioUnlock
            title={strings.pinTitle}
            hint={
              waiting.length > 0
                ? strings.waitingForPin(refusedActionsText(waiting, draft, language, strings))
                : strings.pinHint
            }
            cancelLabel={draft ? strings.pinNotNow : onLeave ? strings.leaveStudio : strings.cancel}
            onUnlocked={unlocked}
            onCancel={draft ? pinClosed : (onLeave ?? (() => undefined))}
          />
        </div>
      )}
    </div>
  );
}

function StudioScreens({ draft, onLeave }: { draft: DraftContent; onLeave?: () => void }) {
  const section = useCurator((state) => state.section);
  const heroKey = useCurator((state) => state.heroKey);
  const assetBaseUrl = useCurator((state) => state.assetBaseUrl);
  const visitorView = useCurator((state) => state.preview.visitorView);
  const checks = useCurator((state) => state.checks);
  const byPath = useMemo(() => problemsByPath(checks?.problems ?? []), [checks]);
  const index = Math.max(
    0,
    draft.heroes.findIndex((hero) => hero.key === heroKey),
  );
  const hero = draft.heroes[index];

  return (
    <ProblemsContext.Provider value={byPath}>
      <div className={visitorView ? 'studio__frame studio__frame--visitor' : 'studio__frame'}>
        <StudioHeader checklistCount={checks?.problems.length ?? 0} onLeave={onLeave} />
        <main className={`studio__main studio__main--${section}`}>
          {section === 'heroes' && hero && (
            <>
              <HeroList draft={draft} assetBaseUrl={assetBaseUrl} />
              <div className="studio__editor">
                <HeroEditor key={hero.key} hero={hero} index={index} count={draft.heroes.length} />
              </div>
              <LivePreview draft={draft} hero={hero} />
              <CsvImportDialog />
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
              <ReadyChecklist draft={draft} />
            </div>
          )}
        </main>
      </div>
    </ProblemsContext.Provider>
  );
}
