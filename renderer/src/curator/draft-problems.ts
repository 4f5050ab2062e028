// Runs in: renderer (the studio's own chunk: it brings zod, which the kiosk bundle never loads).
// The content schema run over the draft on every change, each problem sorted into a kind the studio
// can say in the curator's language and kept under the field it concerns (`heroes.3.name.kk`).
import type { Content } from '../../../common/content-schema';
import { validateContent } from '../../../common/content-schema';

export type DraftProblemKind =
  'empty' | 'too-long' | 'no-photo' | 'out-of-range' | 'dates-order' | 'duplicate-id' | 'other';

export interface DraftProblem {
  field: string;
  kind: DraftProblemKind;
  /** The schema's own words (English), shown as detail for 'other'. */
  detail: string;
}

const PHOTO_FILE_FIELD = /^heroes\.\d+\.photo\.(?:portrait|thumbnail)$/;

function kindOf(field: string, message: string): DraftProblemKind {
  if (PHOTO_FILE_FIELD.test(field)) return 'no-photo';
  if (message === 'must not be empty' || message.startsWith('needs at least one')) return 'empty';
  if (message.startsWith('must be at most')) return 'too-long';
  if (message === 'must open before it closes') return 'dates-order';
  if (message === 'hero ids must be unique') return 'duplicate-id';
  if (/too (?:small|big)/i.test(message)) return 'out-of-range';
  return 'other';
}

export function draftProblems(draft: Content): DraftProblem[] {
  const result = validateContent(draft);
  if (result.ok) return [];
  const seen = new Set<string>();
  return result.problems.flatMap((problem) => {
    const kind = kindOf(problem.field, problem.message);
    // A hero without a photograph fails twice (portrait and thumbnail): one problem is enough.
    const field =
      kind === 'no-photo' ? problem.field.replace(/thumbnail$/, 'portrait') : problem.field;
    const key = `${field} ${kind}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ field, kind, detail: problem.message }];
  });
}

/** Problems grouped by field, for the fields to find their own. */
export function problemsByField(problems: readonly DraftProblem[]): Map<string, DraftProblem[]> {
  const byField = new Map<string, DraftProblem[]>();
  for (const problem of problems) {
    const list = byField.get(problem.field) ?? [];
    list.push(problem);
    byField.set(problem.field, list);
  }
  return byField;
}
