// Runs in: Node (tools). How the renderer's modules are split into chunks (rolldown's codeSplitting
// groups, used by vite.config.ts). Left to itself, rolldown split the kiosk's start into a dozen small
// chunks shaped by whatever the curator studio also imported (the staff panel's words landed in a
// chunk loaded at start, named after idle-timer.ts), and every chunk is compressed on its own. These
// groups keep the kiosk in a few chunks by what loads together, so the studio's imports cannot
// reshape them, and the studio's own modules stay in its Curator*.js chunks
// (bench/measure-size.ts counts everything else as the kiosk's JS: issue 20).
//
// Two rules, each learnt from a kiosk that did not start (the visitor browser tests catch both):
// - A group must not statically import a group that statically imports it back: one chunk's code
//   would run before the code it uses ("a is not a function"). Hence the content error screen,
//   which uses the staff words, is loaded lazily (App.tsx).
// - A dynamic entry's own module (main.tsx) stays out of the groups: when a group took main.tsx and
//   everything it imports, rolldown wrote its import() as an empty Promise.resolve({}).

const dir = String.raw`[\\/]`;
const source = (path: string): string => `renderer${dir}src${dir}${path}`;

/** Secondary screens: one lazy chunk, fetched once the visitor screens mount. */
const SCREENS = `${source('components')}${dir}(StoryPanel|IndexScreen|AboutScreen|screen-frame|ScreenFooter|screens-chunk)\\.`;

export const CHUNK_GROUPS = [
  // Loaded by the entry before the first paint: the wait for it, and Vite's loader of the chunks
  // that follow (which the entry imports anyway).
  {
    name: 'first-frame',
    test: /first-frame\.ts$|preload-helper/,
    priority: 40,
  },
  // Loaded right after the paint, beside the app: the content request and the API it uses.
  {
    name: 'early-content',
    test: new RegExp(
      `${source('platform')}${dir}(early-content|kiosk-api)\\.|common${dir}(portrait-sources|kiosk-api-transport)\\.`,
    ),
    priority: 40,
  },
  // Staff screens (lazy), with the staff words and the content error screen that uses them.
  {
    name: 'staff',
    test: new RegExp(
      `${source('staff')}${dir}(?!(StaffEntry|use-staff-entry|StudioUnlock)\\.|gesture${dir})|${source('components')}${dir}ContentErrorScreen\\.|common${dir}kiosk-name\\.`,
    ),
    priority: 30,
  },
  { name: 'screens', test: new RegExp(SCREENS), priority: 20 },
  // The app a visitor sees at start: React, framer-motion, zustand and the visitor's own modules.
  {
    name: 'app',
    test: new RegExp(
      `node_modules${dir}(react|react-dom|scheduler|framer-motion|motion-dom|motion-utils|zustand)${dir}|common${dir}curator-path\\.|` +
        `${source('')}(App\\.tsx|platform${dir}(kiosk-guards|watch-frames)\\.|curator${dir}curator-page\\.|components${dir}|store${dir}|hooks${dir}|logic${dir}|i18n${dir}|staff${dir}(StaffEntry|use-staff-entry)\\.|staff${dir}gesture${dir})`,
    ),
    priority: 10,
  },
];
