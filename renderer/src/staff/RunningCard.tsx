// Runs in: renderer. The staff panel's "What is running" card: version, content source and hash,
// drafts, uptime, restarts, last crash, and content files that were refused on the way.
import type { StaffStatus } from '../../../common/ipc-contract';
import { contentSourceLabel, formatDuration, shortHash } from './staff-format';

interface RunningCardProps {
  status: StaffStatus | null;
  /** Counted on from the status's uptime while the panel stays open. */
  uptimeSeconds: number;
  warnings: readonly string[];
}

export function RunningCard({ status, uptimeSeconds, warnings }: RunningCardProps) {
  return (
    <section className="staff-card staff-card--running" aria-labelledby="staff-running">
      <h2 id="staff-running" className="staff-card__title">
        What is running
      </h2>
      {status ? (
        <dl className="staff-facts">
          <dt>Version</dt>
          <dd>{status.version}</dd>
          <dt>Content</dt>
          <dd>
            {contentSourceLabel(status.contentSource)}
            <code className="staff-facts__path">{status.contentDirectory || '—'}</code>
          </dd>
          <dt>Content hash</dt>
          <dd>
            <code>{shortHash(status.contentHash)}</code>
          </dd>
          <dt>Heroes</dt>
          <dd>
            {status.heroes} · {status.drafts} draft{status.drafts === 1 ? '' : 's'}
          </dd>
          <dt>Uptime</dt>
          <dd>{formatDuration(uptimeSeconds)}</dd>
          <dt>Restarts</dt>
          <dd>{status.restarts}</dd>
          <dt>Last crash</dt>
          <dd>{status.lastCrashReason ?? 'None'}</dd>
        </dl>
      ) : (
        <p className="staff-card__loading">Loading…</p>
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
