// Runs in: renderer. The screens a visitor reaches only after touching the kiosk (story, index,
// about), each in its own chunk: they are not parsed before the first portrait, and are fetched as
// soon as the visitor screens mount, long before a visitor can open them.
import { lazy } from 'react';

const loadStoryPanel = () => import('./StoryPanel');
const loadIndexScreen = () => import('./IndexScreen');
const loadAboutScreen = () => import('./AboutScreen');

export const StoryPanel = lazy(() =>
  loadStoryPanel().then((module) => ({ default: module.StoryPanel })),
);
export const IndexScreen = lazy(() =>
  loadIndexScreen().then((module) => ({ default: module.IndexScreen })),
);
export const AboutScreen = lazy(() =>
  loadAboutScreen().then((module) => ({ default: module.AboutScreen })),
);

/** Starts fetching every secondary screen's chunk; the browser keeps each module once loaded. */
export function preloadSecondaryScreens(): void {
  for (const load of [loadStoryPanel, loadIndexScreen, loadAboutScreen]) {
    load().catch(() => undefined);
  }
}
