// Runs in: main process. Command-line switches for staff and tests.

export interface KioskArgs {
  /** A normal window without the kiosk lockdown (staff laptop, development). */
  windowed: boolean;
  /**
   * The curator studio in a normal window (the "Heroes of Children - Curator" shortcut): never the
   * kiosk lockdown; it edits the user-data override folder, or --content-dir.
   */
  curator: boolean;
  /** Content from another folder; wins over the override and bundled content. */
  contentDir?: string;
  /** Development: load the renderer from the Vite dev server instead of app://. */
  devServerUrl?: string;
  /** Open devtools (only honoured together with --windowed). */
  devTools: boolean;
  /** Another user data folder (settings, stats, logs): tests and a second kiosk profile. */
  userDataDir?: string;
  /**
   * Local hour (0-23) of the daily relaunch, null when switched off with `--relaunch-hour off`, or
   * undefined when not given: then content.json's `settings.dailyRelaunchHour` decides.
   */
  relaunchHour?: number | null;
  /** A folder to look for content packs in, besides removable drives (a venue's synced folder). */
  packsDir?: string;
}

/**
 * Reads our switches from process.argv (anything else, such as Chromium's own switches or the app
 * path Electron passes, is ignored). Accepts `--name value` and `--name=value`.
 */
export function parseKioskArgs(argv: readonly string[]): KioskArgs {
  const args: KioskArgs = { windowed: false, curator: false, devTools: false };
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
      case '--curator':
        args.curator = true;
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
      case '--packs-dir': {
        const value = takeValue();
        if (value) args.packsDir = value;
        break;
      }
      case '--dev-server-url': {
        const value = takeValue();
        if (value) args.devServerUrl = value;
        break;
      }
      case '--relaunch-hour': {
        const hour = parseRelaunchHour(takeValue());
        if (hour !== undefined) args.relaunchHour = hour;
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

/** A value we cannot read is ignored (undefined), so the content's setting still applies. */
function parseRelaunchHour(value: string | undefined): number | null | undefined {
  if (value === 'off') return null;
  const hour = Number(value);
  return value !== undefined && Number.isInteger(hour) && hour >= 0 && hour <= 23
    ? hour
    : undefined;
}

/**
 * The switches a run may use: a packaged (installed, locked) kiosk never loads another origin, so
 * --dev-server-url, which whoever can edit its shortcut could point anywhere, is dropped there and
 * named in `ignored` for the log.
 */
export function limitPackagedArgs(
  args: KioskArgs,
  isPackaged: boolean,
): { args: KioskArgs; ignored: string[] } {
  if (!isPackaged || args.devServerUrl === undefined) return { args, ignored: [] };
  const limited: KioskArgs = { ...args };
  delete limited.devServerUrl;
  return { args: limited, ignored: ['--dev-server-url'] };
}
