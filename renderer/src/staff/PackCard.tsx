// Runs in: renderer. One content pack on the "Load content from USB" screen: its label, where it was
// found, when it was made, heroes and drafts, its hash, what installing it would change (or why it
// cannot be installed), and the install button, which asks for a second tap.
import type { PackSummary } from '../../../common/content-pack';
import { formatPackDate, packDiffLines, packRefusalText } from './pack-messages';
import { formatCount, shortHash } from './staff-format';
import { useStaffStrings } from './use-staff-strings';

interface PackCardProps {
  pack: PackSummary;
  /** This pack's button was tapped once and waits for the second tap. */
  confirming: boolean;
  installing: boolean;
  /** Another pack is being installed, or the list is being read. */
  disabled: boolean;
  onInstall(): void;
}

export function PackCard({ pack, confirming, installing, disabled, onInstall }: PackCardProps) {
  const { strings, language } = useStaffStrings();
  const words = strings.packs;
  const titleId = `pack-${pack.id}`;
  return (
    <article
      className={pack.refusal ? 'pack-card pack-card--refused' : 'pack-card'}
      aria-labelledby={titleId}
    >
      <header className="pack-card__header">
        <h2 id={titleId} className="pack-card__label">
          {pack.label}
        </h2>
        {pack.running && <span className="pack-card__badge">{words.isRunning}</span>}
      </header>
      <p className="pack-card__where">
        {words.location[pack.location]} · <code>{pack.folderName}</code>
      </p>
      <p className="pack-card__facts">
        <span>{words.made(formatPackDate(pack.createdAt))}</span>
        {!pack.refusal && (
          <span>
            {strings.heroes}:{' '}
            {strings.heroesAndDrafts(formatCount(pack.heroes, language), pack.drafts)}
          </span>
        )}
        <span>
          {words.hash}: <code>{shortHash(pack.hash)}</code>
        </span>
      </p>
      {pack.refusal ? (
        <p className="pack-card__refusal">
          {words.cannotInstall} {packRefusalText(pack.refusal, language)}
        </p>
      ) : (
        pack.diff && (
          <div className="pack-card__diff">
            <h3 className="pack-card__diff-title">{words.whatChanges}</h3>
            <ul>
              {packDiffLines(pack.diff, language).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )
      )}
      {!pack.refusal && !pack.running && (
        <button
          type="button"
          className={confirming ? 'staff-button staff-button--primary' : 'staff-button'}
          disabled={disabled}
          onClick={onInstall}
        >
          {installing ? words.installing : confirming ? words.confirmInstall : words.install}
        </button>
      )}
    </article>
  );
}
