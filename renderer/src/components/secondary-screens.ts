// Runs in: renderer. The screens a visitor reaches only after touching the kiosk (story, index,
// about), in a chunk of their own (screens-chunk.ts): not parsed before the first portrait, and
// fetched as soon as the visitor screens mount, long before a visitor can open them.
import { lazy } from 'react';

const loadScreens = () => import('./screens-chunk');

export const StoryPanel = lazy(() =>
  loadScreens().then((module) => ({ default: module.StoryPanel })),
);
export const IndexScreen = lazy(() =>
  loadScreens().then((module) => ({ default: module.IndexScreen })),
);
export const AboutScreen = lazy(() =>
  loadScreens().then((module) => ({ default: module.AboutScreen })),
);

/** Starts fetching the secondary screens' chunk; the browser keeps its module once loaded. */
export function preloadSecondaryScreens(): void {
  loadScreens().catch(() => undefined);
}
