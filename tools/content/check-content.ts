// Runs in: Node (tools).
// `content:check` as a function: validates a content folder the way the kiosk loads it, and then
// decodes every image, checks sizes and file-size budgets, translations, drafts and placeholders.
// `strict` turns drafts and placeholder photos into problems: the gate for the build that goes to the mall.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import sharp from 'sharp';
import type { Content } from '../../common/content-schema';
import { parseContentText } from '../../common/content-schema';
import type { ReferencedFile } from '../../electron/main/content/check-content-files';
import {
  checkReferencedFiles,
  isPlaceholderAsset,
  listReferencedFiles,
} from '../../electron/main/content/check-content-files';
import {
  CONTENT_FILE_NAME,
  MAX_CONTENT_FILE_BYTES,
} from '../../electron/main/content/load-content';
import { findUntranslatedTexts } from '../../electron/main/content/untranslated-texts';
import type { ImageSize } from '../../electron/main/images/image-specs';
import {
  FILE_SIZE_BUDGETS,
  PORTRAIT_4K_SIZE,
  PORTRAIT_SIZE,
  THUMBNAIL_SIZE,
} from '../../electron/main/images/image-specs';

export type FindingSeverity = 'error' | 'warning';
export type FindingKind =
  'file' | 'schema' | 'image' | 'budget' | 'translation' | 'draft' | 'placeholder' | 'unused';

export interface CheckFinding {
  severity: FindingSeverity;
  kind: FindingKind;
  /** Dotted field path in content.json, or `(file)`. */
  field: string;
  message: string;
}

export interface CheckReport {
  contentFile: string;
  strict: boolean;
  findings: CheckFinding[];
  heroes: number;
  drafts: number;
  placeholderPhotos: number;
  errors: number;
  warnings: number;
}

export interface CheckOptions {
  strict?: boolean;
}

/** Process exit codes of `npm run content:check` (and content:import). */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

const MINIMUM_SIZES: Record<ReferencedFile['kind'], ImageSize> = {
  portrait: PORTRAIT_SIZE,
  portrait4k: PORTRAIT_4K_SIZE,
  thumbnail: THUMBNAIL_SIZE,
};
const ASPECT_TOLERANCE = 0.02;
const EXTENSION_FORMATS: Record<string, string> = {
  webp: 'webp',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  avif: 'heif',
};

async function checkImage(directory: string, file: ReferencedFile): Promise<CheckFinding[]> {
  const findings: CheckFinding[] = [];
  const add = (severity: FindingSeverity, kind: FindingKind, message: string): void => {
    findings.push({ severity, kind, field: file.field, message: `${file.path}: ${message}` });
  };
  const path = join(directory, file.path);
  const bytes = (await stat(path)).size;
  const budget = FILE_SIZE_BUDGETS[file.kind];
  if (bytes > budget) {
    add(
      'error',
      'budget',
      `${kilobytes(bytes)} is over the ${kilobytes(budget)} budget for a ${file.kind}`,
    );
  }
  let size: ImageSize;
  let format: string | undefined;
  try {
    // stats() decodes every pixel, so a truncated or corrupt file is caught, not just its header.
    const image = sharp(path, { failOn: 'error' });
    const metadata = await image.metadata();
    await image.stats();
    size = { width: metadata.autoOrient.width, height: metadata.autoOrient.height };
    format = metadata.format;
  } catch (error) {
    add('error', 'image', `cannot be decoded as an image (${(error as Error).message})`);
    return findings;
  }
  const extension = file.path.split('.').pop() ?? '';
  if (EXTENSION_FORMATS[extension] !== format) {
    add('warning', 'image', `is a ${format ?? 'unknown'} image but named .${extension}`);
  }
  const minimum = MINIMUM_SIZES[file.kind];
  if (size.width < minimum.width || size.height < minimum.height) {
    add(
      'error',
      'image',
      `is ${size.width}x${size.height}; a ${file.kind} must be at least ${minimum.width}x${minimum.height}`,
    );
  }
  const expectedAspect = minimum.width / minimum.height;
  if (Math.abs(size.width / size.height - expectedAspect) / expectedAspect > ASPECT_TOLERANCE) {
    add(
      'warning',
      'image',
      `is ${size.width}x${size.height}, not the ${minimum.width}:${minimum.height} shape of a ${file.kind}; the kiosk will crop it`,
    );
  }
  return findings;
}

function kilobytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

export function checkTranslations(content: Content): CheckFinding[] {
  return findUntranslatedTexts(content).map((text) => ({
    severity: 'warning',
    kind: 'translation',
    field: text.field,
    message: text.message,
  }));
}

function checkDraftsAndPlaceholders(content: Content, strict: boolean): CheckFinding[] {
  const severity: FindingSeverity = strict ? 'error' : 'warning';
  const findings: CheckFinding[] = [];
  for (const [index, hero] of content.heroes.entries()) {
    if (hero.status === 'draft') {
      findings.push({
        severity,
        kind: 'draft',
        field: `heroes.${index}.status`,
        message: `${hero.id} is still a draft`,
      });
    }
    if (isPlaceholderAsset(hero.photo.portrait)) {
      findings.push({
        severity,
        kind: 'placeholder',
        field: `heroes.${index}.photo.portrait`,
        message: `${hero.id} still shows placeholder artwork instead of a photograph`,
      });
    }
  }
  return findings;
}

const IMAGE_FILE = /\.(?:webp|jpe?g|png|avif|tiff?)$/i;

/** Images under assets/ that content.json does not use: they only make the installer bigger. */
async function findUnusedImages(directory: string, content: Content): Promise<CheckFinding[]> {
  const used = new Set(listReferencedFiles(content).map((file) => file.path));
  let entries;
  try {
    entries = await readdir(join(directory, 'assets'), { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && IMAGE_FILE.test(entry.name))
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !used.has(path))
    .sort()
    .map((path) => ({
      severity: 'warning',
      kind: 'unused',
      field: '(file)',
      message: `${path} is not used by content.json and can be deleted`,
    }));
}

function report(
  contentFile: string,
  strict: boolean,
  findings: CheckFinding[],
  content: Content | null,
): CheckReport {
  return {
    contentFile,
    strict,
    findings,
    heroes: content?.heroes.length ?? 0,
    drafts: content?.heroes.filter((hero) => hero.status === 'draft').length ?? 0,
    placeholderPhotos:
      content?.heroes.filter((hero) => isPlaceholderAsset(hero.photo.portrait)).length ?? 0,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
  };
}

export async function checkContentFolder(
  directory: string,
  options: CheckOptions = {},
): Promise<CheckReport> {
  const strict = options.strict ?? false;
  const contentFile = join(directory, CONTENT_FILE_NAME);
  const fail = (message: string): CheckReport =>
    report(
      contentFile,
      strict,
      [{ severity: 'error', kind: 'file', field: '(file)', message }],
      null,
    );
  let text: string;
  try {
    const info = await stat(contentFile);
    if (info.size > MAX_CONTENT_FILE_BYTES) {
      return fail(`is ${info.size} bytes; at most ${MAX_CONTENT_FILE_BYTES}`);
    }
    text = (await readFile(contentFile, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    return fail(`cannot be read: ${(error as Error).message}`);
  }
  const parsed = parseContentText(text);
  if (!parsed.ok) {
    const findings = parsed.problems.map((problem): CheckFinding => ({
      severity: 'error',
      kind: 'schema',
      ...problem,
    }));
    return report(contentFile, strict, findings, null);
  }
  const content = parsed.content;
  const findings: CheckFinding[] = (await checkReferencedFiles(directory, content)).map(
    (problem) => ({ severity: 'error', kind: 'file', ...problem }),
  );
  const missing = new Set(findings.map((finding) => finding.field));
  for (const file of listReferencedFiles(content)) {
    if (!missing.has(file.field)) findings.push(...(await checkImage(directory, file)));
  }
  findings.push(
    ...checkTranslations(content),
    ...checkDraftsAndPlaceholders(content, strict),
    ...(await findUnusedImages(directory, content)),
  );
  return report(contentFile, strict, findings, content);
}

export function exitCodeFor(checkReport: CheckReport): number {
  return checkReport.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/** The human-readable report printed by the CLI. */
export function formatReport(checkReport: CheckReport): string {
  const lines = [`Checked ${checkReport.contentFile}${checkReport.strict ? ' (strict)' : ''}`];
  for (const severity of ['error', 'warning'] as const) {
    for (const finding of checkReport.findings.filter((item) => item.severity === severity)) {
      lines.push(
        `  ${severity === 'error' ? 'PROBLEM' : 'warning'}  ${finding.field}: ${finding.message}`,
      );
    }
  }
  lines.push(
    `${checkReport.heroes} heroes, ${checkReport.drafts} drafts, ${checkReport.placeholderPhotos} placeholder photos; ` +
      `${checkReport.errors} problems, ${checkReport.warnings} warnings.`,
  );
  lines.push(
    checkReport.errors > 0
      ? 'NOT OK: fix the problems above.'
      : checkReport.strict
        ? 'OK for the mall build.'
        : 'OK for the kiosk. Run with --strict before the mall build: drafts and placeholders then fail.',
  );
  return lines.join('\n');
}
