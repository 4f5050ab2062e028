// Runs in: every process (no zod: the studio's renderer words these codes in kk/ru/en). What can be
// wrong with a heroes.csv import, by row and column: a code with parameters for the studio, and the
// same in English (`message`) for `npm run content:import` and the log.

/** Each problem's parameters; numbers arrive unformatted, file names and details as written. */
export interface CsvProblemParams {
  /** The folder has no heroes.csv. */
  'csv-missing': Record<string, never>;
  'csv-too-large': { bytes: number; maxBytes: number };
  /** Not saved as UTF-8 (e.g. "CSV" in a Windows code page): Kazakh letters would be lost. */
  'csv-not-utf8': Record<string, never>;
  /** csv-parse refused it; line 0 when unknown, detail in English. */
  'csv-unreadable': { line: number; detail: string };
  'column-unknown': Record<string, never>;
  'column-missing': Record<string, never>;
  'no-heroes': Record<string, never>;
  'too-many-heroes': { count: number; max: number };
  'cell-count': { cells: number; expected: number };
  'cell-empty': Record<string, never>;
  'cell-empty-with-photo': Record<string, never>;
  'id-repeated': { id: string; firstRow: number };
  'status-invalid': { value: string };
  'focal-invalid': { value: string };
  'new-hero-needs-photo': { id: string };
  /** Not a short lowercase name joined by hyphens (`leila-mardenova`). */
  'id-invalid': { id: string };
  'photo-name-invalid': { file: string };
  'photo-extension': { file: string };
  /** `similar`: a file whose name differs only in capitals, '' when none. */
  'photo-not-found': { file: string; similar: string };
  'photo-too-large': { file: string; bytes: number; maxBytes: number };
  'photo-not-an-image': { file: string };
  'photo-unsupported-format': { file: string; format: string };
  'photo-truncated': { file: string };
  'photo-too-many-pixels': { file: string; megapixels: number; maxMegapixels: number };
  'photo-write-failed': { file: string; cause: string };
  /** The file is there but could not be read (permissions, a removed stick). */
  'photo-read-failed': { file: string };
  /** A warning: smaller than the portrait, it will be enlarged. */
  'photo-soft': { file: string; width: number; height: number };
  'text-too-long': { length: number; max: number };
  /** Anything else the content schema or the import refused; detail in English. */
  other: { detail: string };
}

export type CsvProblemCode = keyof CsvProblemParams;

export interface CsvProblem {
  /** Spreadsheet row: 1 is the header, 2 the first hero. Null for the file or folder as a whole. */
  row: number | null;
  column: string | null;
  code: CsvProblemCode;
  params: Record<string, string | number>;
  /** In English, for the command line and the log. */
  message: string;
}

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

const ENGLISH: { [C in CsvProblemCode]: (params: CsvProblemParams[C]) => string } = {
  'csv-missing': () => 'heroes.csv not found',
  'csv-too-large': (p) =>
    `heroes.csv is ${megabytes(p.bytes)}: a spreadsheet of heroes is at most ${megabytes(p.maxBytes)}`,
  'csv-not-utf8': () =>
    'heroes.csv is not saved as UTF-8: save it again as "CSV UTF-8" so Kazakh and Russian letters survive',
  'csv-unreadable': (p) =>
    `heroes.csv cannot be read as CSV${p.line ? ` (near line ${p.line})` : ''}: ${p.detail}`,
  'column-unknown': () => 'unknown column (see the template for the column names)',
  'column-missing': () => 'column is missing',
  'no-heroes': () => 'no heroes: add one row per hero',
  'too-many-heroes': (p) => `${p.count} heroes: the kiosk shows at most ${p.max}`,
  'cell-count': (p) =>
    `has ${p.cells} cells but the header has ${p.expected} (a missing or extra comma?)`,
  'cell-empty': () => 'must not be empty',
  'cell-empty-with-photo': () => 'must not be empty when a photo is given',
  'id-repeated': (p) => `"${p.id}" is already used in row ${p.firstRow}`,
  'status-invalid': () => 'must be "draft" or "ready"',
  'focal-invalid': (p) => `must be a number from 0 to 1, got "${p.value}"`,
  'new-hero-needs-photo': (p) => `"${p.id}" is a new hero and needs a photo`,
  'id-invalid': (p) =>
    `"${p.id}" must be lowercase Latin letters and digits joined by hyphens (e.g. leila-mardenova)`,
  'photo-name-invalid': (p) => `"${p.file}" must be a file name inside the import folder`,
  'photo-extension': (p) => `"${p.file}" must be a JPEG, PNG, TIFF or WebP file`,
  'photo-not-found': (p) =>
    `file not found: ${p.file}${p.similar ? ` (did you mean ${p.similar}? names must match exactly, including capitals)` : ''}`,
  'photo-too-large': (p) =>
    `${p.file} is ${megabytes(p.bytes)}: photos are at most ${megabytes(p.maxBytes)}`,
  'photo-not-an-image': (p) => `${p.file} cannot be read as an image`,
  'photo-unsupported-format': (p) =>
    `${p.file} is a ${p.format.toUpperCase()} image: use JPEG, PNG, TIFF or WebP`,
  'photo-truncated': (p) => `${p.file} is incomplete or damaged`,
  'photo-too-many-pixels': (p) =>
    `${p.file} has ${p.megapixels} megapixels: at most ${p.maxMegapixels}`,
  'photo-write-failed': (p) => `${p.file} could not be saved (${p.cause})`,
  'photo-read-failed': (p) => `${p.file} could not be read`,
  'photo-soft': (p) =>
    `${p.file} is ${p.width}x${p.height}: the portrait will be enlarged and look soft`,
  'text-too-long': (p) => `is ${p.length} characters long: at most ${p.max}`,
  other: (p) => p.detail,
};

/** A problem with its English message made from the code. */
export function csvProblem<C extends CsvProblemCode>(
  row: number | null,
  column: string | null,
  code: C,
  ...params: CsvProblemParams[C] extends Record<string, never> ? [] : [CsvProblemParams[C]]
): CsvProblem {
  const values = (params[0] ?? {}) as CsvProblemParams[C];
  return {
    row,
    column,
    code,
    params: values as Record<string, string | number>,
    message: ENGLISH[code](values),
  };
}

/** "row 4, column story_ru: must not be empty" (the command line's wording). */
export function formatCsvProblem(problem: CsvProblem): string {
  const where = [
    problem.row === null ? null : `row ${problem.row}`,
    problem.column === null ? null : `column ${problem.column}`,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}
