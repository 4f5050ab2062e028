// Runs in: main process (also the web preview server). The studio's checks of a draft, run on every
// save: the content schema (what would stop the kiosk loading it: blocks Publish) and the strict
// checks of `content:check --strict` (drafts, placeholder photos, untranslated texts, files over
// budget: the "Ready for the mall" checklist). Each problem is a code at a path, worded by the UI.
import type { z } from 'zod';
import { ContentSchema, formatFieldPath, LANGUAGES } from '../../../common/content-schema';
import type {
  CuratorChecks,
  CuratorProblem,
  DraftContent,
  ReadyChecklistItem,
} from '../../../common/curator-contract';
import { isPlaceholderAsset } from '../content/check-content-files';
import { findUntranslatedTexts } from '../content/untranslated-texts';
import { FILE_SIZE_BUDGETS } from '../images/image-specs';
import { contentCandidate } from './draft-content';

type Issue = z.core.$ZodIssue;

const PARAGRAPH_FIELDS = new Set(['story', 'introduction', 'text', 'description']);
const PHOTO_FILE_FIELDS = new Set(['portrait', 'thumbnail', 'placeholder']);

/** Paragraph problems are shown at the language's text box: `heroes.3.story.kk.2` -> `...story.kk`. */
function fieldPath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const last = parts.length - 1;
  if (
    last >= 2 &&
    /^\d+$/.test(parts[last] ?? '') &&
    (LANGUAGES as readonly string[]).includes(parts[last - 1] ?? '') &&
    PARAGRAPH_FIELDS.has(parts[last - 2] ?? '')
  ) {
    return formatFieldPath(parts.slice(0, last));
  }
  return formatFieldPath(parts);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function problemOf(issue: Issue, candidate: unknown): CuratorProblem {
  const path = fieldPath(issue.path);
  const error = (code: CuratorProblem['code'], params: CuratorProblem['params'] = {}) =>
    ({ path, code, severity: 'error', params }) satisfies CuratorProblem;
  const value = valueAt(candidate, issue.path);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return error('text-empty');
      if (issue.origin === 'array') {
        if (path === 'heroes') return error('no-heroes');
        return Number(issue.minimum) === 1 && PARAGRAPH_FIELDS.has(String(issue.path.at(-2)))
          ? error('text-empty')
          : error('list-too-short', { min: Number(issue.minimum) });
      }
      return error('number-too-small', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') {
        return error('text-too-long', {
          length: typeof value === 'string' ? value.trim().length : 0,
          max: Number(issue.maximum),
        });
      }
      if (issue.origin === 'array') return error('list-too-long', { max: Number(issue.maximum) });
      return error('number-too-large', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'date') return error('date-invalid');
      break;
    case 'custom':
      if (issue.message === 'must open before it closes') return error('dates-order');
      if (issue.message === 'must include the default language') {
        return error('languages-missing-default');
      }
      if (issue.message === 'must not repeat a language') return error('languages-repeated');
      break;
    default:
      break;
  }
  return error('invalid', { message: issue.message });
}

/** Schema problems: what would stop the kiosk from loading the published file. */
function schemaProblems(draft: DraftContent, ids: ReadonlyMap<string, string>): CuratorProblem[] {
  const candidate = contentCandidate(draft, ids);
  const missingPhotos = new Set<number>();
  const problems: CuratorProblem[] = [];
  for (const [index, hero] of draft.heroes.entries()) {
    const { portrait, thumbnail, placeholder } = hero.photo;
    if (portrait === null || thumbnail === null || placeholder === null) {
      missingPhotos.add(index);
      problems.push({
        path: `heroes.${index}.photo`,
        code: 'photo-missing',
        severity: 'error',
        params: {},
      });
    }
  }
  const result = ContentSchema.safeParse(candidate);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const [top, index, field, key] = issue.path;
    // A missing photograph is said once, at the photo, not once per file it lacks.
    const isMissingPhotoFile =
      top === 'heroes' &&
      missingPhotos.has(Number(index)) &&
      field === 'photo' &&
      PHOTO_FILE_FIELDS.has(String(key));
    if (!isMissingPhotoFile) problems.push(problemOf(issue, candidate));
  }
  return problems;
}

/** The strict checks of `content:check --strict`, as problems of severity 'strict'. */
function strictProblems(
  draft: DraftContent,
  fileSizes: ReadonlyMap<string, number>,
): CuratorProblem[] {
  const problems: CuratorProblem[] = [];
  const strict = (path: string, code: CuratorProblem['code'], params = {}): void => {
    problems.push({ path, code, severity: 'strict', params });
  };
  for (const [index, hero] of draft.heroes.entries()) {
    if (hero.status === 'draft') strict(`heroes.${index}.status`, 'hero-draft');
    if (hero.photo.portrait !== null && isPlaceholderAsset(hero.photo.portrait)) {
      strict(`heroes.${index}.photo.portrait`, 'photo-placeholder');
    }
    for (const kind of ['portrait', 'portrait4k', 'thumbnail'] as const) {
      const file = hero.photo[kind];
      const bytes = file ? fileSizes.get(file) : undefined;
      if (bytes !== undefined && bytes > FILE_SIZE_BUDGETS[kind]) {
        strict(`heroes.${index}.photo.${kind}`, 'file-over-budget', {
          bytes,
          maxBytes: FILE_SIZE_BUDGETS[kind],
        });
      }
    }
  }
  for (const text of findUntranslatedTexts({
    exhibition: draft.exhibition,
    heroes: draft.heroes,
  })) {
    strict(text.field, 'translation-missing', { language: text.language });
  }
  return problems;
}

const CHECKLIST_CODES: Record<ReadyChecklistItem, (problem: CuratorProblem) => boolean> = {
  drafts: (problem) => problem.code === 'hero-draft',
  'placeholder-photos': (problem) => problem.code === 'photo-placeholder',
  'missing-translations': (problem) => problem.code === 'translation-missing',
  'oversize-files': (problem) => problem.code === 'file-over-budget',
  problems: (problem) => problem.severity === 'error',
};

/**
 * Checks a draft. `ids`: the ids main gave each hero key; `fileSizes`: bytes of the image files the
 * draft names (those not listed are not checked against their budget).
 */
export function checkDraft(
  draft: DraftContent,
  ids: ReadonlyMap<string, string>,
  fileSizes: ReadonlyMap<string, number> = new Map(),
): CuratorChecks {
  const problems = [...schemaProblems(draft, ids), ...strictProblems(draft, fileSizes)];
  const checklist = (Object.keys(CHECKLIST_CODES) as ReadyChecklistItem[]).map((item) => {
    const paths = problems.filter(CHECKLIST_CODES[item]).map((problem) => problem.path);
    return { item, count: paths.length, paths };
  });
  const canPublish = !problems.some((problem) => problem.severity === 'error');
  return { problems, checklist, canPublish, readyForMall: problems.length === 0 };
}
