// Runs in: Node (vitest). The studio's checks: schema problems at their fields (they block Publish)
// and the "Ready for the mall" checklist (what `content:check --strict` refuses).
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../electron/main/curator/curator-checks';
import { draftFromContent } from '../../../electron/main/curator/draft-content';
import { readShippedContent } from '../content/support/content-folder';
import { edited, heroAt } from './support/studio';

async function shippedDraft() {
  const content = await readShippedContent();
  content.heroes = content.heroes.slice(0, 3);
  return draftFromContent(content);
}
const idsOf = (draft: Awaited<ReturnType<typeof shippedDraft>>) =>
  new Map(draft.heroes.map((hero) => [hero.key, hero.id]));

describe('curator checks', () => {
  it('the shipped content can be published but is not ready for the mall', async () => {
    const draft = await shippedDraft();
    const checks = checkDraft(draft, idsOf(draft));
    expect(checks.canPublish).toBe(true);
    expect(checks.readyForMall).toBe(false);
    const count = (item: string) => checks.checklist.find((entry) => entry.item === item)?.count;
    expect(count('placeholder-photos')).toBe(3);
    expect(count('drafts')).toBe(draft.heroes.filter((hero) => hero.status === 'draft').length);
    expect(count('problems')).toBe(0);
  });

  it('words each problem as a code at its field', async () => {
    const draft = edited(await shippedDraft(), (d) => {
      heroAt(d, 0).name.kk = '   ';
      heroAt(d, 1).shortLine.ru = heroAt(d, 1).shortLine.en;
      heroAt(d, 2).photo.portrait = null;
      d.settings.warningSeconds = 5;
      d.settings.idleTimeoutSeconds = 5000;
      d.exhibition.opens = '1 April';
      d.settings.languages = ['ru', 'en'];
    });
    const checks = checkDraft(
      draft,
      idsOf(draft),
      new Map([[heroAt(draft, 0).photo.thumbnail ?? '', 500_000]]),
    );
    const at = (path: string) => checks.problems.filter((problem) => problem.path === path);
    expect(at('heroes.0.name.kk')).toEqual([
      { path: 'heroes.0.name.kk', code: 'text-empty', severity: 'error', params: {} },
    ]);
    expect(at('heroes.1.shortLine.ru')).toEqual([
      {
        path: 'heroes.1.shortLine.ru',
        code: 'translation-missing',
        severity: 'strict',
        params: { language: 'ru' },
      },
    ]);
    // A missing photograph is said once, at the photo.
    expect(checks.problems.filter((problem) => problem.path.startsWith('heroes.2.photo'))).toEqual([
      { path: 'heroes.2.photo', code: 'photo-missing', severity: 'error', params: {} },
    ]);
    expect(at('settings.warningSeconds')[0]).toMatchObject({
      code: 'number-too-small',
      params: { min: 20 },
    });
    expect(at('settings.idleTimeoutSeconds')[0]).toMatchObject({
      code: 'number-too-large',
      params: { max: 900 },
    });
    expect(at('exhibition.opens')[0]).toMatchObject({ code: 'date-invalid' });
    expect(at('settings.languages')[0]).toMatchObject({ code: 'languages-missing-default' });
    expect(at('heroes.0.photo.thumbnail')[0]).toMatchObject({
      code: 'file-over-budget',
      severity: 'strict',
      params: { bytes: 500_000, maxBytes: 120 * 1024 },
    });
    expect(checks.canPublish).toBe(false);
  });
});
