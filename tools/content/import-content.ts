// Runs in: Node (tools).
// `content:import` as a function: reads heroes.csv and the photographer's originals, checks every row
// (all problems at once, by row and column), renders the kiosk's images around each focal point, and
// replaces the heroes in content.json. Writes are staged next to the target and swapped in at the end,
// so a failure anywhere leaves the previous content.json and assets exactly as they were. A manifest
// of source hashes and crop parameters lets a rerun with unchanged inputs skip all image work.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Content, FocalPoint, Hero, Photo } from '../../common/content-schema';
import { HeroSchema, parseContentText, validateContent } from '../../common/content-schema';
import { isInside } from '../../electron/main/content/check-content-files';
import { CONTENT_FILE_NAME } from '../../electron/main/content/load-content';
import { serialiseContent } from './atomic-write';
import {
  IMPORTED_ASSETS_DIR,
  recoverInterruptedImport,
  STAGING_PREFIX,
  swapIn,
} from './staged-swap';
import { focalCropBox } from '../../electron/main/images/focal-crop';
import type { HeroRow, ImportProblem } from '../../electron/main/content/heroes-csv';
import {
  columnForHeroField,
  decodeHeroesCsv,
  DEFAULT_FOCAL_POINT,
  parseHeroesCsv,
  sameNameIgnoringCase,
} from '../../electron/main/content/heroes-csv';
import { csvProblem } from '../../common/csv-problems';
import {
  PORTRAIT_4K_SIZE,
  PORTRAIT_SIZE,
  THUMBNAIL_SIZE,
  WEBP_QUALITY,
} from '../../electron/main/images/image-specs';
import { renderVariants } from '../../electron/main/images/render-variants';

export const HEROES_CSV_NAME = 'heroes.csv';
export const MANIFEST_NAME = 'import-manifest.json';
/** Bump when the way images are rendered changes, so the next import renders everything again. */
const RENDER_VERSION = 1;
const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.tif', '.tiff', '.webp'];

export interface ImportProgress {
  done: number;
  total: number;
  heroId: string;
  source: string;
}

export interface ImportTestHooks {
  /** Called after each hero's images are staged; throwing simulates a failure mid-import. */
  afterHeroImages?: (heroId: string) => void | Promise<void>;
  /** Called just before the staged files are swapped in. */
  beforeSwap?: () => void | Promise<void>;
  /** Called between moving the new images in and replacing content.json. */
  betweenSwaps?: () => void | Promise<void>;
}

export interface ImportOptions {
  /** Folder with heroes.csv and the original photos. */
  importDir: string;
  /** Content folder to update (holds content.json and assets/). */
  contentDir: string;
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  testHooks?: ImportTestHooks;
}

export interface ImportResult {
  ok: boolean;
  problems: ImportProblem[];
  warnings: ImportProblem[];
  heroes: number;
  /** Heroes whose images were rendered in this run (would be, in a dry run). */
  rendered: number;
  /** Heroes whose images were unchanged and reused from the previous import. */
  reused: number;
  /** Heroes without a photo in the CSV, keeping their current photograph. */
  keptPhotos: number;
  /** True when content.json and assets were replaced. */
  changed: boolean;
  dryRun: boolean;
}

interface ManifestEntry {
  key: string;
  source: string;
  portrait: string;
  portrait4k: string | null;
  thumbnail: string;
  placeholder: string;
}

interface Manifest {
  version: 1;
  heroes: Record<string, ManifestEntry>;
}

interface PhotoJob {
  row: HeroRow;
  sourcePath: string;
  source: Buffer;
  focal: FocalPoint;
  key: string;
  reuse: ManifestEntry | null;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

async function fileExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function readManifest(contentDir: string): Promise<Manifest> {
  try {
    const data = JSON.parse(
      await readFile(join(contentDir, IMPORTED_ASSETS_DIR, MANIFEST_NAME), 'utf8'),
    ) as Manifest;
    if (data.version === 1 && typeof data.heroes === 'object') return data;
  } catch {
    // No manifest yet (first import) or unreadable: everything is rendered.
  }
  return { version: 1, heroes: {} };
}

function outputPaths(
  heroId: string,
  key: string,
  with4k: boolean,
): Omit<ManifestEntry, 'key' | 'source' | 'placeholder'> {
  // The key in the name gives a changed photograph a new URL, so no cache shows the old one.
  const base = `${IMPORTED_ASSETS_DIR}/${heroId}`;
  const short = key.slice(0, 10);
  return {
    portrait: `${base}/portrait-${short}.webp`,
    portrait4k: with4k ? `${base}/portrait-4k-${short}.webp` : null,
    thumbnail: `${base}/thumbnail-${short}.webp`,
  };
}

/** Linux and macOS tell IMG_01.JPG from img_01.jpg; a curator on Windows never had to. */
async function similarName(importDir: string, name: string): Promise<string> {
  try {
    return sameNameIgnoringCase(await readdir(importDir), name);
  } catch {
    return '';
  }
}

/** Checks a row's photograph: a readable image inside the import folder. */
async function preparePhoto(
  importDir: string,
  row: HeroRow & { photo: string },
  problems: ImportProblem[],
  warnings: ImportProblem[],
): Promise<{ sourcePath: string; source: Buffer } | null> {
  const problem = (found: ImportProblem): null => {
    problems.push(found);
    return null;
  };
  const file = row.photo;
  const sourcePath = resolve(importDir, row.photo);
  if (isAbsolute(row.photo) || row.photo.includes('\\') || !isInside(importDir, sourcePath)) {
    return problem(csvProblem(row.row, 'photo', 'photo-name-invalid', { file }));
  }
  const extension = row.photo.slice(row.photo.lastIndexOf('.')).toLowerCase();
  if (!PHOTO_EXTENSIONS.includes(extension)) {
    return problem(csvProblem(row.row, 'photo', 'photo-extension', { file }));
  }
  let source: Buffer;
  try {
    source = await readFile(sourcePath);
  } catch {
    const similar = await similarName(importDir, file);
    return problem(csvProblem(row.row, 'photo', 'photo-not-found', { file, similar }));
  }
  try {
    const metadata = await sharp(source).metadata();
    const upright = { width: metadata.autoOrient.width, height: metadata.autoOrient.height };
    const box = focalCropBox(upright, PORTRAIT_SIZE, row.focalPoint ?? DEFAULT_FOCAL_POINT);
    if (box.width < PORTRAIT_SIZE.width) {
      warnings.push(
        csvProblem(row.row, 'photo', 'photo-soft', {
          file,
          width: upright.width,
          height: upright.height,
        }),
      );
    }
  } catch (error) {
    return problem({
      ...csvProblem(row.row, 'photo', 'photo-not-an-image', { file }),
      message: `${file} cannot be read as an image (${(error as Error).message})`,
    });
  }
  return { sourcePath, source };
}

function heroProblems(hero: unknown, row: number): ImportProblem[] {
  const result = HeroSchema.safeParse(hero);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    csvProblem(row, columnForHeroField(issue.path), 'other', { detail: issue.message }),
  );
}

function photoFromEntry(entry: ManifestEntry, row: HeroRow, focal: FocalPoint): Photo {
  const photo: Photo = {
    portrait: entry.portrait,
    thumbnail: entry.thumbnail,
    placeholder: entry.placeholder,
    focalPoint: focal,
    credit: row.credit ?? { kk: '', ru: '', en: '' },
    alt: row.alt ?? { kk: '', ru: '', en: '' },
  };
  if (entry.portrait4k) photo.portrait4k = entry.portrait4k;
  return photo;
}

function heroFromRow(row: HeroRow, photo: Photo): Hero {
  return {
    id: row.id,
    status: row.status,
    name: row.name,
    role: row.role,
    shortLine: row.shortLine,
    story: row.story,
    photo,
  };
}

export async function importHeroes(options: ImportOptions): Promise<ImportResult> {
  const importDir = resolve(options.importDir);
  const contentDir = resolve(options.contentDir);
  const dryRun = options.dryRun ?? false;
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const result = (extra: Partial<ImportResult>): ImportResult => ({
    ok: problems.length === 0,
    problems,
    warnings,
    heroes: 0,
    rendered: 0,
    reused: 0,
    keptPhotos: 0,
    changed: false,
    dryRun,
    ...extra,
  });
  const fileProblem = (message: string): ImportResult => {
    problems.push(csvProblem(null, null, 'other', { detail: message }));
    return result({});
  };

  // 0. An import killed half-way (power cut) is undone first, so it starts from the old content.
  if (!dryRun) {
    const recovered = await recoverInterruptedImport(contentDir);
    if (recovered) warnings.push(csvProblem(null, null, 'other', { detail: recovered }));
  }

  // 1. The current content: its exhibition part is kept, its heroes' photos may be kept.
  const contentPath = join(contentDir, CONTENT_FILE_NAME);
  let currentText: string;
  try {
    currentText = await readFile(contentPath, 'utf8');
  } catch {
    return fileProblem(
      `${contentPath} cannot be read: the import updates an existing content folder`,
    );
  }
  const current = parseContentText(currentText.replace(/^\uFEFF/, ''));
  if (!current.ok) {
    return fileProblem(
      `${contentPath} is not valid, fix it first: ${current.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    );
  }
  const currentHeroes = new Map(current.content.heroes.map((hero) => [hero.id, hero]));

  // 2. The spreadsheet, every row checked.
  let csvBytes: Buffer;
  try {
    csvBytes = await readFile(join(importDir, HEROES_CSV_NAME));
  } catch {
    return fileProblem(`${join(importDir, HEROES_CSV_NAME)} not found`);
  }
  const decoded = decodeHeroesCsv(csvBytes);
  if (!decoded.ok) {
    problems.push(csvProblem(null, null, 'csv-not-utf8'));
    return result({});
  }
  const parsed = parseHeroesCsv(decoded.text);
  problems.push(...parsed.problems);

  // 3. Photographs: present, readable, and unchanged since the last import or not.
  const manifest = await readManifest(contentDir);
  const jobs: PhotoJob[] = [];
  const heroes: Hero[] = [];
  let keptPhotos = 0;
  for (const row of parsed.rows) {
    if (row.photo === null) {
      const existing = currentHeroes.get(row.id);
      if (!existing) {
        problems.push(csvProblem(row.row, 'photo', 'new-hero-needs-photo', { id: row.id }));
        continue;
      }
      keptPhotos += 1;
      const hero = heroFromRow(row, existing.photo);
      problems.push(...heroProblems(hero, row.row));
      heroes.push(hero);
      continue;
    }
    const focal = row.focalPoint ?? DEFAULT_FOCAL_POINT;
    // The texts are checked with stand-in image paths: the real ones exist only after rendering.
    const standIn: ManifestEntry = {
      key: '',
      source: row.photo,
      portrait: `${IMPORTED_ASSETS_DIR}/stand-in.webp`,
      portrait4k: null,
      thumbnail: `${IMPORTED_ASSETS_DIR}/stand-in.webp`,
      placeholder: 'data:image/webp;base64,AA==',
    };
    problems.push(...heroProblems(heroFromRow(row, photoFromEntry(standIn, row, focal)), row.row));
    const prepared = await preparePhoto(
      importDir,
      { ...row, photo: row.photo },
      problems,
      warnings,
    );
    if (!prepared) continue;
    const key = sha256(
      JSON.stringify({
        source: sha256(prepared.source),
        focal,
        sizes: [PORTRAIT_SIZE, PORTRAIT_4K_SIZE, THUMBNAIL_SIZE],
        quality: WEBP_QUALITY,
        version: RENDER_VERSION,
      }),
    );
    const previous = manifest.heroes[row.id];
    const outputs = previous?.key === key ? previous : null;
    const outputsExist =
      outputs !== null &&
      (
        await Promise.all(
          [outputs.portrait, outputs.thumbnail, outputs.portrait4k]
            .filter((path): path is string => path !== null)
            .map((path) => fileExists(join(contentDir, path))),
        )
      ).every(Boolean);
    jobs.push({ row, ...prepared, focal, key, reuse: outputsExist ? outputs : null });
    heroes.push(heroFromRow(row, photoFromEntry(outputs ?? standIn, row, focal)));
  }
  const toRender = jobs.filter((job) => job.reuse === null).length;
  const counts = {
    heroes: parsed.rows.length,
    rendered: toRender,
    reused: jobs.length - toRender,
    keptPhotos,
  };
  if (problems.length > 0) return result({ ...counts, rendered: 0, reused: 0 });
  if (dryRun) return result(counts);
  if (toRender === 0) {
    // Unchanged inputs: nothing to render, and nothing to write if content.json would not change.
    const unchanged = validateContent({ ...current.content, heroes });
    if (unchanged.ok && serialiseContent(unchanged.content) === currentText) return result(counts);
  }

  // 4. Everything that will be written is staged next to the target first.
  const staging = await mkdtemp(join(contentDir, STAGING_PREFIX));
  try {
    const stagedAssets = join(staging, 'heroes');
    await mkdir(stagedAssets, { recursive: true });
    const stage = async (relativePath: string, data: Buffer | null): Promise<void> => {
      const target = join(stagedAssets, relativePath.slice(IMPORTED_ASSETS_DIR.length + 1));
      await mkdir(dirname(target), { recursive: true });
      if (data) await writeFile(target, data);
      else await copyFile(join(contentDir, relativePath), target);
    };
    const newManifest: Manifest = { version: 1, heroes: {} };
    const jobsById = new Map(jobs.map((job) => [job.row.id, job]));
    let done = 0;
    for (const [index, hero] of heroes.entries()) {
      const job = jobsById.get(hero.id);
      if (!job) {
        // A kept photograph from an earlier import moves along with the rest of assets/heroes.
        const kept = [hero.photo.portrait, hero.photo.thumbnail, hero.photo.portrait4k];
        for (const path of kept) {
          if (path?.startsWith(`${IMPORTED_ASSETS_DIR}/`)) await stage(path, null);
        }
        const entry = manifest.heroes[hero.id];
        if (entry && entry.portrait === hero.photo.portrait) newManifest.heroes[hero.id] = entry;
        continue;
      }
      let entry: ManifestEntry;
      if (job.reuse) {
        entry = job.reuse;
        for (const path of [entry.portrait, entry.thumbnail, entry.portrait4k]) {
          if (path) await stage(path, null);
        }
      } else {
        let variants;
        try {
          variants = await renderVariants(job.source, job.focal);
        } catch (error) {
          problems.push({
            ...csvProblem(job.row.row, 'photo', 'photo-truncated', { file: job.row.photo ?? '' }),
            message: `${job.row.photo} could not be converted (${(error as Error).message})`,
          });
          throw error;
        }
        entry = {
          key: job.key,
          source: job.row.photo ?? '',
          ...outputPaths(job.row.id, job.key, variants.portrait4k !== null),
          placeholder: variants.blurDataUri,
        };
        await stage(entry.portrait, variants.portrait);
        await stage(entry.thumbnail, variants.thumbnail);
        if (entry.portrait4k && variants.portrait4k)
          await stage(entry.portrait4k, variants.portrait4k);
      }
      newManifest.heroes[hero.id] = entry;
      heroes[index] = heroFromRow(job.row, photoFromEntry(entry, job.row, job.focal));
      done += 1;
      options.onProgress?.({
        done,
        total: jobs.length,
        heroId: hero.id,
        source: job.row.photo ?? '',
      });
      await options.testHooks?.afterHeroImages?.(hero.id);
    }

    // 5. The new content.json, validated as a whole before anything is replaced.
    const next: Content = { ...current.content, heroes };
    const validation = validateContent(next);
    if (!validation.ok) {
      problems.push(
        ...validation.problems.map((problem) =>
          csvProblem(null, null, 'other', {
            detail: `new content.json would be invalid: ${problem.field}: ${problem.message}`,
          }),
        ),
      );
      return result(counts);
    }
    const nextText = serialiseContent(validation.content);
    await writeFile(join(stagedAssets, MANIFEST_NAME), `${JSON.stringify(newManifest, null, 2)}\n`);
    await writeFile(join(staging, CONTENT_FILE_NAME), nextText);
    await options.testHooks?.beforeSwap?.();
    await swapIn(contentDir, staging, options.testHooks);
    return result({ ...counts, changed: true });
  } catch (error) {
    if (!problems.some((problem) => problem.row !== null)) {
      problems.push(
        csvProblem(null, null, 'other', {
          detail: `import failed, nothing was changed: ${(error as Error).message}`,
        }),
      );
    }
    return result(counts);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
