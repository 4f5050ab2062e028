// Runs in: every process. The rules for a kiosk's name (shown on the staff panel, written into its
// statistics exports so the reports of several kiosks can be told apart). Plain code, no zod: the
// renderer imports it too.

/** Long enough for "Mega Silk Way, 1st floor, east"; short enough for a report's table column. */
export const KIOSK_NAME_MAX_LENGTH = 40;

/** Used when the computer's host name gives nothing usable. */
export const FALLBACK_KIOSK_NAME = 'kiosk';

export type KioskNameRefusal = 'empty' | 'too-long' | 'invalid-characters';

export type KioskNameCheck = { ok: true; name: string } | { ok: false; reason: KioskNameRefusal };

/**
 * Control, format (e.g. right-to-left overrides), private-use and unassigned characters, and every
 * separator but the plain space: invisible or layout-breaking in a table, a CSV cell or a file name.
 */
const REFUSED_CHARACTERS = /[\p{C}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;

/** Counted in characters as a person sees them (code points), not UTF-16 units. */
function characterCount(text: string): number {
  return [...text].length;
}

/** Trims the ends; refuses an empty name, one over KIOSK_NAME_MAX_LENGTH, or invisible characters. */
export function checkKioskName(raw: string): KioskNameCheck {
  const name = raw.trim();
  if (name.length === 0) return { ok: false, reason: 'empty' };
  if (REFUSED_CHARACTERS.test(name)) return { ok: false, reason: 'invalid-characters' };
  if (characterCount(name) > KIOSK_NAME_MAX_LENGTH) return { ok: false, reason: 'too-long' };
  return { ok: true, name };
}

/** The host name as a first name for the kiosk, made to pass the rules above. */
export function defaultKioskName(hostname: string): string {
  const cleaned = [...hostname.replace(new RegExp(REFUSED_CHARACTERS, 'gu'), '').trim()]
    .slice(0, KIOSK_NAME_MAX_LENGTH)
    .join('')
    .trim();
  return cleaned.length > 0 ? cleaned : FALLBACK_KIOSK_NAME;
}

/** A piece of a folder name from the kiosk name: letters and digits of any script, dashes between. */
export function kioskNameSlug(name: string): string {
  const slug = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return [...slug].slice(0, 30).join('').replace(/-+$/, '') || FALLBACK_KIOSK_NAME;
}
