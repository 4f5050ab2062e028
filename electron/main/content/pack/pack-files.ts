// Runs in: main process (and the Node tools that write and check packs).
// The file-level facts a content pack rests on: sha256 of a file, whether a listed path stays inside
// its folder, what a folder really holds (symbolic links included, never followed), the pack's hash.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { PackFile } from '../../../../common/content-pack';

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A path pack.json may list: relative, forward slashes, no `.` or `..` segment, no drive letter,
 * backslash, colon or control character. Checked before any file is opened.
 */
export function isSafePackPath(path: string): boolean {
  const hasControlCharacter = [...path].some((character) => character.charCodeAt(0) < 0x20);
  if (path === '' || path.startsWith('/') || /[\\:]/.test(path) || hasControlCharacter)
    return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * Files an operating system drops into folders it shows (Finder, Explorer): never part of a pack,
 * never copied, and no reason to refuse a stick that staff opened on a laptop first.
 */
export function isSystemClutter(name: string): boolean {
  return (
    name === '.DS_Store' ||
    name.startsWith('._') ||
    name.toLowerCase() === 'thumbs.db' ||
    name.toLowerCase() === 'desktop.ini'
  );
}

export interface FolderEntries {
  /** Regular files, relative with forward slashes, sorted. */
  files: string[];
  /** Symbolic links (to files or folders), which a pack must not contain. */
  links: string[];
  /** Anything else that is not a folder: sockets, devices, pipes. */
  others: string[];
}

/** Everything below `dir` without following links, system clutter left out. */
export async function readFolderEntries(dir: string): Promise<FolderEntries> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const result: FolderEntries = { files: [], links: [], others: [] };
  for (const entry of entries) {
    if (isSystemClutter(entry.name)) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (entry.isSymbolicLink()) result.links.push(path);
    else if (entry.isFile()) result.files.push(path);
    else if (!entry.isDirectory()) result.others.push(path);
  }
  result.files.sort();
  result.links.sort();
  result.others.sort();
  return result;
}

/**
 * The pack's identity: sha256 over its sorted file list with each file's own hash and size. Label
 * and date are left out, so two packs of the same content have the same hash on every kiosk.
 */
export function packHash(files: readonly PackFile[]): string {
  const lines = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => `${file.sha256} ${file.size} ${file.path}\n`);
  return createHash('sha256').update(lines.join('')).digest('hex');
}
