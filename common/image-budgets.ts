// Runs in: every process (main for content packs, the Node curator tools).
// The largest image file the kiosk accepts per kind: bigger files slow down swiping on the kiosk PC.
// Shared so `content:check` and a kiosk installing a content pack refuse exactly the same files.

export const FILE_SIZE_BUDGETS = {
  portrait: 1024 * 1024,
  portrait4k: 3 * 1024 * 1024,
  thumbnail: 120 * 1024,
} as const;

export type ImageBudgetKind = keyof typeof FILE_SIZE_BUDGETS;
