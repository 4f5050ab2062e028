// Runs in: main process. A plain-text log in the user data folder that IT can open in Notepad:
// one line per event (time, level, event, JSON details). Bounded: when the file would grow past
// maxBytes it becomes kiosk.log.1 (older ones shift up, the oldest is dropped). A file that cannot
// be renamed (held open) keeps growing rather than losing lines or older files.
import realFs from 'node:fs';
import path from 'node:path';
import type { LogDetails, Logger, LogLevel } from './logger';

/** The file calls the logger makes; tests hand in one whose rename fails, as on Windows. */
export type LogFileSystem = Pick<
  typeof realFs,
  'appendFileSync' | 'existsSync' | 'mkdirSync' | 'renameSync' | 'rmSync' | 'statSync'
>;

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
  fileSystem?: LogFileSystem;
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
  const fs = options.fileSystem ?? realFs;
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

  /** Set after a failed rotation: the size at which to try again. */
  let retryRotationAt: number | null = null;
  const rotating = `${filePath}.rotating`;

  /** Moves the stepped-aside file to .1, shifting older ones up; the oldest is dropped. */
  const shiftIntoPlace = (): void => {
    fs.rmSync(`${filePath}.${keepFiles}`, { force: true });
    for (let index = keepFiles - 1; index >= 1; index -= 1) {
      const from = `${filePath}.${index}`;
      if (fs.existsSync(from)) fs.renameSync(from, `${filePath}.${index + 1}`);
    }
    if (keepFiles >= 1) fs.renameSync(rotating, `${filePath}.1`);
    else fs.rmSync(rotating, { force: true });
  };

  /**
   * The current file steps aside first: when it cannot (held open on Windows), nothing older has
   * moved or been dropped, and lines keep going to the current file. A file left stepped aside by
   * an earlier, interrupted rotation is put in place before this one.
   */
  const rotate = (): void => {
    if (fs.existsSync(rotating)) shiftIntoPlace();
    fs.renameSync(filePath, rotating);
    size = 0;
    shiftIntoPlace();
  };

  const rotateIfDue = (bytes: number): void => {
    const due = currentSize() > 0 && currentSize() + bytes > maxBytes;
    if (!due || (retryRotationAt !== null && currentSize() < retryRotationAt)) return;
    try {
      rotate();
      retryRotationAt = null;
    } catch (error) {
      // Try again once the file has grown a little more, not on every line.
      retryRotationAt = currentSize() + Math.ceil(maxBytes / 16);
      const line = formatLogLine(now(), 'warn', 'log-rotation-failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      fs.appendFileSync(filePath, line);
      size = currentSize() + Buffer.byteLength(line);
    }
  };

  const write = (level: LogLevel, event: string, details?: LogDetails): void => {
    const line = formatLogLine(now(), level, event, details);
    if (options.echo) console.log(line.trimEnd());
    try {
      fs.mkdirSync(options.directory, { recursive: true });
      const bytes = Buffer.byteLength(line);
      rotateIfDue(bytes);
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
