// Runs in: renderer (the studio's chunk). The studio's top: its name and language, the sections,
// whether the typing is saved, and Publish / Restore previous with what became of them.
import { useEffect, useState } from 'react';
import type { Language } from '../../../common/content-schema';
import { LANGUAGE_NAMES, LANGUAGE_ORDER } from '../i18n/ui-strings';
import { formatClock, formatNumber } from './curator-format';
import { kioskStore, useKiosk } from '../store/kiosk-store';
import { useCurator, useCuratorStrings } from './curator-context';
import type { PublishState, StudioSection } from './curator-store';
import type { CuratorStrings } from './curator-strings';
import { refusedActionsText } from './refused-actions-text';

const SECTIONS: readonly StudioSection[] = ['heroes', 'exhibition', 'settings', 'checklist'];
/** "Tap again to restore" waits this long for the second tap. */
const CONFIRM_MS = 5000;

export function StudioHeader({
  checklistCount,
  onLeave,
}: {
  checklistCount: number;
  onLeave?: () => void;
}) {
  const { strings, language } = useCuratorStrings();
  const section = useCurator((state) => state.section);
  const showSection = useCurator((state) => state.showSection);
  return (
    <header className="studio-header">
      <div className="studio-header__top">
        <p className="studio-header__brand">
          <span className="studio-header__mark" aria-hidden="true" />
          <span className="studio-header__exhibition">{strings.exhibitionName}</span>
          <span className="studio-header__studio">{strings.studio}</span>
        </p>
        <StudioLanguageSwitch />
        {onLeave && (
          <button type="button" className="studio-button studio-button--on-dark" onClick={onLeave}>
            {strings.leaveStudio}
          </button>
        )}
      </div>
      <div className="studio-header__bar">
        <nav className="studio-tabs" aria-label={strings.studio}>
          {SECTIONS.map((item) => (
            <button
              key={item}
              type="button"
              className="studio-tabs__tab"
              aria-current={item === section ? 'page' : undefined}
              onClick={() => showSection(item)}
            >
              {strings.sections[item]}
              {item === 'checklist' && checklistCount > 0 && (
                <span className="studio-tabs__count">{formatNumber(checklistCount, language)}</span>
              )}
            </button>
          ))}
        </nav>
        <SaveStatus />
        <PublishActions />
      </div>
      <StudioNotices />
    </header>
  );
}

function StudioLanguageSwitch() {
  const { strings } = useCuratorStrings();
  const current = useKiosk((state) => state.language);
  return (
    <div className="studio-language" role="group" aria-label={strings.languageSwitch}>
      {LANGUAGE_ORDER.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="studio-language__option"
          aria-pressed={code === current}
          onClick={() => kioskStore.getState().chooseStaffLanguage(code)}
        >
          {LANGUAGE_NAMES[code]}
        </button>
      ))}
    </div>
  );
}

function SaveStatus() {
  const { strings, language } = useCuratorStrings();
  const save = useCurator((state) => state.save);
  const text =
    save.kind === 'saved'
      ? save.at === null
        ? ''
        : strings.savedAt(formatClock(save.at, language))
      : save.kind === 'saving'
        ? strings.saving
        : save.kind === 'pending'
          ? strings.unsaved
          : '';
  return (
    <p className={`studio-save studio-save--${save.kind}`} role="status" data-save={save.kind}>
      {text}
    </p>
  );
}

function PublishActions() {
  const { strings } = useCuratorStrings();
  const publish = useCurator((state) => state.publish);
  const canRestore = useCurator((state) => state.canRestore);
  const publishNow = useCurator((state) => state.publishNow);
  const restorePrevious = useCurator((state) => state.restorePrevious);
  const [confirming, setConfirming] = useState(false);
  const busy = publish.kind === 'publishing' || publish.kind === 'restoring';

  useEffect(() => {
    if (!confirming) return;
    const timer = setTimeout(() => setConfirming(false), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [confirming]);

  return (
    <div className="studio-publish">
      <button
        type="button"
        className="studio-button"
        disabled={busy || !canRestore}
        onClick={() => {
          if (!confirming) {
            setConfirming(true);
            return;
          }
          setConfirming(false);
          void restorePrevious();
        }}
      >
        {publish.kind === 'restoring'
          ? strings.restoring
          : confirming
            ? strings.confirmRestore
            : strings.restorePrevious}
      </button>
      <button
        type="button"
        className="studio-button studio-button--primary studio-button--publish"
        disabled={busy}
        onClick={() => void publishNow()}
      >
        {publish.kind === 'publishing' ? strings.publishing : strings.publish}
      </button>
    </div>
  );
}

/** What became of the last save, publication or restore, said once and kept until the next. */
function StudioNotices() {
  const { strings, language } = useCuratorStrings();
  const save = useCurator((state) => state.save);
  const publish = useCurator((state) => state.publish);
  const saveNow = useCurator((state) => state.saveNow);
  const resolveConflict = useCurator((state) => state.resolveConflict);
  const showSection = useCurator((state) => state.showSection);
  const publishedChanged = useCurator((state) => state.publishedChanged);
  const discardDraft = useCurator((state) => state.discardDraft);
  const notDone = useCurator((state) => state.notDone);
  const draft = useCurator((state) => state.draft);
  const askPin = useCurator((state) => state.askPin);

  if (notDone.length > 0) {
    return (
      <div className="studio-notice studio-notice--error" role="alert">
        <p>
          {strings.notDoneWithoutPin(refusedActionsText(notDone, draft, language, strings))}
          {save.kind !== 'saved' && ` ${strings.typingKept}`}
        </p>
        <div className="studio-notice__actions">
          <button type="button" className="studio-button" onClick={askPin}>
            {strings.enterPin}
          </button>
        </div>
      </div>
    );
  }
  if (save.kind === 'conflict') {
    return (
      <div className="studio-notice studio-notice--error" role="alert">
        <p>{strings.conflict}</p>
        <div className="studio-notice__actions">
          <button type="button" className="studio-button" onClick={() => resolveConflict('mine')}>
            {strings.keepMine}
          </button>
          <button type="button" className="studio-button" onClick={() => resolveConflict('theirs')}>
            {strings.loadTheirs}
          </button>
        </div>
      </div>
    );
  }
  if (save.kind === 'failed') {
    const reason = save.reason;
    return (
      <div className="studio-notice studio-notice--error" role="alert">
        <p>
          {strings.saveFailed[reason]} {strings.typingKept}
        </p>
        <div className="studio-notice__actions">
          <button type="button" className="studio-button" onClick={() => void saveNow()}>
            {strings.tryAgain}
          </button>
        </div>
      </div>
    );
  }
  const notice = publishNotice(publish, strings, language);
  if (!notice && publishedChanged) {
    return (
      <div className="studio-notice" role="status">
        <p>{strings.publishedChanged}</p>
        <div className="studio-notice__actions">
          <button type="button" className="studio-button" onClick={() => void discardDraft()}>
            {strings.discardDraft}
          </button>
        </div>
      </div>
    );
  }
  if (!notice) return null;
  return (
    <div
      className={notice.ok ? 'studio-notice' : 'studio-notice studio-notice--error'}
      role={notice.ok ? 'status' : 'alert'}
    >
      <p>{notice.text}</p>
      {publish.kind === 'refused' && (
        <div className="studio-notice__actions">
          <button type="button" className="studio-button" onClick={() => showSection('checklist')}>
            {strings.showProblems}
          </button>
        </div>
      )}
    </div>
  );
}

function publishNotice(
  publish: PublishState,
  strings: CuratorStrings,
  language: Language,
): { ok: boolean; text: string } | null {
  switch (publish.kind) {
    case 'published':
      return { ok: true, text: strings.publishedAt(formatClock(publish.at, language)) };
    case 'refused':
      return {
        ok: false,
        text: strings.publishRefused(formatNumber(publish.count, language)),
      };
    case 'failed':
      return { ok: false, text: `${strings.publishFailed} ${strings.saveFailed[publish.reason]}` };
    case 'restored':
      return { ok: true, text: strings.restored };
    case 'nothing-to-restore':
      return { ok: false, text: strings.nothingToRestore };
    case 'restore-failed':
      return { ok: false, text: `${strings.restoreFailed} ${strings.saveFailed[publish.reason]}` };
    default:
      return null;
  }
}
