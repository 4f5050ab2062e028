// Runs in: renderer. How long each text may be before it no longer fits where the visitor reads it.
// Measured on the kiosk's card at 1080x1920 and 1920x1080 (the visitor tests check that the longest
// texts in content.json end above the controls: names up to 36, roles up to 74, short lines up to 113
// characters); the hints leave a little room above those. Past a hint the studio warns; past the
// schema's MAX_TEXT_LENGTH it refuses to publish.
import { MAX_TEXT_LENGTH } from '../../../common/content-schema';

export type LimitedField = 'name' | 'role' | 'shortLine' | 'story' | 'credit' | 'alt' | 'text';

export interface FieldLimit {
  /** What fits comfortably where the text is shown. */
  hint: number;
  /** What the content file accepts at all. */
  max: number;
}

export const FIELD_LIMITS: Record<LimitedField, FieldLimit> = {
  name: { hint: 40, max: MAX_TEXT_LENGTH },
  role: { hint: 80, max: MAX_TEXT_LENGTH },
  shortLine: { hint: 120, max: MAX_TEXT_LENGTH },
  // The story scrolls: the hint keeps it readable standing at a screen, not on one page.
  story: { hint: 2500, max: MAX_TEXT_LENGTH },
  credit: { hint: 60, max: MAX_TEXT_LENGTH },
  alt: { hint: 200, max: MAX_TEXT_LENGTH },
  text: { hint: 600, max: MAX_TEXT_LENGTH },
};

export type LengthVerdict = 'empty' | 'fits' | 'long' | 'too-long';

/** `long`: past the hint (shown, but may not fit); `too-long`: the content file refuses it. */
export function lengthVerdict(length: number, limit: FieldLimit): LengthVerdict {
  if (length === 0) return 'empty';
  if (length > limit.max) return 'too-long';
  return length > limit.hint ? 'long' : 'fits';
}
