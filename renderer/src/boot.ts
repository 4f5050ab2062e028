// Runs in: renderer. The page's entry, a few kilobytes: it lets the browser paint the first frame
// the server wrote into index.html, and only then asks for the content and loads the app with its
// styles and fonts (React and framer-motion are about 400 KB to compile and run, which would
// otherwise hold back that paint).
import { requestContentEarly } from './platform/early-content';
import { firstFramePainted } from './platform/first-frame';

await firstFramePainted();
// The content request leaves before the app is fetched and evaluated, so the two travel together.
requestContentEarly();
await import('./main');
