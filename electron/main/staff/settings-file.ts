// Runs in: main process. The kiosk's small settings file in the user data folder (the staff PIN hash
// lives here). Written atomically (temp file, fsync, rename) so a power cut leaves the old or the new
// file, never half of one; other keys in the file are kept untouched.
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

export type SettingsData = Record<string, unknown>;

export interface SettingsFile {
  readonly path: string;
  /** The whole file; `{}` when it does not exist or cannot be parsed. */
  read(): Promise<SettingsData>;
  /** Replaces one top-level key and writes the file atomically. */
  write(key: string, value: unknown): Promise<void>;
}

export function createSettingsFile(path: string): SettingsFile {
  async function read(): Promise<SettingsData> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return {};
    }
    try {
      const data: unknown = JSON.parse(text);
      return data !== null && typeof data === 'object' && !Array.isArray(data)
        ? (data as SettingsData)
        : {};
    } catch {
      return {};
    }
  }

  async function write(key: string, value: unknown): Promise<void> {
    const data = { ...(await read()), [key]: value };
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  }

  return { path, read, write };
}
