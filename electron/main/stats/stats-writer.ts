// Runs in: main process. Appends statistics records as JSON lines. Records are kept in memory for a
// moment and written in small batches, each followed by fsync, so a power cut loses at most the last
// batch and never corrupts earlier lines. Files rotate by size; nothing is ever rewritten.
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log/logger';
import { latestStatsFileIndex, statsFileName } from './stats-files';
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

  function currentFile(): { path: string; size: number } {
    if (currentIndex === null) {
      mkdirSync(options.dir, { recursive: true });
      currentIndex = latestStatsFileIndex(readdirSync(options.dir)) ?? 1;
    }
    let path = join(options.dir, statsFileName(currentIndex));
    let size = existsSync(path) ? statSync(path).size : 0;
    if (size >= maxFileBytes) {
      currentIndex += 1;
      path = join(options.dir, statsFileName(currentIndex));
      size = 0;
    }
    return { path, size };
  }

  function writeBatch(lines: string[]): void {
    const file = currentFile();
    const descriptor = openSync(file.path, 'a+');
    try {
      let prefix = '';
      if (file.size > 0) {
        // A torn last line (power cut mid-write) must not swallow the next record: start afresh.
        const last = Buffer.alloc(1);
        readSync(descriptor, last, 0, 1, file.size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      writeSync(descriptor, prefix + lines.join(''));
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  }

  /**
   * Synchronous on purpose: a batch is a few hundred bytes, so the write and fsync are short, and
   * a flush started while the app quits is finished before the process can exit.
   */
  function flushNow(): void {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (pending.length === 0) return;
    const lines = pending;
    pending = [];
    try {
      writeBatch(lines);
    } catch (error) {
      // Statistics are never worth crashing the kiosk for; the failure is logged.
      options.log.error('stats-write-failed', {
        records: lines.length,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  return {
    append(record) {
      pending.push(formatStatsLine(record));
      if (pending.length >= batchSize) flushNow();
      else if (!timer) {
        timer = setTimeout(flushNow, flushDelayMs);
        timer.unref(); // pending statistics never keep the process alive; close() flushes them
      }
    },
    flush: async () => flushNow(),
    close: async () => flushNow(),
  };
}
