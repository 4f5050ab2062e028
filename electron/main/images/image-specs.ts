// Runs in: main process (the curator studio) and Node (tools: content:import, placeholders).
// The image sizes the kiosk shows and the file-size budgets that keep 30 portraits quick to decode.

export interface ImageSize {
  width: number;
  height: number;
}

/** Full-screen portrait for the 1080x1920 kiosk screen. */
export const PORTRAIT_SIZE: ImageSize = { width: 1080, height: 1920 };
/** Optional version for 4K portrait screens, made only when the original is large enough. */
export const PORTRAIT_4K_SIZE: ImageSize = { width: 2160, height: 3840 };
/** Index-grid thumbnail (3:4). */
export const THUMBNAIL_SIZE: ImageSize = { width: 360, height: 480 };
/** Width of the tiny blurred preview embedded in content.json as a data URI. */
export const BLUR_PLACEHOLDER_WIDTH = 24;

export const WEBP_QUALITY = 75;

/** Largest file we accept per kind; bigger files slow down swiping on the kiosk PC. */
export const FILE_SIZE_BUDGETS = {
  portrait: 1024 * 1024,
  portrait4k: 3 * 1024 * 1024,
  thumbnail: 120 * 1024,
} as const;
