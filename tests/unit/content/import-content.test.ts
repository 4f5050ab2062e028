// Runs in: Node (vitest).
// End-to-end import on photos generated here: a 6000x4000 JPEG, one with EXIF orientation 6, one with
// GPS data; then bad rows, atomicity under injected failures, and idempotence.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Content, Hero } from '../../../common/content-schema';
import { checkContentFolder, formatReport } from '../../../tools/content/check-content';
import { formatImportProblem, heroesToCsv } from '../../../electron/main/content/heroes-csv';
import type { Row } from './support/heroes-csv-rows';
import { csvFor, rowFor } from './support/heroes-csv-rows';
import type { ImportOptions, ImportResult } from '../../../tools/content/import-content';
import { importHeroes } from '../../../tools/content/import-content';
import {
  createContentFolder,
  makeTempDir,
  removeDir,
  REPOSITORY_ROOT,
} from './support/content-folder';

const GREEN = { r: 0, g: 200, b: 0 };
const BLACK = { r: 0, g: 0, b: 0 };
const RED = { r: 220, g: 0, b: 0 };
const BLUE = { r: 0, g: 0, b: 220 };

function solid(width: number, height: number, colour: typeof GREEN): Sharp {
  return sharp({ create: { width, height, channels: 3, background: colour } });
}

/** Two colour halves side by side (or stacked), to see where crops and rotations land. */
async function halves(
  width: number,
  height: number,
  first: typeof GREEN,
  second: typeof GREEN,
  direction: 'left-right' | 'top-bottom',
): Promise<Sharp> {
  const half =
    direction === 'left-right'
      ? await solid(width / 2, height, second)
          .png()
          .toBuffer()
      : await solid(width, height / 2, second)
          .png()
          .toBuffer();
  return solid(width, height, first).composite([
    direction === 'left-right'
      ? { input: half, left: width / 2, top: 0 }
      : { input: half, left: 0, top: height / 2 },
  ]);
}

async function pixel(
  file: string,
  x: number,
  y: number,
): Promise<{ r: number; g: number; b: number }> {
  const { data } = await sharp(file)
    .extract({ left: x, top: y, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { r: data[0] ?? -1, g: data[1] ?? -1, b: data[2] ?? -1 };
}

const near = (actual: { r: number; g: number; b: number }, expected: typeof GREEN): boolean =>
  Math.abs(actual.r - expected.r) +
    Math.abs(actual.g - expected.g) +
    Math.abs(actual.b - expected.b) <
  60;

/** Every file below `dir` with its sha256 and mtime: "byte-for-byte intact" made checkable. */
async function snapshot(dir: string): Promise<Map<string, { hash: string; mtimeMs: number }>> {
  const files = new Map<string, { hash: string; mtimeMs: number }>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), {
      hash: createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
      mtimeMs: (await stat(path)).mtimeMs,
    });
  }
  return files;
}

const hashesOf = (files: Map<string, { hash: string }>): Record<string, string> =>
  Object.fromEntries([...files].map(([path, file]) => [path, file.hash]).sort());

describe('content:import end to end', () => {
  let root: string;
  let contentDir: string;
  let importDir: string;
  let heroes: Hero[];
  let goodRows: Row[];
  let firstRun: ImportResult;

  const run = (extra: Partial<ImportOptions> = {}): Promise<ImportResult> =>
    importHeroes({ importDir, contentDir, ...extra });
  const writeCsv = (rows: readonly Row[]): Promise<void> =>
    writeFile(join(importDir, 'heroes.csv'), csvFor(rows));

  beforeAll(async () => {
    root = await makeTempDir('import-');
    contentDir = await createContentFolder({ into: join(root, 'content'), heroes: 3 });
    importDir = join(root, 'delivery');
    await mkdir(importDir);
    // 6000x4000 landscape: red on the left, blue on the right.
    await (
      await halves(6000, 4000, RED, BLUE, 'left-right')
    )
      .jpeg({ quality: 80 })
      .toFile(join(importDir, 'big.jpg'));
    // Stored landscape with green on top; EXIF orientation 6 means "turn 90° clockwise to view".
    await (
      await halves(400, 300, GREEN, BLACK, 'top-bottom')
    )
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toFile(join(importDir, 'rotated.jpg'));
    await solid(300, 400, BLUE)
      .jpeg()
      .withExif({
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '51/1 10/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '71/1 26/1 0/1',
        },
      })
      .toFile(join(importDir, 'gps.jpg'));
    await writeFile(join(importDir, 'broken.png'), 'this is not an image');
    const content = JSON.parse(await readFile(join(contentDir, 'content.json'), 'utf8')) as Content;
    heroes = content.heroes;
    const [yeldar, daniil, leila] = heroes as [Hero, Hero, Hero];
    goodRows = [
      rowFor(yeldar, { photo: 'big.jpg', focal_x: '0.1', focal_y: '0.5' }),
      rowFor(daniil, { photo: 'rotated.jpg' }),
      rowFor(leila, { photo: 'gps.jpg' }),
    ];
  }, 60_000);
  afterAll(() => removeDir(root));

  it('reports every problem of a bad spreadsheet at once, by row and column, and changes nothing', async () => {
    const before = await snapshot(contentDir);
    const [yeldar, daniil, leila] = heroes as [Hero, Hero, Hero];
    await writeCsv([
      { ...rowFor(yeldar, { photo: 'big.jpg' }), name_en: '' },
      { ...rowFor(daniil, { photo: 'missing.jpg' }), status: 'published', focal_x: '2' },
      { ...rowFor(leila, { photo: 'broken.png' }), id: 'Leila M' },
      rowFor({ ...leila, id: 'new-hero' }),
    ]);
    const result = await run();
    const messages = result.problems.map(formatImportProblem);
    expect(result.ok).toBe(false);
    expect(messages).toEqual(
      expect.arrayContaining([
        'row 2, column name_en: must not be empty',
        'row 3, column status: must be "draft" or "ready"',
        'row 3, column focal_x: must be a number from 0 to 1, got "2"',
        expect.stringMatching(/^row 4, column id: /),
        'row 5, column photo: "new-hero" is a new hero and needs a photo',
      ]),
    );
    // Cells that cannot be read skip their row's photo; the photos of the other rows are checked.
    await writeCsv([
      rowFor(daniil, { photo: 'missing.jpg' }),
      rowFor(leila, { photo: 'broken.png' }),
      rowFor(yeldar, { photo: 'BIG.JPG' }),
    ]);
    const photoProblems = (await run()).problems.map(formatImportProblem);
    expect(photoProblems).toEqual([
      'row 2, column photo: file not found: missing.jpg',
      expect.stringMatching(/^row 3, column photo: broken\.png cannot be read as an image/),
      'row 4, column photo: file not found: BIG.JPG (did you mean big.jpg? names must match exactly, including capitals)',
    ]);
    expect(hashesOf(await snapshot(contentDir))).toEqual(hashesOf(before));
  }, 60_000);

  it('imports good rows: right sizes, focal crop, rotation applied, GPS stripped', async () => {
    await writeCsv(goodRows);
    const progress: string[] = [];
    firstRun = await run({
      onProgress: (event) => progress.push(`${event.done}/${event.total} ${event.heroId}`),
    });
    expect(firstRun.problems.map(formatImportProblem)).toEqual([]);
    expect(firstRun).toMatchObject({ ok: true, changed: true, rendered: 3, reused: 0, heroes: 3 });
    expect(progress).toEqual(['1/3 yeldar-grebnev', '2/3 daniil-kim', '3/3 leila-mardenova']);
    // Small sources are imported, with a warning that they will look soft.
    expect(firstRun.warnings.map((warning) => warning.row)).toEqual([3, 4]);

    const content = JSON.parse(await readFile(join(contentDir, 'content.json'), 'utf8')) as Content;
    const [yeldar, daniil, leila] = content.heroes as [Hero, Hero, Hero];
    const file = (path: string | undefined): string => join(contentDir, path ?? 'missing');
    expect(await sharp(file(yeldar.photo.portrait)).metadata()).toMatchObject({
      width: 1080,
      height: 1920,
      format: 'webp',
    });
    expect(await sharp(file(yeldar.photo.portrait4k)).metadata()).toMatchObject({
      width: 2160,
      height: 3840,
    });
    expect(await sharp(file(yeldar.photo.thumbnail)).metadata()).toMatchObject({
      width: 360,
      height: 480,
    });
    expect(yeldar.photo.placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(yeldar.photo.focalPoint).toEqual({ x: 0.1, y: 0.5 });
    // Focal point on the left: the portrait is cut from the red half.
    expect(near(await pixel(file(yeldar.photo.portrait), 540, 960), RED)).toBe(true);

    // Rotation: upright the photo is portrait with green on the right, black on the left.
    expect(daniil.photo.portrait4k).toBeUndefined();
    expect(near(await pixel(file(daniil.photo.portrait), 100, 960), BLACK)).toBe(true);
    expect(near(await pixel(file(daniil.photo.portrait), 980, 960), GREEN)).toBe(true);

    // GPS: present in the original, no EXIF at all in any output.
    const original = await sharp(join(importDir, 'gps.jpg')).metadata();
    expect(
      original.exif?.includes(Buffer.from([0x25, 0x88])) ||
        original.exif?.includes(Buffer.from([0x88, 0x25])),
    ).toBe(true);
    for (const path of [leila.photo.portrait, leila.photo.thumbnail]) {
      const metadata = await sharp(file(path)).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
    }
    // The texts and exhibition are as before; only the photos changed.
    expect(leila.story).toEqual(heroes[2]?.story);
    const report = await checkContentFolder(contentDir);
    expect(report.errors, formatReport(report)).toBe(0);
    expect(report.placeholderPhotos).toBe(0);
  }, 120_000);

  it('does no image work on a rerun with unchanged inputs', async () => {
    const before = await snapshot(contentDir);
    const rerun = await run();
    expect(rerun).toMatchObject({ ok: true, changed: false, rendered: 0, reused: 3 });
    const after = await snapshot(contentDir);
    expect([...after]).toEqual([...before]); // same bytes and same mtimes: nothing was written
    const dryRun = await run({ dryRun: true });
    expect(dryRun).toMatchObject({ ok: true, changed: false, rendered: 0, reused: 3 });
  }, 60_000);

  it('re-renders only the row whose focal point changed', async () => {
    const rows = goodRows.map((row, index) => (index === 2 ? { ...row, focal_y: '0.6' } : row));
    await writeCsv(rows);
    const result = await run();
    expect(result).toMatchObject({ ok: true, changed: true, rendered: 1, reused: 2 });
    await writeCsv(goodRows);
    expect(await run()).toMatchObject({ ok: true, rendered: 1, reused: 2 });
  }, 60_000);

  describe('atomicity: a failure anywhere leaves content.json and every asset byte-for-byte intact', () => {
    // New crops for the two small photos (the 6000x4000 one is reused, to keep the test quick).
    const changedRows = (): Row[] =>
      goodRows.map((row, index) => (index === 0 ? row : { ...row, focal_y: '0.45' }));

    it.each([
      [
        'a failing step after the second hero',
        { afterHeroImages: (id: string) => void (id === 'daniil-kim' && failNow()) },
      ],
      ['a failure just before the swap', { beforeSwap: () => failNow() }],
      ['a failure after the images were swapped in', { betweenSwaps: () => failNow() }],
    ])(
      '%s',
      async (_name, testHooks) => {
        await writeCsv(changedRows());
        const before = await snapshot(contentDir);
        const result = await run({ testHooks });
        expect(result.ok).toBe(false);
        expect(result.problems.map(formatImportProblem).join('\n')).toContain(
          'nothing was changed',
        );
        expect(hashesOf(await snapshot(contentDir))).toEqual(hashesOf(before));
        expect((await readdir(contentDir)).filter((name) => name.startsWith('.import-'))).toEqual(
          [],
        );
      },
      60_000,
    );

    it('an undecodable photo late in the list', async () => {
      const good = await readFile(join(importDir, 'gps.jpg'));
      // The header is intact (it passes the first checks), the image data is cut off.
      await writeFile(
        join(importDir, 'truncated.jpg'),
        good.subarray(0, Math.floor(good.length * 0.6)),
      );
      await writeCsv(
        changedRows().map((row, index) => (index === 2 ? { ...row, photo: 'truncated.jpg' } : row)),
      );
      const before = await snapshot(contentDir);
      const result = await run();
      expect(result.ok).toBe(false);
      expect(result.problems.map(formatImportProblem)[0]).toMatch(
        /^row 4, column photo: truncated\.jpg could not be converted/,
      );
      expect(hashesOf(await snapshot(contentDir))).toEqual(hashesOf(before));
    }, 60_000);
  });

  it('undoes an import that was killed between moving the images and replacing content.json', async () => {
    await writeCsv(goodRows);
    expect((await run()).ok).toBe(true);
    const before = await snapshot(contentDir);
    // What a power cut after the first rename of the swap leaves behind.
    const leftover = join(contentDir, '.import-killed');
    await mkdir(leftover);
    await rename(join(contentDir, 'assets', 'heroes'), join(leftover, 'previous-heroes'));
    await mkdir(join(contentDir, 'assets', 'heroes', 'half-new'), { recursive: true });
    await writeFile(join(contentDir, 'assets', 'heroes', 'half-new', 'portrait.webp'), 'new');
    const result = await run();
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatImportProblem)).toContain(
      'An earlier import was interrupted; its changes were undone before this one.',
    );
    expect(result).toMatchObject({ changed: false, rendered: 0 });
    expect(hashesOf(await snapshot(contentDir))).toEqual(hashesOf(before));
  }, 60_000);

  it('round-trips the template: importing the current heroes unchanged writes nothing', async () => {
    const dir = await createContentFolder({ into: join(root, 'roundtrip'), heroes: 30 });
    const content = JSON.parse(await readFile(join(dir, 'content.json'), 'utf8')) as Content;
    const delivery = await makeTempDir('template-');
    await writeFile(join(delivery, 'heroes.csv'), heroesToCsv(content.heroes));
    const before = await snapshot(dir);
    const result = await importHeroes({ importDir: delivery, contentDir: dir });
    expect(result).toMatchObject({ ok: true, changed: false, keptPhotos: 30 });
    expect([...(await snapshot(dir))]).toEqual([...before]);
    await removeDir(delivery);
  }, 60_000);

  it('command line: exit 1 with problems, 2 on usage errors', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'tools/content-import.ts', ...args], {
        cwd: REPOSITORY_ROOT,
        encoding: 'utf8',
      });
    expect(cli().status).toBe(2);
    const missing = cli(join(root, 'no-such-folder'), '--content-dir', contentDir);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('heroes.csv not found');
  }, 60_000);
});

function failNow(): never {
  throw new Error('injected failure');
}
