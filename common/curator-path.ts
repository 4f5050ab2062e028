// Runs in: every process. The studio page's path, apart from curator-constants.ts: the kiosk's start
// needs this one value (renderer/src/curator/curator-page.ts), not the studio's limits and ranges.

/** Page path of the studio, same origin as the kiosk (app://kiosk/curator, /curator in the preview). */
export const CURATOR_PATH = '/curator';
