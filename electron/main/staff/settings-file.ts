// Runs in: main process. The kiosk's small settings file in the user data folder (the staff PIN hash
// lives here). Written atomically (temp file, fsync, rename) so a power cut leaves the old or the new
// file, never half of one; other keys in the file are kept untouched. Only a missing file reads as
// empty (a first run): a file that cannot be read or parsed throws, and then nothing is written,
// so a hand edit gone wrong or a busy disk never turns into a fresh file with the first-run PIN.
import * as fsPromises from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export type SettingsData = Record<string, unknown>;

/** The file calls the settings make; tests hand in one whose read fails (EBUSY on Windows). */
export type SettingsFileSystem = Pick<typeof fsPromises, 'mkdir' | 'open' | 'readFile' | 'rename'>;

/** The settings file exists but cannot be used; `reason` says why, for the log. */
export class SettingsUnreadableError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'SettingsUnreadableError';
  }
}

export interface SettingsFile {
  readonly path: string;
  /** The whole file; `{}` when it does not exist. Throws SettingsUnreadableError otherwise. */
  read(): Promise<SettingsData>;
  /** Replaces one top-level key and writes the file atomically; never after a failed read. */
  write(key: string, value: unknown): Promise<void>;
}

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Writes waiting per file, shared by every SettingsFile of this process: the PIN store and the kiosk
 * name each hold one for the same settings.json, and two read-modify-write cycles running at once
 * would each keep only their own key.
 */
const pendingWrites = new Map<string, Promise<unknown>>();
let temporaryCount = 0;

function oneWriteAtATime<T>(path: string, task: () => Promise<T>): Promise<T> {
  const key = resolve(path);
  const result = (pendingWrites.get(key) ?? Promise.resolve()).then(task, task);
  const settled = result.catch(() => undefined);
  pendingWrites.set(key, settled);
  void settled.then(() => {
    if (pendingWrites.get(key) === settled) pendingWrites.delete(key);
  });
  return result;
}

export function createSettingsFile(
  path: string,
  fileSystem: SettingsFileSystem = fsPromises,
): SettingsFile {
  async function read(): Promise<SettingsData> {
    let text: string;
    try {
      text = await fileSystem.readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new SettingsUnreadableError(path, `cannot be read: ${errorText(error)}`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new SettingsUnreadableError(path, `is not valid JSON: ${errorText(error)}`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw new SettingsUnreadableError(path, 'does not hold a JSON object');
    }
    return data as SettingsData;
  }

  async function writeNow(key: string, value: unknown): Promise<void> {
    const data = { ...(await read()), [key]: value };
    await fileSystem.mkdir(dirname(path), { recursive: true });
    temporaryCount += 1;
    const temporary = `${path}.${process.pid}-${temporaryCount}.tmp`;
    const handle = await fileSystem.open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fileSystem.rename(temporary, path);
  }

  const write = (key: string, value: unknown): Promise<void> =>
    oneWriteAtATime(path, () => writeNow(key, value));

  return { path, read, write };
}
