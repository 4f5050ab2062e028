// Runs in: main process.
// Notices when the curator replaces content.json (e.g. copies a new override folder from a USB stick).
// Polls instead of using fs.watch: polling behaves the same on every file system and also sees a file
// that did not exist when watching started.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

async function signature(file: string): Promise<string> {
  try {
    const info = await stat(file);
    return `${info.mtimeMs}:${info.size}:${info.ino}`;
  } catch {
    return 'missing';
  }
}

/**
 * Calls onChange once <dir>/content.json has changed (appeared, been rewritten or removed) and then
 * stayed unchanged for one more interval, so a file still being copied is not read half-way.
 * Returns a function that stops watching.
 */
export function watchContentFolder(
  dir: string,
  onChange: () => void,
  options: { intervalMs?: number } = {},
): () => void {
  const intervalMs = options.intervalMs ?? 2000;
  const file = join(dir, 'content.json');
  let stopped = false;
  let known: string | null = null;
  let pending: string | null = null;
  let timer: NodeJS.Timeout | null = null;

  const poll = async (): Promise<void> => {
    const current = await signature(file);
    if (stopped) return;
    if (known === null) {
      known = current;
    } else if (current !== known) {
      if (pending === current) {
        // Unchanged for a whole interval: the write has settled.
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
