// Runs in: renderer. The staff panel's "What is running" card: version, content source and hash,
// drafts, uptime, restarts, last crash, the kiosk's name (changed here), and content files that were refused on the way (already
// worded in the staff language by staff-messages.ts).
import type { StaffStatus } from '../../../common/ipc-contract';
import { KioskNameField } from './KioskNameField';
import { formatCount, formatDuration, shortHash } from './staff-format';
import { useStaffStrings } from './use-staff-strings';

interface RunningCardProps {
  status: StaffStatus | null;
  /** Counted on from the status's uptime while the panel stays open. */
  uptimeSeconds: number;
  warnings: readonly string[];
  onKioskRenamed(name: string): void;
  onLocked(): void;
}

export function RunningCard({
  status,
  uptimeSeconds,
  warnings,
  onKioskRenamed,
  onLocked,
}: RunningCardProps) {
  const { strings, language } = useStaffStrings();
  return (
    <section className="staff-card staff-card--running" aria-labelledby="staff-running">
      <h2 id="staff-running" className="staff-card__title">
        {strings.running}
      </h2>
      <KioskNameField
        name={status?.kioskName ?? null}
        onRenamed={onKioskRenamed}
        onLocked={onLocked}
      />
      {status ? (
        <dl className="staff-facts">
          <dt>{strings.version}</dt>
          <dd>{status.version}</dd>
          <dt>{strings.content}</dt>
          <dd>
            {strings.contentSource[status.contentSource]}
            <code className="staff-facts__path">{status.contentDirectory || '—'}</code>
          </dd>
          {status.pack && (
            <>
              <dt>{strings.packs.runningNow}</dt>
              <dd>
                {status.pack.label} · <code>{shortHash(status.pack.hash)}</code>
              </dd>
            </>
          )}
          <dt>{strings.contentHash}</dt>
          <dd>
            <code>{shortHash(status.contentHash)}</code>
          </dd>
          <dt>{strings.heroes}</dt>
          <dd>{strings.heroesAndDrafts(formatCount(status.heroes, language), status.drafts)}</dd>
          <dt>{strings.uptime}</dt>
          <dd>{formatDuration(uptimeSeconds, language)}</dd>
          <dt>{strings.restarts}</dt>
          <dd>{formatCount(status.restarts, language)}</dd>
          <dt>{strings.lastCrash}</dt>
          <dd>{status.lastCrashReason ?? strings.none}</dd>
        </dl>
      ) : (
        <p className="staff-card__loading">{strings.loading}</p>
      )}
      {warnings.length > 0 && (
        <ul className="staff-warnings">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
