// Runs in: renderer (the secondary screens' chunk). The screens a visitor reaches only after touching
// the kiosk, behind one dynamic import (secondary-screens.ts): one chunk and one request for the three.
export { AboutScreen } from './AboutScreen';
export { IndexScreen } from './IndexScreen';
export { StoryPanel } from './StoryPanel';
