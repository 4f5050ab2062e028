// Runs in: renderer. How long each text may be before it no longer fits where the visitor reads it.
// Measured on the kiosk's card at 1080x1920 and 1920x1080 (the visitor tests check that the longest
// texts in content.json end above the controls: names up to 36, roles up to 74, short lines up to 113
// characters); the hints leave a little room above those. Past a hint the studio warns; what the
// content file refuses outright (common/content-schema.ts) comes back from main's checks.

export type LimitedField = 'name' | 'role' | 'shortLine' | 'story' | 'credit' | 'alt' | 'text';

/** What fits comfortably where the text is shown, in characters. */
export const FIELD_HINTS: Record<LimitedField, number> = {
  name: 40,
  role: 80,
  shortLine: 120,
  // The story scrolls: the hint keeps it readable standing at a screen, not on one page.
  story: 2500,
  credit: 60,
  alt: 200,
  text: 600,
};

export type LengthVerdict = 'empty' | 'fits' | 'long';

export function lengthVerdict(length: number, hint: number): LengthVerdict {
  if (length === 0) return 'empty';
  return length > hint ? 'long' : 'fits';
}
