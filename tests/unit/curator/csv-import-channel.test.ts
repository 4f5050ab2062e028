// Runs in: Node (vitest). The CSV import through the studio (curator:import-csv with Electron's folder
// dialog, and the preview's upload): a good folder becomes a new revision of the working copy and
// nothing is published; a refused one leaves the working copy and the published content as they were;
// a cancelled dialog, two imports at once, a stale revision and a forged upload change nothing.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packCsvUpload } from '../../../common/csv-upload';
import type { StudioFixture } from './support/studio';
import { heroAt, studioFixtures } from './support/studio';
import { csvFor, rowFor } from '../content/support/heroes-csv-rows';
import type { Row } from '../content/support/heroes-csv-rows';
import { makeTempDir, readShippedContent, removeDir } from '../content/support/content-folder';
import { smallPhoto } from './support/csv-folders';

const fixtureWith = studioFixtures();

async function rows(): Promise<{ first: Row; second: Row; newHero: Row }> {
  const [first, second] = (await readShippedContent()).heroes;
  if (!first || !second) throw new Error('the shipped content has fewer than two heroes');
  return {
    first: rowFor(first, { photo: 'first.jpg' }),
    second: { ...rowFor(second), role_en: 'Changed by the CSV' },
    newHero: { ...rowFor(second, { photo: 'new.jpg' }), id: 'test-hero', name_en: 'Test Hero' },
  };
}

async function uploadBody(files: Record<string, Buffer>): Promise<Buffer> {
  const { body } = packCsvUpload(
    Object.entries(files).map(([path, bytes]) => ({
      path,
      file: new Blob([new Uint8Array(bytes)]),
    })),
  );
  return Buffer.from(await body().arrayBuffer());
}

/** A folder of one hero with a photo. */
async function oneHeroUpload(): Promise<Buffer> {
  const { first } = await rows();
  return uploadBody({
    'heroes.csv': Buffer.from(csvFor([first])),
    'first.jpg': await smallPhoto(),
  });
}

async function state(fixture: StudioFixture) {
  const opened = await fixture.studio.handlers['curator:open'](undefined);
  return { copy: opened.workingCopy, published: await fixture.publishedBytes() };
}

describe('CSV import in the studio', () => {
  it('imports an uploaded folder into the working copy as a new revision, publishing nothing', async () => {
    const fixture = await fixtureWith();
    const before = await state(fixture);
    const { first, second, newHero } = await rows();
    const body = await uploadBody({
      'heroes.csv': Buffer.from(csvFor([second, newHero, first])),
      'first.jpg': await smallPhoto(),
      'new.jpg': await smallPhoto(700, 1000, '#30a060'),
    });
    const result = await fixture.studio.importCsvUpload(before.copy.revision, body);
    expect(result).toMatchObject({ ok: true, heroes: 3, photos: 2, keptPhotos: 1 });
    const after = await state(fixture);
    expect(after.copy.revision).toBe(before.copy.revision + 1);
    expect(after.copy.content.heroes.map((hero) => hero.name.en)).toEqual([
      second.name_en,
      'Test Hero',
      first.name_en,
    ]);
    expect(heroAt(after.copy.content, 0).role.en).toBe('Changed by the CSV');
    expect(heroAt(after.copy.content, 1).photo.original?.fileName).toBe('new.jpg');
    expect(after.copy.content.exhibition).toEqual(before.copy.content.exhibition);
    expect(after.published).toBe(before.published);
    expect(fixture.reloads()).toBe(0);
  }, 60_000);

  it('leaves the working copy and the published content as they were when a row is refused', async () => {
    const fixture = await fixtureWith();
    const before = await state(fixture);
    const { first, newHero } = await rows();
    const body = await uploadBody({
      'heroes.csv': Buffer.from(csvFor([first, { ...newHero, photo: '' }])),
      'first.jpg': await smallPhoto(),
    });
    const result = await fixture.studio.importCsvUpload(before.copy.revision, body);
    expect(result).toMatchObject({
      ok: false,
      reason: 'problems',
      problems: [{ row: 3, column: 'photo', code: 'new-hero-needs-photo' }],
    });
    expect(await state(fixture)).toEqual(before);
  });

  it('imports the folder chosen in the dialog; a closed dialog changes nothing', async () => {
    let chosen: string | null = null;
    const fixture = await fixtureWith({ chooseFolder: async () => chosen });
    const before = await state(fixture);
    const importCsv = fixture.studio.handlers['curator:import-csv'];
    expect(await importCsv({ baseRevision: before.copy.revision })).toEqual({
      ok: false,
      reason: 'cancelled',
    });
    expect(await state(fixture)).toEqual(before);

    const folder = await makeTempDir('csv-folder-');
    const { first } = await rows();
    await writeFile(join(folder, 'heroes.csv'), csvFor([first]));
    await writeFile(join(folder, 'first.jpg'), await smallPhoto());
    chosen = folder;
    const result = await importCsv({ baseRevision: before.copy.revision });
    expect(result).toMatchObject({ ok: true, heroes: 1, photos: 1 });
    expect((await state(fixture)).copy.content.heroes).toHaveLength(1);
    await removeDir(folder);
  }, 60_000);

  it('answers busy to a second import while one runs, and the first still lands', async () => {
    const fixture = await fixtureWith();
    const before = await state(fixture);
    const body = await oneHeroUpload();
    const running = fixture.studio.importCsvUpload(before.copy.revision, body);
    expect(await fixture.studio.importCsvUpload(before.copy.revision, body)).toEqual({
      ok: false,
      reason: 'busy',
    });
    expect(await fixture.studio.importPhoto('hero-04', 'x.jpg', await smallPhoto())).toEqual({
      ok: false,
      reason: 'busy',
    });
    expect(await running).toMatchObject({ ok: true });
    expect(await fixture.studio.handlers['curator:photo-progress'](undefined)).toBeNull();
  }, 60_000);

  it('refuses an import from an old revision (the curator typed meanwhile), changing nothing', async () => {
    const fixture = await fixtureWith();
    const before = await state(fixture);
    const body = await oneHeroUpload();
    const result = await fixture.studio.importCsvUpload(before.copy.revision - 1, body);
    expect(result).toEqual({ ok: false, reason: 'conflict' });
    expect(await state(fixture)).toEqual(before);
  });

  it('refuses a forged upload: a broken listing, bytes that do not add up, a file that may not travel', async () => {
    const fixture = await fixtureWith();
    const before = await state(fixture);
    const good = await uploadBody({ 'heroes.csv': Buffer.from('id\n') });
    const listing = (files: unknown): Buffer => {
      const json = Buffer.from(JSON.stringify({ files }));
      const length = Buffer.alloc(4);
      length.writeUInt32BE(json.length);
      return Buffer.concat([length, json]);
    };
    const forged = [
      Buffer.from([0, 0]),
      Buffer.concat([good, Buffer.from('extra')]),
      good.subarray(0, good.length - 1),
      listing([{ path: 'big.jpg', size: 400 * 1024 * 1024, sent: true }]),
      listing([{ path: 'notes.txt', size: 3, sent: true }]),
      listing([{ path: '../x.jpg', size: 1, sent: true, extra: 1 }]),
      Buffer.concat([Buffer.from([0, 0, 0, 5]), Buffer.from('nope!')]),
    ];
    for (const body of forged) {
      expect(await fixture.studio.importCsvUpload(before.copy.revision, body)).toHaveProperty(
        'badUpload',
      );
    }
    expect(await state(fixture)).toEqual(before);
  });
});
