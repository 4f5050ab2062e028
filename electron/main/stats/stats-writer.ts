// Runs in: main process. Appends statistics records as JSON lines. Records are kept in memory for a
// moment and written in small batches, each followed by fsync, so a power cut loses at most the last
// batch and never corrupts earlier lines. Files rotate by size; nothing is ever rewritten.
import { mkdir, open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log/logger';
import { listStatsFiles, statsFileName } from './stats-files';
import type { StatsRecord } from './stats-record';
import { formatStatsLine } from './stats-record';

export interface StatsWriterOptions {
  dir: string;
  log: Logger;
  /** Start a new file once the current one reaches this size. */
  maxFileBytes?: number;
  /** Write at the latest this long after the first pending record. */
  flushDelayMs?: number;
  /** Write at once when this many records are pending. */
  batchSize?: number;
}

export interface StatsWriter {
  append(record: StatsRecord): void;
  /** Writes everything pending now; resolves when it is on disk. */
  flush(): Promise<void>;
  /** Flushes and stops the timer. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_STATS_FILE_BYTES = 1024 * 1024;

export function createStatsWriter(options: StatsWriterOptions): StatsWriter {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_STATS_FILE_BYTES;
  const flushDelayMs = options.flushDelayMs ?? 2000;
  const batchSize = options.batchSize ?? 20;
  let pending: string[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let currentIndex: number | null = null;
  // Writes run one at a time, in order.
  let chain: Promise<void> = Promise.resolve();

  async function currentFile(): Promise<{ path: string; size: number }> {
    if (currentIndex === null) {
      await mkdir(options.dir, { recursive: true });
      const files = await listStatsFiles(options.dir);
      currentIndex = files.at(-1)?.index ?? 1;
    }
    let path = join(options.dir, statsFileName(currentIndex));
    let size = await stat(path).then(
      (info) => info.size,
      () => 0,
    );
    if (size >= maxFileBytes) {
      currentIndex += 1;
      path = join(options.dir, statsFileName(currentIndex));
      size = 0;
    }
    return { path, size };
  }

  async function writeBatch(lines: string[]): Promise<void> {
    const file = await currentFile();
    const handle = await open(file.path, 'a+');
    try {
      let prefix = '';
      if (file.size > 0) {
        // A torn last line (power cut mid-write) must not swallow the next record: start afresh.
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, file.size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      await handle.appendFile(prefix + lines.join(''), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (pending.length === 0) return chain;
    const lines = pending;
    pending = [];
    chain = chain
      .then(() => writeBatch(lines))
      .catch((error: unknown) => {
        // Statistics are never worth crashing the kiosk for; the failure is logged.
        options.log.error('stats-write-failed', {
          records: lines.length,
          error: error instanceof Error ? error.message : String(error),
        });
      });
    return chain;
  }

  return {
    append(record) {
      pending.push(formatStatsLine(record));
      if (pending.length >= batchSize) void flush();
      else if (!timer) {
        timer = setTimeout(() => void flush(), flushDelayMs);
        timer.unref(); // pending statistics never keep the process alive; close() flushes them
      }
    },
    flush,
    async close() {
      await flush();
    },
  };
}
