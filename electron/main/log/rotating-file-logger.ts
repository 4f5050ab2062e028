// Runs in: main process. A plain-text log in the user data folder that IT can open in Notepad:
// one line per event (time, level, event, JSON details). Bounded: when the file would grow past
// maxBytes it becomes kiosk.log.1 (older ones shift up, the oldest is dropped).
import fs from 'node:fs';
import path from 'node:path';
import type { LogDetails, Logger, LogLevel } from './logger';

export interface RotatingLogOptions {
  directory: string;
  fileName?: string;
  /** Size of one file; the total stays below maxBytes * (keepFiles + 1). */
  maxBytes?: number;
  /** Rotated files kept besides the current one. */
  keepFiles?: number;
  now?: () => Date;
  /** Also echo to the console (development). */
  echo?: boolean;
}

export const DEFAULT_LOG_MAX_BYTES = 1024 * 1024;
export const DEFAULT_LOG_KEEP_FILES = 4;
const MAX_LINE_CHARS = 4000;

export function formatLogLine(
  time: Date,
  level: LogLevel,
  event: string,
  details?: LogDetails,
): string {
  let detailText = '';
  if (details !== undefined) {
    try {
      detailText = ` ${JSON.stringify(details)}`;
    } catch {
      detailText = ' {"details":"unserialisable"}';
    }
  }
  const line = `${time.toISOString()} ${level.toUpperCase().padEnd(5)} ${event}${detailText}`;
  return `${line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line}\n`;
}

export function createRotatingFileLogger(
  options: RotatingLogOptions,
): Logger & { filePath: string } {
  const fileName = options.fileName ?? 'kiosk.log';
  const maxBytes = options.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
  const keepFiles = options.keepFiles ?? DEFAULT_LOG_KEEP_FILES;
  const now = options.now ?? (() => new Date());
  const filePath = path.join(options.directory, fileName);
  let size: number | null = null;

  const currentSize = (): number => {
    if (size === null) {
      try {
        size = fs.statSync(filePath).size;
      } catch {
        size = 0;
      }
    }
    return size;
  };

  const rotate = (): void => {
    fs.rmSync(`${filePath}.${keepFiles}`, { force: true });
    for (let index = keepFiles - 1; index >= 1; index -= 1) {
      const from = `${filePath}.${index}`;
      if (fs.existsSync(from)) fs.renameSync(from, `${filePath}.${index + 1}`);
    }
    if (keepFiles >= 1 && fs.existsSync(filePath)) fs.renameSync(filePath, `${filePath}.1`);
    else fs.rmSync(filePath, { force: true });
    size = 0;
  };

  const write = (level: LogLevel, event: string, details?: LogDetails): void => {
    const line = formatLogLine(now(), level, event, details);
    if (options.echo) console.log(line.trimEnd());
    try {
      fs.mkdirSync(options.directory, { recursive: true });
      const bytes = Buffer.byteLength(line);
      if (currentSize() > 0 && currentSize() + bytes > maxBytes) rotate();
      fs.appendFileSync(filePath, line);
      size = currentSize() + bytes;
    } catch {
      // Logging must never take the kiosk down (full or read-only disk).
      size = null;
    }
  };

  return {
    filePath,
    info: (event, details) => write('info', event, details),
    warn: (event, details) => write('warn', event, details),
    error: (event, details) => write('error', event, details),
  };
}
