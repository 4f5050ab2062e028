// Runs in: main process. Where the renderer lives: a privileged custom scheme, never file://.

export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** The static "back soon" screen, served by the app protocol without touching the renderer bundle. */
export const BACK_SOON_PATH = '/__back-soon.html';
export const BACK_SOON_URL = `${APP_ORIGIN}${BACK_SOON_PATH}`;

/** The origin of a URL, or null when it cannot be parsed (`app://kiosk/x` -> `app://kiosk`). */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Node reports the origin of non-special schemes as "null"; build it ourselves.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** True when `url` belongs to one of `allowedOrigins` (the app itself, plus the dev server in dev). */
export function isAllowedOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}
