// Runs in: every process. The studio's plain values (no zod), so the renderer can import them
// without pulling the schemas into its bundle: page path, image URL prefix, limits and ranges.

export { CURATOR_PATH } from './curator-path';
/**
 * URL prefix of the working copy's images: `assetBaseUrl + path` for every image path in the draft
 * (new renders from the working area, and published or bundled images the draft still uses).
 */
export const CURATOR_MEDIA_PREFIX = '/curator-media/';

/** A draft text longer than this is refused by the channel itself (the save is rejected as invalid). */
export const MAX_DRAFT_TEXT_LENGTH = 2_000_000;
/** The whole draft, as JSON: a bigger save answers `too-large` (and the studio keeps the typing). */
export const MAX_DRAFT_BYTES = 8 * 1024 * 1024;
/** Largest photograph file the studio accepts. */
export const MAX_PHOTO_BYTES = 300 * 1024 * 1024;
/** Largest photograph in pixels (width x height) the studio decodes. */
export const MAX_PHOTO_MEGAPIXELS = 100;

/** The allowed ranges of the kiosk settings (as common/content-schema.ts's KioskSettingsSchema). */
export const CURATOR_SETTING_RANGES = {
  idleTimeoutSeconds: { min: 30, max: 900 },
  warningSeconds: { min: 20, max: 120 },
  attractSlideSeconds: { min: 3, max: 60 },
  dailyRelaunchHour: { min: 0, max: 23 },
} as const;

/** The preview's upload endpoint: POST the file's bytes (application/octet-stream). */
export const previewPhotoUploadPath = (heroKey: string, fileName: string): string =>
  `/api/curator/photo?heroKey=${encodeURIComponent(heroKey)}&fileName=${encodeURIComponent(fileName)}`;
