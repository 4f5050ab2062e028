// Runs in: Node (vitest). The studio's working copy through its channels: started from what is
// published, autosaved with revisions, a second curator's stale save refused, and bad input (a 1 MB
// text, a draft too large, a full disk, a damaged file) answered without losing what was saved.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invokeRequestSchemas } from '../../../common/ipc-contract';
import { MAX_DRAFT_BYTES } from '../../../common/curator-constants';
import type { ContentState } from '../../../common/ipc-contract';
import { createCuratorStudio } from '../../../electron/main/curator/curator-studio';
import { silentLogger } from '../../../electron/main/log/logger';
import { removeDir } from '../content/support/content-folder';
import type { StudioFixture } from './support/studio';
import { createStudioFixture, edited, fillableFs, heroAt } from './support/studio';

const noContent: ContentState = { status: 'error', file: '', problems: [] };
const fixtures: StudioFixture[] = [];
async function studioFixture(...args: Parameters<typeof createStudioFixture>) {
  const fixture = await createStudioFixture(...args);
  fixtures.push(fixture);
  return fixture;
}
afterEach(async () => {
  for (const fixture of fixtures.splice(0)) {
    await removeDir(fixture.targetDir);
    await removeDir(fixture.workDir);
  }
});

describe('curator working copy', () => {
  it('starts from the published content, one draft hero per hero, keyed by id', async () => {
    const { studio } = await studioFixture();
    const opened = await studio.handlers['curator:open'](undefined);
    expect(opened.workingCopy.revision).toBe(1);
    expect(opened.workingCopy.content.heroes.map((hero) => hero.key)).toEqual([
      'yeldar-grebnev',
      'daniil-kim',
      'leila-mardenova',
    ]);
    expect(opened.publishedChangedSinceDraft).toBe(false);
    expect(opened.canRestorePrevious).toBe(false);
    expect(opened.photoInput).toBe('upload');
    // The shipped content is valid but not ready for the mall: placeholders and drafts.
    expect(opened.checks.canPublish).toBe(true);
    expect(opened.checks.readyForMall).toBe(false);
  });

  it('saves every edit with the next revision, and the draft survives a restart', async () => {
    const fixture = await studioFixture();
    const opened = await fixture.studio.handlers['curator:open'](undefined);
    const draft = edited(opened.workingCopy.content, (d) => {
      heroAt(d, 0).story.kk = ['Жаңа әңгіме.', '', 'Екінші абзац.'];
    });
    const saved = await fixture.studio.handlers['curator:save']({
      baseRevision: 1,
      content: draft,
    });
    expect(saved).toMatchObject({ ok: true, revision: 2 });

    // A new studio over the same folders: the app was closed, or crashed, and opened again.
    const reopened = await createCuratorStudio({
      targetDir: fixture.targetDir,
      workDir: fixture.workDir,
      services: { currentContent: () => noContent, reloadContent: async () => noContent },
      log: silentLogger,
    }).handlers['curator:open'](undefined);
    expect(reopened.workingCopy.revision).toBe(2);
    expect(heroAt(reopened.workingCopy.content, 0).story.kk).toEqual([
      'Жаңа әңгіме.',
      '',
      'Екінші абзац.',
    ]);
  });

  it('two curators saving at once: the second, from the same revision, gets a conflict with the first one’s text', async () => {
    const { studio } = await studioFixture();
    const opened = await studio.handlers['curator:open'](undefined);
    const mine = edited(opened.workingCopy.content, (d) => {
      heroAt(d, 1).role.en = 'Mine';
    });
    const theirs = edited(opened.workingCopy.content, (d) => {
      heroAt(d, 1).role.en = 'Theirs';
    });
    const [first, second] = await Promise.all([
      studio.handlers['curator:save']({ baseRevision: 1, content: mine }),
      studio.handlers['curator:save']({ baseRevision: 1, content: theirs }),
    ]);
    expect(first).toMatchObject({ ok: true, revision: 2 });
    expect(second).toMatchObject({ ok: false, reason: 'conflict' });
    if (second.ok || second.reason !== 'conflict') throw new Error('expected a conflict');
    expect(second.current.revision).toBe(2);
    expect(heroAt(second.current.content, 1).role.en).toBe('Mine');
    // "Save mine anyway": the second curator saves again from the revision it was shown.
    const anyway = await studio.handlers['curator:save']({ baseRevision: 2, content: theirs });
    expect(anyway).toMatchObject({ ok: true, revision: 3 });
  });

  it('a text of 1 MB is saved (the typing is kept) and shown as too long at its field', async () => {
    const { studio } = await studioFixture();
    const opened = await studio.handlers['curator:open'](undefined);
    const megabyte = 'а'.repeat(512 * 1024); // 2 bytes each in UTF-8: 1 MB
    const draft = edited(opened.workingCopy.content, (d) => {
      heroAt(d, 2).shortLine.ru = megabyte;
    });
    // The channel accepts it (below MAX_DRAFT_TEXT_LENGTH)...
    expect(
      invokeRequestSchemas['curator:save'].safeParse({ baseRevision: 1, content: draft }).success,
    ).toBe(true);
    const saved = await studio.handlers['curator:save']({ baseRevision: 1, content: draft });
    if (!saved.ok) throw new Error(`save refused: ${saved.reason}`);
    expect(saved.checks.canPublish).toBe(false);
    expect(saved.checks.problems).toContainEqual({
      path: 'heroes.2.shortLine.ru',
      code: 'text-too-long',
      severity: 'error',
      params: { length: megabyte.length, max: 4000 },
    });
    const reopened = await studio.handlers['curator:open'](undefined);
    expect(heroAt(reopened.workingCopy.content, 2).shortLine.ru).toBe(megabyte);
    // ...and Publish refuses it, leaving the published file alone.
    const published = await studio.handlers['curator:publish']({ baseRevision: 2 });
    expect(published).toMatchObject({ ok: false, reason: 'problems' });
  });

  it('a draft over the size limit is refused as too large; the saved copy stays as it was', async () => {
    const { studio } = await studioFixture();
    const opened = await studio.handlers['curator:open'](undefined);
    const huge = 'x'.repeat(1_500_000);
    const draft = edited(opened.workingCopy.content, (d) => {
      for (const hero of d.heroes) hero.story.en = [huge, huge];
    });
    const saved = await studio.handlers['curator:save']({ baseRevision: 1, content: draft });
    expect(saved).toMatchObject({ ok: false, reason: 'too-large', maxBytes: MAX_DRAFT_BYTES });
    const reopened = await studio.handlers['curator:open'](undefined);
    expect(reopened.workingCopy).toEqual(opened.workingCopy);
  });

  it('a full disk: the save says so, and the last saved copy is intact', async () => {
    const disk = fillableFs();
    const { studio, workDir } = await studioFixture({ fs: disk.fs });
    const opened = await studio.handlers['curator:open'](undefined);
    const before = await readFile(join(workDir, 'working-copy.json'), 'utf8');
    disk.full();
    const draft = edited(opened.workingCopy.content, (d) => {
      heroAt(d, 0).name.en = 'Typed while the disk was full';
    });
    const saved = await studio.handlers['curator:save']({ baseRevision: 1, content: draft });
    expect(saved).toMatchObject({ ok: false, reason: 'write-failed', cause: 'disk-full' });
    expect(await readFile(join(workDir, 'working-copy.json'), 'utf8')).toBe(before);
  });

  it('a hero id or image path that tries to leave the content folder is refused by the channel', () => {
    const schema = invokeRequestSchemas['curator:save'];
    const base = { baseRevision: 1 };
    const draftWith = (patch: Record<string, unknown>) => ({
      ...base,
      content: { schemaVersion: 1, exhibition: {}, settings: {}, heroes: [patch] },
    });
    const parsed = (patch: Record<string, unknown>) => schema.safeParse(draftWith(patch));
    const issues = (patch: Record<string, unknown>) =>
      parsed(patch).error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(issues({ id: '../../etc' })).toContain('content.heroes.0.id');
    expect(issues({ photo: { portrait: '../outside.webp' } })).toContain(
      'content.heroes.0.photo.portrait',
    );
    expect(issues({ photo: { portrait: '/etc/passwd.png' } })).toContain(
      'content.heroes.0.photo.portrait',
    );
    expect(issues({ key: '../x' })).toContain('content.heroes.0.key');
  });

  it('a damaged working copy file is set aside (not deleted) and a fresh draft starts', async () => {
    const { studio, workDir } = await studioFixture();
    await studio.handlers['curator:open'](undefined);
    await writeFile(join(workDir, 'working-copy.json'), '{"revision": 7, "content": {');
    const opened = await studio.handlers['curator:open'](undefined);
    expect(opened.workingCopy.revision).toBe(1);
    const { readdir } = await import('node:fs/promises');
    const kept = (await readdir(workDir)).filter((name) =>
      name.startsWith('working-copy.damaged-'),
    );
    expect(kept).toHaveLength(1);
    expect(await readFile(join(workDir, kept[0] ?? ''), 'utf8')).toBe(
      '{"revision": 7, "content": {',
    );
  });
});
