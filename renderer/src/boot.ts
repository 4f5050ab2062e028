// Runs in: renderer. The page's entry, a few kilobytes: it lets the browser paint the first frame
// the server wrote into index.html, and only then asks for the content and loads the app with its
// styles and fonts (React and framer-motion are about 400 KB to compile and run, which would
// otherwise hold back that paint). Before the paint it imports nothing but the wait itself: every
// module fetched then shares the server and the CPU with the portrait (~20 ms each on the
// benchmark machine).
import { firstFramePainted } from './platform/first-frame';

await firstFramePainted();
// The content request leaves before the app is fetched and evaluated, so the two travel together.
const { requestContentEarly } = await import('./platform/early-content');
requestContentEarly();
await import('./main');
