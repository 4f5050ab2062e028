// Runs in: main process. Command-line switches for staff and tests.

export interface KioskArgs {
  /** A normal window without the kiosk lockdown (staff laptop, development). */
  windowed: boolean;
  /** Content from another folder; wins over the override and bundled content. */
  contentDir?: string;
  /** Development: load the renderer from the Vite dev server instead of app://. */
  devServerUrl?: string;
  /** Open devtools (only honoured together with --windowed). */
  devTools: boolean;
  /** Another user data folder (settings, stats, logs): tests and a second kiosk profile. */
  userDataDir?: string;
  /** Local hour (0-23) of the daily relaunch, or null when switched off with `--relaunch-hour off`. */
  relaunchHour: number | null;
}

export const DEFAULT_RELAUNCH_HOUR = 5;

/**
 * Reads our switches from process.argv (anything else, such as Chromium's own switches or the app
 * path Electron passes, is ignored). Accepts `--name value` and `--name=value`.
 */
export function parseKioskArgs(argv: readonly string[]): KioskArgs {
  const args: KioskArgs = { windowed: false, devTools: false, relaunchHour: DEFAULT_RELAUNCH_HOUR };
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index] ?? '';
    const [name, inlineValue] = splitSwitch(token);
    const takeValue = (): string | undefined => {
      if (inlineValue !== undefined) return inlineValue;
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      index += 1;
      return next;
    };
    switch (name) {
      case '--windowed':
        args.windowed = true;
        break;
      case '--devtools':
        args.devTools = true;
        break;
      case '--content-dir': {
        const value = takeValue();
        if (value) args.contentDir = value;
        break;
      }
      case '--user-data-dir': {
        const value = takeValue();
        if (value) args.userDataDir = value;
        break;
      }
      case '--dev-server-url': {
        const value = takeValue();
        if (value) args.devServerUrl = value;
        break;
      }
      case '--relaunch-hour': {
        args.relaunchHour = parseRelaunchHour(takeValue());
        break;
      }
      default:
        break;
    }
  }
  return args;
}

function splitSwitch(token: string): [string, string | undefined] {
  const equals = token.indexOf('=');
  if (!token.startsWith('--') || equals === -1) return [token, undefined];
  return [token.slice(0, equals), token.slice(equals + 1)];
}

function parseRelaunchHour(value: string | undefined): number | null {
  if (value === undefined) return DEFAULT_RELAUNCH_HOUR;
  if (value === 'off') return null;
  const hour = Number(value);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : DEFAULT_RELAUNCH_HOUR;
}
