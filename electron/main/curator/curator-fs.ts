// Runs in: main process (also the web preview server). The file operations the studio uses, handed in
// so tests can make any of them fail (a full disk, a read-only folder), and its one way to write a
// file: a temporary file beside it, then a rename, so a crash leaves the old bytes or the new.
import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CuratorWriteFailure } from '../../../common/curator-contract';

export interface CuratorFs {
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: string | Buffer): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive?: boolean; force?: boolean }): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readdir(path: string): Promise<string[]>;
}

export const nodeFs: CuratorFs = {
  readFile: (path) => fsPromises.readFile(path),
  writeFile: (path, data) => fsPromises.writeFile(path, data),
  rename: (from, to) => fsPromises.rename(from, to),
  copyFile: (from, to) => fsPromises.copyFile(from, to),
  rm: (path, options) => fsPromises.rm(path, options),
  mkdir: (path, options) => fsPromises.mkdir(path, options),
  stat: (path) => fsPromises.stat(path),
  readdir: (path) => fsPromises.readdir(path),
};

/** Readers see the old bytes or the new, never half a file; a failed write leaves no temporary. */
export async function writeFileAtomic(
  fs: CuratorFs,
  path: string,
  data: string | Buffer,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

export async function fileExists(fs: CuratorFs, path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A failed write as the studio reports it: the cause the curator can act on, and the detail. */
export function writeFailure(error: unknown): CuratorWriteFailure {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const cause =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'disk-full'
      : code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
        ? 'read-only'
        : 'io';
  return {
    ok: false,
    reason: 'write-failed',
    cause,
    error: error instanceof Error ? error.message : String(error),
  };
}
