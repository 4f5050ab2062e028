// Runs in: renderer (the studio's chunk). Names the actions that wait for the staff PIN, or were not
// done without it (retry-after-unlock.ts), in the studio's language: "publishing; the photo for
// Yeldar Grebnev".
import type { Language } from '../../../common/content-schema';
import type { DraftContent } from '../../../common/curator-contract';
import type { CuratorStrings } from './curator-strings';
import { heroName } from './HeroList';
import type { RefusedAction } from './retry-after-unlock';

export function refusedActionsText(
  actions: readonly RefusedAction[],
  draft: DraftContent | null,
  language: Language,
  strings: CuratorStrings,
): string {
  const words = strings.refusedAction;
  const nameOf = (heroKey: string): string => {
    const hero = draft?.heroes.find((item) => item.key === heroKey);
    return hero ? heroName(hero, language, strings) : strings.untitled;
  };
  return actions
    .map((action) =>
      action.kind === 'photo' || action.kind === 'focal-point'
        ? words[action.kind](nameOf(action.heroKey))
        : words[action.kind],
    )
    .join('; ');
}
