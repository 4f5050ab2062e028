// Runs in: main process (also the web preview server). Problems of one heroes.csv row for the
// studio's CSV import: its texts as the kiosk will check them (lengths, the id), and a photo the
// photo store refused, each at its column with a code the studio words.
import type { PhotoImportResult } from '../../../common/curator-contract';
import { HeroSchema } from '../../../common/content-schema';
import type { CsvProblem } from '../../../common/csv-problems';
import { csvProblem } from '../../../common/csv-problems';
import type { HeroRow } from '../content/heroes-csv';
import { columnForHeroField, DEFAULT_FOCAL_POINT } from '../content/heroes-csv';

export type Refusal = Extract<PhotoImportResult, { ok: false }>;

/** The photo store's refusal as a problem at the row's photo cell. */
export function refusalProblem(row: number, file: string, refusal: Refusal): CsvProblem {
  switch (refusal.reason) {
    case 'file-too-large':
      return csvProblem(row, 'photo', 'photo-too-large', {
        file,
        bytes: refusal.bytes,
        maxBytes: refusal.maxBytes,
      });
    case 'too-many-pixels':
      return csvProblem(row, 'photo', 'photo-too-many-pixels', {
        file,
        megapixels: refusal.megapixels,
        maxMegapixels: refusal.maxMegapixels,
      });
    case 'unsupported-format':
      return csvProblem(row, 'photo', 'photo-unsupported-format', {
        file,
        format: refusal.format,
      });
    case 'not-an-image':
      return csvProblem(row, 'photo', 'photo-not-an-image', { file });
    case 'truncated':
      return csvProblem(row, 'photo', 'photo-truncated', { file });
    case 'write-failed':
      return csvProblem(row, 'photo', 'photo-write-failed', { file, cause: refusal.cause });
    default:
      return csvProblem(row, 'photo', 'photo-read-failed', { file });
  }
}

/** The texts a row gives a hero, checked as the kiosk will check them (lengths, the id). */
export function textProblems(row: HeroRow): CsvProblem[] {
  const standIn = {
    portrait: 'assets/studio/stand-in.webp',
    thumbnail: 'assets/studio/stand-in.webp',
    placeholder: 'data:image/webp;base64,AA==',
    focalPoint: DEFAULT_FOCAL_POINT,
    credit: row.credit ?? { kk: '-', ru: '-', en: '-' },
    alt: row.alt ?? { kk: '-', ru: '-', en: '-' },
  };
  const { row: number, id, status, name, role, shortLine, story } = row;
  const hero = { id, status, name, role, shortLine, story, photo: standIn };
  const result = HeroSchema.safeParse(hero);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const column = columnForHeroField(issue.path);
    if (column === 'id') return csvProblem(number, 'id', 'id-invalid', { id });
    if (issue.code === 'too_big' && issue.origin === 'string') {
      const value = issue.path.reduce<unknown>(
        (at, part) => (at as Record<PropertyKey, unknown> | undefined)?.[part],
        hero,
      );
      return csvProblem(number, column, 'text-too-long', {
        length: typeof value === 'string' ? value.length : 0,
        max: Number(issue.maximum),
      });
    }
    return csvProblem(number, column, 'other', { detail: issue.message });
  });
}
