// Runs in: main process. Which key presses the kiosk swallows before the page sees them.

/** The parts of Electron's before-input-event `Input` we look at. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** Keys that act on the browser itself, with or without modifiers. */
const ALWAYS_BLOCKED_KEYS = new Set([
  'f5', // reload
  'f11', // fullscreen toggle
  'f12', // devtools
  'browserback',
  'browserforward',
  'browserrefresh',
  'browserhome',
  'browsersearch',
  'browserfavorites',
  'print',
  'zoomin',
  'zoomout',
  'close',
  'help',
]);

/** With Ctrl (or Cmd): reload, close, quit, print, zoom, new window/tab, save, open, find, source. */
const BLOCKED_WITH_COMMAND = new Set([
  'r',
  'w',
  'q',
  'p',
  'n',
  't',
  's',
  'o',
  'f',
  'g',
  'u',
  'h',
  'j',
  'm',
  '=',
  '+',
  '-',
  '_',
  '0',
  'f4',
  'tab',
]);

/** With Ctrl+Shift (or Cmd+Alt): the devtools family. */
const DEVTOOLS_KEYS = new Set(['i', 'j', 'c']);

/** True for a key press the kiosk must swallow. Key releases pass (they do nothing by themselves). */
export function isBlockedInput(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = input.key.toLowerCase();
  const command = input.control || input.meta;
  if (ALWAYS_BLOCKED_KEYS.has(key)) return true;
  // Alt+F4 closes the window; Alt+Left/Right and Alt+Home navigate history.
  if (
    input.alt &&
    (key === 'f4' || key === 'arrowleft' || key === 'arrowright' || key === 'home')
  ) {
    return true;
  }
  if (command && BLOCKED_WITH_COMMAND.has(key)) return true;
  if (command && (input.shift || input.alt) && DEVTOOLS_KEYS.has(key)) return true;
  // macOS: Cmd+Ctrl+F toggles fullscreen.
  if (input.meta && input.control && key === 'f') return true;
  return false;
}
