// Runs in: renderer. Words a content pack for staff in their language (pure, unit tested): why one
// was refused, what installing it would change, when it was made.
import type { Language } from '../../../common/content-schema';
import type { HeroRef, PackDiff, PackRefusal } from '../../../common/content-pack';
import { contentProblemsText } from './staff-messages';
import { formatCount } from './staff-format';
import { STAFF_STRINGS } from './staff-strings';

/** A change line names this many heroes; the rest are counted. */
export const DIFF_NAMES_SHOWN = 4;

export function packRefusalText(refusal: PackRefusal, language: Language): string {
  const strings = STAFF_STRINGS[language].packs.refusal;
  const kilobytes = (bytes: number) => formatCount(Math.ceil(bytes / 1024), language);
  switch (refusal.code) {
    case 'manifest-invalid':
    case 'install-failed':
      return strings[refusal.code](refusal.error);
    case 'newer-format':
      return strings[refusal.code](
        formatCount(refusal.formatVersion, language),
        formatCount(refusal.supported, language),
      );
    case 'unsafe-path':
    case 'extra-file':
    case 'missing-file':
    case 'wrong-hash':
      return strings[refusal.code](refusal.path);
    case 'invalid-content':
      return strings[refusal.code](
        contentProblemsText(refusal.problems, refusal.problemCount, language),
      );
    case 'image-over-budget':
      return strings[refusal.code](
        refusal.path,
        kilobytes(refusal.bytes),
        kilobytes(refusal.maxBytes),
      );
    case 'pack-gone':
      return strings[refusal.code]();
    case 'content-dir-in-use':
      return strings[refusal.code](refusal.directory);
  }
}

function heroNames(heroes: readonly HeroRef[], language: Language): string {
  const names = heroes.slice(0, DIFF_NAMES_SHOWN).map((hero) => hero.name[language]);
  const hidden = heroes.length - DIFF_NAMES_SHOWN;
  if (hidden > 0) {
    names.push(STAFF_STRINGS[language].packs.andMore(formatCount(hidden, language)));
  }
  return names.join(', ');
}

/** One line per kind of change; a single "same as running" line when nothing changes. */
export function packDiffLines(diff: PackDiff, language: Language): string[] {
  const strings = STAFF_STRINGS[language].packs;
  const lines: string[] = [];
  const heroLines = [
    [diff.added, strings.added],
    [diff.changed, strings.changed],
    [diff.removed, strings.removed],
    [diff.photosReplaced, strings.photosReplaced],
  ] as const;
  for (const [heroes, line] of heroLines) {
    if (heroes.length > 0) {
      lines.push(line(formatCount(heroes.length, language), heroNames(heroes, language)));
    }
  }
  if (diff.exhibitionChanged) lines.push(strings.exhibitionChanged);
  if (diff.settingsChanged) lines.push(strings.settingsChanged);
  return lines.length > 0 ? lines : [strings.noChanges];
}

/**
 * "05.04.2022 09:30" in the kiosk's local time, the same in every language (ICU builds lack Kazakh
 * month names, and staff compare dates across kiosks); an unreadable date stays as written.
 */
export function formatPackDate(isoDate: string): string {
  const time = Date.parse(isoDate);
  if (Number.isNaN(time)) return isoDate || '—';
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}
