// Runs in: main process (also the web preview server). The studio's CSV import, the same for the
// Electron folder dialog and the preview's upload: heroes.csv and the photographer's originals become
// the working copy's hero list, in the CSV's order. Like `npm run content:import`: a hero whose row
// names no photo keeps the one it has; a new hero needs one. All or nothing: every row and every
// photo is checked before anything is rendered, and any problem leaves the hero list untouched.
// Photos go through the studio's own photo store, so they behave like photos chosen one by one.
import type { FocalPoint } from '../../../common/content-schema';
import type { DraftHero, PhotoImportResult, PhotoProgress } from '../../../common/curator-contract';
import { MAX_PHOTO_BYTES } from '../../../common/curator-constants';
import type { CsvProblem } from '../../../common/csv-problems';
import { csvProblem } from '../../../common/csv-problems';
import { HEROES_CSV_NAME, hasPhotoExtension, MAX_CSV_BYTES } from '../../../common/csv-upload';
import type { HeroRow } from '../content/heroes-csv';
import {
  decodeHeroesCsv,
  DEFAULT_FOCAL_POINT,
  parseHeroesCsv,
  sameNameIgnoringCase,
} from '../content/heroes-csv';
import { checkPhotoHeader } from './photo-check';
import { refusalProblem, textProblems } from './csv-row-problems';
import type { PhotoStore } from './photo-store';

/** The folder being imported: the Electron dialog's folder on disk, or the preview's upload. */
export interface CsvFolder {
  /** Paths of the folder's files ('/' separated), to suggest a name that differs in capitals. */
  list(): Promise<string[]>;
  /** Size in bytes without reading it; null when there is no such file. */
  size(path: string): Promise<number | null>;
  /** The file's bytes; asked only for files within their limit. */
  read(path: string): Promise<Buffer>;
}

export interface CsvImportProgress {
  /** Photographs finished, of `total`. */
  done: number;
  total: number;
  fileName: string;
  stage: PhotoProgress['stage'];
  fraction: number;
}

export interface CsvImportInput {
  folder: CsvFolder;
  /** The working copy's heroes now: matched to rows by id. */
  heroes: readonly DraftHero[];
  photos: Pick<PhotoStore, 'importPhoto' | 'setFocalPoint'>;
  onProgress?: (progress: CsvImportProgress) => void;
}

export type CsvImportOutcome =
  | { ok: true; heroes: DraftHero[]; photos: number; keptPhotos: number; warnings: CsvProblem[] }
  | { ok: false; problems: CsvProblem[]; warnings: CsvProblem[] };

/** A photo path inside the folder: relative, '/' separated, no `..`, no drive or backslash. */
export function isPathInsideFolder(path: string): boolean {
  if (path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path)) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

interface PhotoJob {
  row: HeroRow & { photo: string };
  focal: FocalPoint;
}

/** Checks a row's photo file without decoding it: there, within its limit, an image we take. */
async function checkPhotoFile(folder: CsvFolder, job: PhotoJob): Promise<CsvProblem | null> {
  const { row } = job;
  const file = row.photo;
  if (!isPathInsideFolder(file))
    return csvProblem(row.row, 'photo', 'photo-name-invalid', { file });
  if (!hasPhotoExtension(file)) return csvProblem(row.row, 'photo', 'photo-extension', { file });
  const bytes = await folder.size(file).catch(() => null);
  if (bytes === null) {
    const similar = sameNameIgnoringCase(await folder.list().catch(() => []), file);
    return csvProblem(row.row, 'photo', 'photo-not-found', { file, similar });
  }
  if (bytes > MAX_PHOTO_BYTES) {
    return csvProblem(row.row, 'photo', 'photo-too-large', {
      file,
      bytes,
      maxBytes: MAX_PHOTO_BYTES,
    });
  }
  let source: Buffer;
  try {
    source = await folder.read(file);
  } catch {
    return csvProblem(row.row, 'photo', 'photo-read-failed', { file });
  }
  const header = await checkPhotoHeader(source);
  return header.ok ? null : refusalProblem(row.row, file, header);
}

/** heroes.csv read, decoded and parsed; a problem with the file as a whole ends the import. */
async function readRows(folder: CsvFolder): Promise<{ rows: HeroRow[]; problems: CsvProblem[] }> {
  const bytes = await folder.size(HEROES_CSV_NAME).catch(() => null);
  if (bytes === null) return { rows: [], problems: [csvProblem(null, null, 'csv-missing')] };
  if (bytes > MAX_CSV_BYTES) {
    const problem = csvProblem(null, null, 'csv-too-large', { bytes, maxBytes: MAX_CSV_BYTES });
    return { rows: [], problems: [problem] };
  }
  let source: Buffer;
  try {
    source = await folder.read(HEROES_CSV_NAME);
  } catch {
    return { rows: [], problems: [csvProblem(null, null, 'csv-missing')] };
  }
  const decoded = decodeHeroesCsv(source);
  if (!decoded.ok) return { rows: [], problems: [csvProblem(null, null, 'csv-not-utf8')] };
  return parseHeroesCsv(decoded.text);
}

function heroFromRow(row: HeroRow, key: string, existing: DraftHero | undefined): DraftHero {
  const empty = { kk: '', ru: '', en: '' };
  return {
    key,
    id: existing?.id ?? row.id,
    status: row.status,
    name: row.name,
    role: row.role,
    shortLine: row.shortLine,
    story: row.story,
    photo: existing?.photo ?? {
      portrait: null,
      thumbnail: null,
      placeholder: null,
      focalPoint: DEFAULT_FOCAL_POINT,
      credit: empty,
      alt: empty,
    },
  };
}

/** Problems in the spreadsheet's order (the file's own first), as the curator reads down it. */
function refused(problems: CsvProblem[], warnings: CsvProblem[]): CsvImportOutcome {
  const byRow = (a: CsvProblem, b: CsvProblem): number => (a.row ?? 0) - (b.row ?? 0);
  return { ok: false, problems: problems.sort(byRow), warnings: warnings.sort(byRow) };
}

export async function importHeroesCsv(input: CsvImportInput): Promise<CsvImportOutcome> {
  const { folder, photos } = input;
  const warnings: CsvProblem[] = [];
  const parsed = await readRows(folder);
  const problems = [...parsed.problems];
  const byId = new Map(input.heroes.map((hero) => [hero.id, hero]));

  // 1. Every row: its texts, and whether its photo can be used (headers only, nothing decoded).
  const heroes: DraftHero[] = [];
  const jobs = new Map<number, PhotoJob>();
  const usedKeys = new Set(
    parsed.rows.flatMap((row) => {
      const key = byId.get(row.id)?.key;
      return key ? [key] : [];
    }),
  );
  for (const row of parsed.rows) {
    problems.push(...textProblems(row));
    const existing = byId.get(row.id);
    let key = existing?.key ?? row.id;
    if (!existing) {
      // A kept hero may hold this id as its key (its id changed since); a new key then.
      if (usedKeys.has(key)) key = `csv-${row.id}`;
      usedKeys.add(key);
    }
    heroes.push(heroFromRow(row, key, existing));
    if (row.photo === null) {
      if (!existing || existing.photo.portrait === null) {
        problems.push(csvProblem(row.row, 'photo', 'new-hero-needs-photo', { id: row.id }));
      }
      continue;
    }
    const job: PhotoJob = {
      row: { ...row, photo: row.photo },
      focal: row.focalPoint ?? DEFAULT_FOCAL_POINT,
    };
    const problem = await checkPhotoFile(folder, job);
    if (problem) problems.push(problem);
    else jobs.set(heroes.length - 1, job);
  }
  if (problems.length > 0) return refused(problems, warnings);

  // 2. The photographs, one by one, as the studio renders a photo chosen by hand.
  const total = jobs.size;
  let done = 0;
  for (const [index, job] of jobs) {
    const { row, focal } = job;
    const report = (stage: PhotoProgress['stage'], fraction: number): void =>
      input.onProgress?.({ done, total, fileName: row.photo, stage, fraction });
    report('receiving', 0);
    let imported: PhotoImportResult;
    try {
      imported = await photos.importPhoto(await folder.read(row.photo), row.photo, report);
    } catch {
      imported = { ok: false, reason: 'read-failed' };
    }
    done += 1;
    if (!imported.ok) {
      problems.push(refusalProblem(row.row, row.photo, imported));
      continue;
    }
    let rendered = imported.photo;
    if (rendered.focalPoint.x !== focal.x || rendered.focalPoint.y !== focal.y) {
      const moved = await photos.setFocalPoint(rendered.original.id, focal);
      if (!moved.ok) {
        const refusal =
          moved.reason === 'no-original' ? ({ ok: false, reason: 'read-failed' } as const) : moved;
        problems.push(refusalProblem(row.row, row.photo, refusal));
        continue;
      }
      rendered = moved.photo;
    }
    if (imported.warnings.includes('soft')) {
      warnings.push(
        csvProblem(row.row, 'photo', 'photo-soft', {
          file: row.photo,
          width: rendered.original.width,
          height: rendered.original.height,
        }),
      );
    }
    const hero = heroes[index];
    if (!hero) continue;
    const photo = {
      ...hero.photo,
      ...rendered,
      credit: row.credit ?? hero.photo.credit,
      alt: row.alt ?? hero.photo.alt,
    };
    // The 4K portrait is rendered at publish, from this original.
    delete photo.portrait4k;
    heroes[index] = { ...hero, photo };
  }
  input.onProgress?.({ done, total, fileName: '', stage: 'saving', fraction: 1 });
  if (problems.length > 0) return refused(problems, warnings);
  return { ok: true, heroes, photos: total, keptPhotos: heroes.length - total, warnings };
}
