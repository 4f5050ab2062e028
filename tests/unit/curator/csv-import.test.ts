// Runs in: Node (vitest). The studio's CSV import core (electron/main/curator/csv-import.ts) with an
// injected folder and the studio's real photo store: rows become the hero list in CSV order, kept
// photos stay, new photos render around the row's focal point; and every bad input is named by row
// and column, with nothing rendered when a check fails: no heroes.csv, not CSV, not UTF-8, unknown
// and missing columns, a missing, fake, cut-short or 1 GB photo, paths leaving the folder, 500 rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftHero } from '../../../common/curator-contract';
import type { CsvProblem } from '../../../common/csv-problems';
import { formatCsvProblem } from '../../../common/csv-problems';
import { HERO_CSV_COLUMNS } from '../../../electron/main/content/heroes-csv';
import { nodeFs } from '../../../electron/main/curator/curator-fs';
import { diskCsvFolder } from '../../../electron/main/curator/csv-folder';
import type { CsvImportInput, CsvImportOutcome } from '../../../electron/main/curator/csv-import';
import { importHeroesCsv } from '../../../electron/main/curator/csv-import';
import { draftFromContent } from '../../../electron/main/curator/draft-content';
import type { PhotoStore } from '../../../electron/main/curator/photo-store';
import { createPhotoStore } from '../../../electron/main/curator/photo-store';
import { makeTempDir, readShippedContent, removeDir } from '../content/support/content-folder';
import type { Row } from '../content/support/heroes-csv-rows';
import { csvFor, rowFor } from '../content/support/heroes-csv-rows';
import type { MemoryFile } from './support/csv-folders';
import { memoryFolder, smallPhoto, truncatedPhoto } from './support/csv-folders';

let workDir: string;
let photos: PhotoStore;
let heroes: DraftHero[];
let photo: Buffer;

beforeAll(async () => {
  workDir = await makeTempDir('csv-import-');
  photos = createPhotoStore({ workDir, fs: nodeFs });
  heroes = draftFromContent(await readShippedContent()).heroes.slice(0, 3);
  photo = await smallPhoto();
});
afterAll(() => removeDir(workDir));

const hero = (index: number): DraftHero => {
  const found = heroes[index];
  if (!found) throw new Error(`no hero ${index}`);
  return found;
};
// rowFor takes content heroes; a draft hero has the same texts.
const row = (index: number, extra: Row = {}): Row =>
  rowFor(hero(index) as unknown as Parameters<typeof rowFor>[0], extra);

function run(
  files: Record<string, MemoryFile>,
  extra: Partial<CsvImportInput> = {},
): Promise<CsvImportOutcome> {
  return importHeroesCsv({ folder: memoryFolder(files), heroes, photos, ...extra });
}

function problemsOf(outcome: CsvImportOutcome): CsvProblem[] {
  if (outcome.ok) throw new Error('the import was expected to refuse');
  return outcome.problems;
}

const csv = (rows: readonly Row[]): Buffer => Buffer.from(csvFor(rows));

describe('the studio CSV import', () => {
  it('makes the CSV rows the hero list in their order: kept photos stay, new ones are rendered at the focal point', async () => {
    const progress: string[] = [];
    const newHero: Row = {
      ...row(1, { photo: 'test-hero.jpg' }),
      id: 'test-hero',
      name_en: 'Test Hero',
      focal_x: '0.25',
      focal_y: '0.6',
    };
    const outcome = await run(
      {
        'heroes.csv': csv([
          { ...row(2), role_en: 'Teacher from the CSV' },
          newHero,
          row(0, { photo: 'DSC_0001.jpg' }),
        ]),
        'test-hero.jpg': photo,
        'DSC_0001.jpg': await smallPhoto(800, 1200, '#a04040'),
      },
      {
        onProgress: (report) => progress.push(`${report.done}/${report.total} ${report.fileName}`),
      },
    );
    if (!outcome.ok) throw new Error(outcome.problems.map(formatCsvProblem).join('\n'));
    expect(outcome).toMatchObject({ photos: 2, keptPhotos: 1 });
    const [kept, added, replaced] = outcome.heroes;
    expect(outcome.heroes.map((item) => item.key)).toEqual([hero(2).key, 'test-hero', hero(0).key]);
    expect(kept?.role.en).toBe('Teacher from the CSV');
    expect(kept?.photo).toEqual(hero(2).photo);
    expect(added?.name.en).toBe('Test Hero');
    expect(added?.photo.focalPoint).toEqual({ x: 0.25, y: 0.6 });
    expect(added?.photo.original?.fileName).toBe('test-hero.jpg');
    expect(added?.photo.portrait).toMatch(/^assets\/studio\/.+-portrait\.webp$/);
    expect(added?.photo.credit.en).toBe('UNICEF Kazakhstan/2022/Ospan Ali (en)');
    expect(replaced?.photo.portrait).not.toBe(hero(0).photo.portrait);
    expect(replaced?.photo.portrait4k).toBeUndefined();
    expect(replaced?.photo.focalPoint).toEqual({ x: 0.5, y: 0.35 });
    expect(progress).toContain('0/2 test-hero.jpg');
    expect(progress).toContain('1/2 DSC_0001.jpg');
  }, 60_000);

  it('says so when the folder has no heroes.csv', async () => {
    const problems = problemsOf(await run({ 'photo.jpg': photo }));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'csv-missing', row: null, message: 'heroes.csv not found' }),
    ]);
  });

  it('refuses a file that is not CSV, not UTF-8, or has unknown and missing columns', async () => {
    const notCsv = problemsOf(await run({ 'heroes.csv': Buffer.from('id,status\n"open,quote') }));
    expect(notCsv[0]?.code).toBe('csv-unreadable');

    const cp1251 = Buffer.concat([
      Buffer.from(`${HERO_CSV_COLUMNS.join(',')}\nyeldar,ready,`),
      Buffer.from([0xc5, 0xeb, 0xe4, 0xe0, 0xf0]), // "Елдар" in Windows-1251
    ]);
    expect(problemsOf(await run({ 'heroes.csv': cp1251 }))).toEqual([
      expect.objectContaining({ code: 'csv-not-utf8' }),
    ]);

    const image = problemsOf(await run({ 'heroes.csv': photo }));
    expect(image.map((problem) => problem.code)).toEqual(['csv-not-utf8']);

    const columns = HERO_CSV_COLUMNS.filter((column) => column !== 'story_ru');
    const wrongColumns = Buffer.from(`${[...columns, 'nickname'].join(',')}\n`);
    const problems = problemsOf(await run({ 'heroes.csv': wrongColumns }));
    expect(problems.map(formatCsvProblem)).toEqual([
      'row 1, column nickname: unknown column (see the template for the column names)',
      'row 1, column story_ru: column is missing',
    ]);
    expect(problems.map((problem) => problem.code)).toEqual(['column-unknown', 'column-missing']);
  });

  it('names every bad row at its column', async () => {
    const folder = memoryFolder({
      'heroes.csv': csv([
        { ...row(0, { photo: 'missing.jpg' }), story_ru: '' },
        row(1, { photo: 'fake.jpg' }),
        row(2, { photo: 'Photo.JPG' }),
        { ...row(1), id: 'test-hero', name_en: 'Test hero' },
        { ...row(0, { photo: 'good.jpg' }), id: 'Leila M', name_en: 'x'.repeat(4001) },
        { ...row(0, { photo: 'good.jpg' }), id: 'fine-hero' },
      ]),
      'fake.jpg': Buffer.from('a text file, not a photograph'),
      'photo.jpg': photo,
      'good.jpg': photo,
    });
    const problems = problemsOf(await importHeroesCsv({ folder, heroes, photos }));
    expect(problems.map(formatCsvProblem)).toEqual(
      expect.arrayContaining([
        'row 2, column story_ru: must not be empty',
        'row 3, column photo: fake.jpg cannot be read as an image',
        'row 4, column photo: file not found: Photo.JPG (did you mean photo.jpg? names must match exactly, including capitals)',
        'row 5, column photo: "test-hero" is a new hero and needs a photo',
        'row 6, column id: "Leila M" must be lowercase Latin letters and digits joined by hyphens (e.g. leila-mardenova)',
        'row 6, column name_en: is 4001 characters long: at most 4000',
      ]),
    );
    expect(problems.find((problem) => problem.code === 'photo-not-found')?.params).toEqual({
      file: 'Photo.JPG',
      similar: 'photo.jpg',
    });
    // Row 2 is refused for its texts before its photo is looked for; row 7 is fine, and waits.
    expect(problems.some((problem) => problem.row === 7)).toBe(false);
  });

  it('renders nothing when a row fails, even if the other photos are good', async () => {
    let rendered = 0;
    const counting = {
      importPhoto: (...args: Parameters<PhotoStore['importPhoto']>) => {
        rendered += 1;
        return photos.importPhoto(...args);
      },
      setFocalPoint: photos.setFocalPoint,
    };
    const outcome = await run(
      {
        'heroes.csv': csv([row(0, { photo: 'good.jpg' }), row(1, { photo: 'nowhere.jpg' })]),
        'good.jpg': photo,
      },
      { photos: counting },
    );
    expect(problemsOf(outcome).map((problem) => problem.code)).toEqual(['photo-not-found']);
    expect(rendered).toBe(0);
  });

  it('finds a cut-short photo while rendering, and refuses the whole import', async () => {
    const outcome = await run({
      'heroes.csv': csv([row(0, { photo: 'good.jpg' }), row(1, { photo: 'cut.jpg' })]),
      'good.jpg': photo,
      'cut.jpg': await truncatedPhoto(),
    });
    expect(problemsOf(outcome)).toEqual([
      expect.objectContaining({ row: 3, column: 'photo', code: 'photo-truncated' }),
    ]);
  }, 60_000);

  it('refuses photo names that leave the folder, and never reads them', async () => {
    const folder = memoryFolder({
      'heroes.csv': csv([
        row(0, { photo: '../outside.jpg' }),
        row(1, { photo: '/etc/passwd.jpg' }),
        row(2, { photo: 'C:\\Windows\\photo.jpg' }),
      ]),
      '../outside.jpg': photo,
      '/etc/passwd.jpg': photo,
    });
    const problems = problemsOf(await importHeroesCsv({ folder, heroes, photos }));
    expect(problems.map((problem) => [problem.row, problem.code])).toEqual([
      [2, 'photo-name-invalid'],
      [3, 'photo-name-invalid'],
      [4, 'photo-name-invalid'],
    ]);
    expect(folder.reads).toEqual(['heroes.csv']);
  });

  it('refuses a folder on disk reading outside itself, whatever it is asked', async () => {
    const folder = diskCsvFolder(nodeFs, workDir);
    expect(await folder.size('../etc/passwd')).toBeNull();
    await expect(folder.read('../../etc/passwd')).rejects.toThrow(/not inside the folder/);
  });

  it('refuses a 1 GB photo and a 1 GB heroes.csv by their size, without reading them', async () => {
    const gigabyte = { size: 1024 * 1024 * 1024 };
    const big = problemsOf(
      await run({ 'heroes.csv': csv([row(0, { photo: 'big.tif' })]), 'big.tif': gigabyte }),
    );
    expect(big).toEqual([
      expect.objectContaining({
        row: 2,
        code: 'photo-too-large',
        params: { file: 'big.tif', bytes: gigabyte.size, maxBytes: 300 * 1024 * 1024 },
      }),
    ]);
    expect(problemsOf(await run({ 'heroes.csv': gigabyte }))[0]?.code).toBe('csv-too-large');
  });

  it('refuses 500 rows with one problem, before looking at any photo', async () => {
    const rows = Array.from({ length: 500 }, (_, index) => ({
      ...row(0, { photo: `p${index}.jpg` }),
      id: `hero-${index}`,
    }));
    const folder = memoryFolder({ 'heroes.csv': csv(rows) });
    const problems = problemsOf(await importHeroesCsv({ folder, heroes, photos }));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'too-many-heroes', params: { count: 500, max: 200 } }),
    ]);
    expect(folder.reads).toEqual(['heroes.csv']);
  });
});
