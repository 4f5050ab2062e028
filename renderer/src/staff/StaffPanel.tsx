// Runs in: renderer. The staff panel: what is running, visitor statistics with two small charts, and
// the actions (resume, reload content, idle warning test, change PIN, edit content in the curator
// studio, export, quit).
import { useCallback, useEffect, useState } from 'react';
import type { StaffStatus, StatsSummary } from '../../../common/ipc-contract';
import { getKioskApi } from '../platform/kiosk-api';
import { kioskStore, useKiosk } from '../store/kiosk-store';
import { ChangePin } from './ChangePin';
import { PackScreen } from './PackScreen';
import { HeroViewsChart, SessionsPerHourChart } from './StaffCharts';
import type { HeroViewsRow } from './StaffCharts';
import { RunningCard } from './RunningCard';
import { shortHash } from './staff-format';
import { contentProblemsText, contentWarningTexts } from './staff-messages';
import { StaffLanguageSwitch } from './StaffLanguageSwitch';
import { useStaffStrings } from './use-staff-strings';
import { VisitorTable } from './VisitorTable';

/** `detail`: technical lines under the sentence, e.g. the problems of a refused content file. */
type Notice = { ok: boolean; text: string; path?: string; detail?: string };

const TOP_HEROES = 10;
/** A reload that found no valid content names this many of its problems in the notice. */
const NOTICE_PROBLEMS_SHOWN = 3;

interface PanelData {
  status: StaffStatus;
  stats: StatsSummary;
}

async function loadPanelData(): Promise<PanelData> {
  const api = getKioskApi();
  const [status, stats] = await Promise.all([api.staff.status(), api.staff.stats()]);
  return { status, stats };
}

/** Staff channels refuse once the main process locked the session (e.g. after a long pause). */
function askForPinAgain(): void {
  kioskStore.getState().openStaffPinPad();
}

export function StaffPanel() {
  const { strings, language } = useStaffStrings();
  const [status, setStatus] = useState<StaffStatus | null>(null);
  const [stats, setStats] = useState<StatsSummary | null>(null);
  const [fetchedAt, setFetchedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [changingPin, setChangingPin] = useState(false);
  const [loadingPacks, setLoadingPacks] = useState(false);
  const [confirmQuit, setConfirmQuit] = useState(false);
  const contentState = useKiosk((state) => state.contentState);

  const show = useCallback((data: PanelData) => {
    setStatus(data.status);
    setStats(data.stats);
    setFetchedAt(Date.now());
  }, []);
  const refresh = useCallback(() => loadPanelData().then(show, askForPinAgain), [show]);

  useEffect(() => {
    let active = true;
    loadPanelData().then((data) => {
      if (active) show(data);
    }, askForPinAgain);
    const clock = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      active = false;
      clearInterval(clock);
    };
  }, [show]);

  useEffect(() => {
    if (!confirmQuit) return;
    const timer = setTimeout(() => setConfirmQuit(false), 5000);
    return () => clearTimeout(timer);
  }, [confirmQuit]);

  const run = async (name: string, action: () => Promise<Notice | null>): Promise<void> => {
    setBusy(name);
    setNotice(null);
    try {
      setNotice(await action());
    } catch {
      askForPinAgain();
    } finally {
      setBusy(null);
    }
  };

  const resume = (): void => {
    void getKioskApi()
      .staff.lock()
      .catch(() => undefined);
    kioskStore.getState().closeStaff();
  };

  const reloadContent = () =>
    run('reload', async () => {
      const state = await getKioskApi().staff.reloadContent();
      kioskStore.getState().receiveContent(state);
      await refresh();
      if (state.status === 'error') {
        const problems = contentProblemsText(
          state.problems.slice(0, NOTICE_PROBLEMS_SHOWN),
          state.problems.length,
          language,
        );
        return {
          ok: false,
          text: strings.noValidContent(state.problems.length, state.file),
          detail: problems,
        };
      }
      const reloaded = strings.contentReloaded(
        strings.contentSource[state.source],
        shortHash(state.hash),
      );
      const warnings = contentWarningTexts(state, language);
      const refused = warnings.length > 0 ? ` ${strings.refusedOnTheWay(warnings.join('; '))}` : '';
      return { ok: warnings.length === 0, text: `${reloaded}${refused}` };
    });

  const exportStats = () =>
    run('export', async () => {
      const result = await getKioskApi().staff.exportStats();
      if (!result.ok) return { ok: false, text: strings.exportFailed };
      const combined = result.combined
        ? `${strings.exportedCombined(result.combined.kiosks)} ${result.combined.path}`
        : undefined;
      return { ok: true, text: strings.exportedTo, path: result.path, detail: combined };
    });

  const runIdleWarning = (): void => {
    void getKioskApi()
      .staff.lock()
      .catch(() => undefined);
    kioskStore.getState().runIdleWarningNow();
  };

  const quit = (): void => {
    if (!confirmQuit) {
      setConfirmQuit(true);
      return;
    }
    void run('quit', async () => {
      await getKioskApi().staff.quit();
      return { ok: true, text: strings.quitting };
    });
  };

  if (changingPin) {
    return (
      <ChangePin
        onDone={(message) => {
          setChangingPin(false);
          setNotice(message);
        }}
      />
    );
  }

  if (loadingPacks) {
    return (
      <PackScreen
        onBack={() => {
          setLoadingPacks(false);
          void refresh(); // an installed pack changes what is running
        }}
      />
    );
  }

  const heroNames = new Map(
    contentState?.status === 'ready'
      ? contentState.content.heroes.map((hero) => [hero.id, hero.name[language]] as const)
      : [],
  );
  const heroRows: HeroViewsRow[] = Object.entries(stats?.viewsPerHero ?? {})
    .filter(([, views]) => views > 0)
    .sort(([idA, a], [idB, b]) => b - a || idA.localeCompare(idB))
    .map(([heroId, views]) => ({ heroId, views, name: heroNames.get(heroId) ?? heroId }));
  const uptime = status ? status.uptimeSeconds + Math.floor((now - fetchedAt) / 1000) : 0;
  const warnings =
    contentState?.status === 'ready' ? contentWarningTexts(contentState, language) : [];

  return (
    <div className="staff-panel">
      <header className="staff-panel__header">
        <div>
          <h1 className="staff-panel__title">{strings.panelTitle}</h1>
          <p className="staff-panel__subtitle">
            {strings.panelSubtitle(status ? status.version : null)}
          </p>
        </div>
        <StaffLanguageSwitch />
        <button type="button" className="staff-button staff-button--primary" onClick={resume}>
          {strings.resume}
        </button>
      </header>

      {notice && (
        <div
          className={notice.ok ? 'staff-notice' : 'staff-notice staff-notice--error'}
          role="status"
        >
          <p>{notice.text}</p>
          {notice.detail && <p className="staff-notice__detail">{notice.detail}</p>}
          {notice.path && <code className="staff-notice__path">{notice.path}</code>}
        </div>
      )}

      <div className="staff-panel__grid">
        <RunningCard
          status={status}
          uptimeSeconds={uptime}
          warnings={warnings}
          onKioskRenamed={(name) => {
            setNotice({ ok: true, text: strings.kioskNameSaved(name) });
            void refresh();
          }}
          onLocked={askForPinAgain}
        />

        <section className="staff-card staff-card--actions" aria-labelledby="staff-actions">
          <h2 id="staff-actions" className="staff-card__title">
            {strings.actions}
          </h2>
          <div className="staff-actions">
            <button
              type="button"
              className="staff-button"
              disabled={busy !== null}
              onClick={() => void reloadContent()}
            >
              {busy === 'reload' ? strings.reloading : strings.reloadContent}
            </button>
            <button
              type="button"
              className="staff-button"
              disabled={busy !== null}
              onClick={() => setLoadingPacks(true)}
            >
              {strings.packs.open}
            </button>
            <button
              type="button"
              className="staff-button"
              disabled={busy !== null}
              onClick={() => void exportStats()}
            >
              {busy === 'export' ? strings.exporting : strings.exportStats}
            </button>
            <button
              type="button"
              className="staff-button"
              // The warning belongs to the visitor screens, which need valid content.
              disabled={busy !== null || contentState?.status !== 'ready'}
              onClick={runIdleWarning}
            >
              {strings.runIdleWarning}
            </button>
            <button
              type="button"
              className="staff-button"
              disabled={busy !== null}
              onClick={() => setChangingPin(true)}
            >
              {strings.changePin}
            </button>
            <button
              type="button"
              className="staff-button"
              disabled={busy !== null}
              onClick={() => kioskStore.getState().openStudio()}
            >
              {strings.editContent}
            </button>
            {status?.canQuit && (
              <button
                type="button"
                className="staff-button staff-button--danger"
                disabled={busy !== null}
                onClick={quit}
              >
                {confirmQuit ? strings.tapAgainToQuit : strings.quitToDesktop}
              </button>
            )}
          </div>
        </section>

        <section className="staff-card staff-card--visitors" aria-labelledby="staff-visitors">
          <h2 id="staff-visitors" className="staff-card__title">
            {strings.visitors}
          </h2>
          {stats ? (
            <VisitorTable today={stats.today} total={stats.total} />
          ) : (
            <p className="staff-card__loading">{strings.loading}</p>
          )}
          <p className="staff-card__note">{strings.anonymousNote}</p>
        </section>

        <section className="staff-card staff-card--charts" aria-label={strings.charts}>
          {stats && (
            <>
              <SessionsPerHourChart
                counts={stats.sessionsPerHourToday}
                currentHour={new Date(now).getHours()}
              />
              <HeroViewsChart
                rows={heroRows.slice(0, TOP_HEROES)}
                hiddenCount={Math.max(0, heroRows.length - TOP_HEROES)}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
