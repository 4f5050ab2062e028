// Runs in: main process. Pure: what installing a pack would change against the running content, in
// the words staff think in: heroes added, changed or removed, photos replaced, and whether the
// exhibition texts or kiosk settings differ. Photos are compared by their bytes' sha256, not by name.
import type { Content, Hero } from '../../../../common/content-schema';
import type { HeroRef, PackDiff } from '../../../../common/content-pack';

export interface ComparableContent {
  content: Content;
  /** sha256 of each image by its path in content.json; a path without one counts as different. */
  fileHashes: ReadonlyMap<string, string>;
}

const PHOTO_FILES = ['portrait', 'portrait4k', 'thumbnail'] as const;

function heroRef(hero: Hero): HeroRef {
  return { id: hero.id, name: hero.name };
}

/** The hero without its image file names and blurred preview, which follow the photo itself. */
function heroWithoutPhotoFiles(hero: Hero): string {
  const photo: Partial<Hero['photo']> = { ...hero.photo };
  delete photo.portrait;
  delete photo.portrait4k;
  delete photo.thumbnail;
  delete photo.placeholder;
  return JSON.stringify({ ...hero, photo });
}

function photoFingerprint(hero: Hero, hashes: ReadonlyMap<string, string>): string {
  return PHOTO_FILES.map((key) => {
    const path = hero.photo[key];
    return path === undefined ? '-' : (hashes.get(path) ?? `missing:${path}`);
  }).join(' ');
}

export function diffContent(current: ComparableContent | null, next: ComparableContent): PackDiff {
  const before = new Map((current?.content.heroes ?? []).map((hero) => [hero.id, hero]));
  const after = new Set(next.content.heroes.map((hero) => hero.id));
  const diff: PackDiff = {
    added: [],
    changed: [],
    removed: [],
    photosReplaced: [],
    exhibitionChanged:
      JSON.stringify(current?.content.exhibition) !== JSON.stringify(next.content.exhibition),
    settingsChanged:
      JSON.stringify(current?.content.settings) !== JSON.stringify(next.content.settings),
  };
  for (const hero of next.content.heroes) {
    const old = before.get(hero.id);
    if (!old || !current) {
      diff.added.push(heroRef(hero));
      continue;
    }
    if (heroWithoutPhotoFiles(old) !== heroWithoutPhotoFiles(hero))
      diff.changed.push(heroRef(hero));
    if (photoFingerprint(old, current.fileHashes) !== photoFingerprint(hero, next.fileHashes)) {
      diff.photosReplaced.push(heroRef(hero));
    }
  }
  for (const hero of current?.content.heroes ?? []) {
    if (!after.has(hero.id)) diff.removed.push(heroRef(hero));
  }
  return diff;
}

/** True when installing would change nothing a visitor sees. */
export function isEmptyDiff(diff: PackDiff): boolean {
  return (
    diff.added.length + diff.changed.length + diff.removed.length + diff.photosReplaced.length ===
      0 &&
    !diff.exhibitionChanged &&
    !diff.settingsChanged
  );
}
