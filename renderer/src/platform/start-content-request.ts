// Runs in: renderer. Imported first by main.tsx for this side effect alone: ES modules run in import
// order, so the content request leaves before React and framer-motion are evaluated.
import { requestContentEarly } from './early-content';

requestContentEarly();
