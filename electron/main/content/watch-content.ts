// Runs in: main process (also the web preview server).
// Notices when the content folder changes: content.json, any image under it, or the whole folder
// replaced (a content pack swapped in, robocopy /MIR, a sync tool such as OneDrive or Syncthing).
// Polls instead of using fs.watch: polling behaves the same on every file system (network shares and
// USB sticks included) and also sees a folder that did not exist when watching started.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A content folder holds ~100 files; past this many the rest is not looked at (and not watched). */
export const MAX_WATCHED_ENTRIES = 5000;
const MAX_DEPTH = 8;

/**
 * One line per file (path, size, time, identity), hashed. Names starting with a dot are skipped:
 * staging folders (`.import-*`), sync tools' partial files (`.syncthing.*.tmp`) and OS litter.
 */
export async function folderSignature(dir: string): Promise<string> {
  const lines: string[] = [];
  const walk = async (relative: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(dir, relative), { withFileTypes: true });
    } catch {
      lines.push(`${relative}/: missing`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (lines.length >= MAX_WATCHED_ENTRIES) return;
      if (entry.name.startsWith('.')) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH) await walk(path, depth + 1);
        continue;
      }
      try {
        const info = await stat(join(dir, path));
        lines.push(`${path}: ${info.size} ${info.mtimeMs} ${info.ino}`);
      } catch {
        lines.push(`${path}: gone`);
      }
    }
  };
  await walk('', 0);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export interface WatchOptions {
  intervalMs?: number;
  /** Injected in tests. */
  signature?: (dir: string) => Promise<string>;
}

/**
 * Calls onChange once the folder has changed (a file appeared, was rewritten or removed, or the
 * folder itself was replaced) and then stayed unchanged for one more interval, so a copy still
 * under way is not read half-way. Returns a function that stops watching.
 */
export function watchContentFolder(
  dir: string,
  onChange: () => void,
  options: WatchOptions = {},
): () => void {
  const intervalMs = options.intervalMs ?? 2000;
  const signature = options.signature ?? folderSignature;
  let stopped = false;
  let known: string | null = null;
  let pending: string | null = null;
  let timer: NodeJS.Timeout | null = null;

  const poll = async (): Promise<void> => {
    const current = await signature(dir).catch(() => 'unreadable');
    if (stopped) return;
    if (known === null) {
      known = current;
    } else if (current !== known) {
      if (pending === current) {
        // Unchanged for a whole interval: the copy has settled (or paused: see follow-content).
        known = current;
        pending = null;
        onChange();
      } else {
        pending = current;
      }
    } else {
      pending = null;
    }
    schedule();
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => void poll(), intervalMs);
    timer.unref();
  };
  void poll();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
