// Runs in: Node (vitest). Publishing the working copy: the kiosk's folder gets the new content.json
// and the images it names, the kiosk reloads, "Restore previous" undoes one publish; a crash or a
// full disk mid-publish leaves the published content byte for byte as it was.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  studioFixtures,
  edited,
  fillableFs,
  heroAt,
  publishedFiles,
  saveEdited,
} from './support/studio';

const studioFixture = studioFixtures();

describe('curator publish', () => {
  it('publishes one changed hero with its new photograph; the kiosk reloads; restore undoes it', async () => {
    const fixture = await studioFixture();
    const before = await publishedFiles(fixture.targetDir);
    const revision = await saveEdited(
      fixture,
      (d) => {
        heroAt(d, 1).status = 'ready';
        heroAt(d, 1).shortLine.en = 'Teaches children to code';
      },
      true,
    );
    const result = await fixture.studio.handlers['curator:publish']({ baseRevision: revision });
    if (!result.ok) throw new Error(`publish refused: ${result.reason}`);
    expect(fixture.reloads()).toBe(1);
    expect(result.published.publishedAt).not.toBeNull();

    const published = JSON.parse(await readFile(join(fixture.targetDir, 'content.json'), 'utf8'));
    const hero = published.heroes[1];
    expect(hero).toMatchObject({ id: 'daniil-kim', status: 'ready' });
    expect(hero.shortLine.en).toBe('Teaches children to code');
    expect(hero.photo).not.toHaveProperty('original'); // the studio's own record stays out
    // The 4K portrait was pending and is rendered by the publish; every named file is in the folder.
    expect(hero.photo.portrait4k).toMatch(/^assets\/studio\/.+-portrait-4k\.webp$/);
    for (const path of [hero.photo.portrait, hero.photo.portrait4k, hero.photo.thumbnail]) {
      expect((await stat(join(fixture.targetDir, path))).isFile()).toBe(true);
    }
    // What the kiosk now runs is that file.
    const reopened = await fixture.studio.handlers['curator:open'](undefined);
    expect(reopened.published.hash).toBe(result.published.hash);
    expect(reopened.canRestorePrevious).toBe(true);
    expect(reopened.publishedChangedSinceDraft).toBe(true);

    const restored = await fixture.studio.handlers['curator:restore-previous'](undefined);
    expect(restored).toMatchObject({ ok: true });
    expect(await publishedFiles(fixture.targetDir)).toEqual(before);
    expect(fixture.reloads()).toBe(2);
    // One step only.
    expect(await fixture.studio.handlers['curator:restore-previous'](undefined)).toEqual({
      ok: false,
      reason: 'nothing-to-restore',
    });
  }, 120_000);

  it('a crash just before content.json is replaced leaves the published content byte for byte', async () => {
    const fixture = await studioFixture({
      publishHooks: {
        beforeCommit: () => {
          throw new Error('power cut');
        },
      },
    });
    const before = await publishedFiles(fixture.targetDir);
    const revision = await saveEdited(
      fixture,
      (d) => {
        heroAt(d, 0).name.en = 'Renamed';
      },
      true,
    );
    const result = await fixture.studio.handlers['curator:publish']({ baseRevision: revision });
    expect(result).toMatchObject({ ok: false, reason: 'write-failed', cause: 'io' });
    expect(await publishedFiles(fixture.targetDir)).toEqual(before);
    expect(fixture.reloads()).toBe(0);
    // The curator's typing is still in the working copy.
    const reopened = await fixture.studio.handlers['curator:open'](undefined);
    expect(heroAt(reopened.workingCopy.content, 0).name.en).toBe('Renamed');
  }, 120_000);

  it('a full disk mid-publish: "disk full", and nothing published changed', async () => {
    const disk = fillableFs();
    const fixture = await studioFixture({ fs: disk.fs });
    const before = await publishedFiles(fixture.targetDir);
    const revision = await saveEdited(fixture, (d) => {
      heroAt(d, 2).role.en = 'Changed';
    });
    disk.full();
    const result = await fixture.studio.handlers['curator:publish']({ baseRevision: revision });
    expect(result).toMatchObject({ ok: false, reason: 'write-failed', cause: 'disk-full' });
    expect(await publishedFiles(fixture.targetDir)).toEqual(before);
  });

  it('problems block publishing (an empty story), and a stale revision is a conflict', async () => {
    const fixture = await studioFixture();
    const before = await publishedFiles(fixture.targetDir);
    const revision = await saveEdited(fixture, (d) => {
      heroAt(d, 0).story.ru = ['', '  '];
    });
    const blocked = await fixture.studio.handlers['curator:publish']({ baseRevision: revision });
    if (blocked.ok || blocked.reason !== 'problems') throw new Error('expected problems');
    expect(blocked.checks.problems).toContainEqual({
      path: 'heroes.0.story.ru',
      code: 'text-empty',
      severity: 'error',
      params: {},
    });
    expect(
      await fixture.studio.handlers['curator:publish']({ baseRevision: revision - 1 }),
    ).toMatchObject({
      ok: false,
      reason: 'conflict',
    });
    expect(await publishedFiles(fixture.targetDir)).toEqual(before);
  });

  it('the first publish into an empty override folder brings the images it needs; restore removes it again', async () => {
    const fixture = await studioFixture({ heroes: 0 });
    const opened = await fixture.studio.handlers['curator:open'](undefined);
    expect(opened.published).toMatchObject({ hash: '', source: 'bundled' });
    const added = edited(opened.workingCopy.content, (d) => {
      const copy = structuredClone(heroAt(d, 0));
      d.heroes.push({
        ...copy,
        key: 'new-1',
        id: '',
        name: { kk: 'Әлия Мұратқызы', ru: 'Алия Муратовна', en: 'Aliya Muratkyzy' },
      });
    });
    const saved = await fixture.studio.handlers['curator:save']({
      baseRevision: 1,
      content: added,
    });
    if (!saved.ok) throw new Error('save refused');
    // The id comes from the name; the shipped ids stay.
    expect(saved.heroIds['new-1']).toBe('aliya-muratkyzy');
    expect(saved.heroIds['hero-04']).toBe('hero-04');
    const result = await fixture.studio.handlers['curator:publish']({
      baseRevision: saved.revision,
    });
    if (!result.ok) throw new Error(`publish refused: ${result.reason}`);
    expect(result.published.source).toBe('override');
    const files = await publishedFiles(fixture.targetDir);
    expect(files.size).toBeGreaterThan(60); // content.json and every placeholder it names
    expect(await fixture.studio.handlers['curator:restore-previous'](undefined)).toMatchObject({
      ok: true,
    });
    await expect(stat(join(fixture.targetDir, 'content.json'))).rejects.toThrow();
  }, 120_000);
});
