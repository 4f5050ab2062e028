// Runs in: Node (vitest).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createRotatingFileLogger,
  formatLogLine,
  type LogFileSystem,
} from '../../../electron/main/log/rotating-file-logger';

let directory: string;
beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-log-'));
});
afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

const totalBytes = () =>
  fs
    .readdirSync(directory)
    .reduce((sum, name) => sum + fs.statSync(path.join(directory, name)).size, 0);

describe('rotating file logger', () => {
  it('writes one readable line per event', () => {
    const log = createRotatingFileLogger({
      directory,
      now: () => new Date('2022-04-01T09:00:00Z'),
    });
    log.info('start', { version: '1.0.0' });
    log.error('renderer-gone', { reason: 'crashed' });
    const text = fs.readFileSync(path.join(directory, 'kiosk.log'), 'utf8');
    expect(text).toBe(
      '2022-04-01T09:00:00.000Z INFO  start {"version":"1.0.0"}\n' +
        '2022-04-01T09:00:00.000Z ERROR renderer-gone {"reason":"crashed"}\n',
    );
  });

  it('stays bounded: rotates into numbered files and drops the oldest', () => {
    const log = createRotatingFileLogger({ directory, maxBytes: 1000, keepFiles: 2 });
    for (let index = 0; index < 500; index += 1)
      log.info('tick', { index, padding: 'x'.repeat(40) });
    expect(fs.readdirSync(directory).sort()).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2']);
    expect(totalBytes()).toBeLessThanOrEqual(3000);
    for (const name of fs.readdirSync(directory)) {
      expect(fs.statSync(path.join(directory, name)).size).toBeLessThanOrEqual(1000);
    }
    // The newest line is in the current file.
    expect(fs.readFileSync(path.join(directory, 'kiosk.log'), 'utf8')).toContain('"index":499');
  });

  it('continues the size count of an existing file after a restart', () => {
    fs.writeFileSync(path.join(directory, 'kiosk.log'), 'x'.repeat(990));
    const log = createRotatingFileLogger({ directory, maxBytes: 1000, keepFiles: 1 });
    log.info('after-restart');
    expect(fs.readFileSync(path.join(directory, 'kiosk.log.1'), 'utf8')).toBe('x'.repeat(990));
    expect(fs.readFileSync(path.join(directory, 'kiosk.log'), 'utf8')).toContain('after-restart');
  });

  it('never throws, even when the folder cannot be written', () => {
    const file = path.join(directory, 'not-a-folder');
    fs.writeFileSync(file, '');
    const log = createRotatingFileLogger({ directory: file });
    expect(() => log.warn('lost')).not.toThrow();
  });

  it('cuts overlong lines and survives unserialisable details', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(formatLogLine(new Date(0), 'warn', 'odd', circular)).toContain('unserialisable');
    expect(
      formatLogLine(new Date(0), 'info', 'big', { text: 'y'.repeat(10_000) }).length,
    ).toBeLessThan(4100);
  });
});

describe('rotating file logger when the current file cannot be renamed', () => {
  // Windows: IT tails kiosk.log in an editor that holds it open without delete sharing.
  const heldOpen = (file: string): LogFileSystem => ({
    ...fs,
    renameSync: (from, to) => {
      if (path.resolve(String(from)) === file) {
        throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${String(from)}'`), {
          code: 'EBUSY',
        });
      }
      fs.renameSync(from, to);
    },
  });

  it('keeps every older log and every new line, and rotates once the file is free', () => {
    const current = path.join(directory, 'kiosk.log');
    for (const index of [1, 2]) fs.writeFileSync(`${current}.${index}`, `older ${index}\n`);
    fs.writeFileSync(current, 'x'.repeat(990) + '\n');
    let fileSystem: LogFileSystem = heldOpen(current);
    const log = createRotatingFileLogger({
      directory,
      maxBytes: 1000,
      keepFiles: 2,
      fileSystem: new Proxy({} as LogFileSystem, {
        get: (_target, name: keyof LogFileSystem) => fileSystem[name],
      }),
    });
    for (let index = 0; index < 5; index += 1) log.info('while-held', { index });

    expect(fs.readFileSync(`${current}.1`, 'utf8')).toBe('older 1\n');
    expect(fs.readFileSync(`${current}.2`, 'utf8')).toBe('older 2\n');
    const text = fs.readFileSync(current, 'utf8');
    for (let index = 0; index < 5; index += 1) expect(text).toContain(`"index":${index}`);
    expect(text).toContain('log-rotation-failed');

    fileSystem = fs; // the editor let go
    log.info('after');
    expect(fs.readFileSync(`${current}.1`, 'utf8')).toContain('"index":4}');
    expect(fs.readFileSync(`${current}.2`, 'utf8')).toBe('older 1\n');
    expect(fs.readFileSync(current, 'utf8')).toContain('after');
  });

  it('puts a file left aside by an interrupted rotation in its place before the next one', () => {
    const current = path.join(directory, 'kiosk.log');
    fs.writeFileSync(`${current}.1`, 'older 1\n');
    fs.writeFileSync(`${current}.rotating`, 'stepped aside\n');
    fs.writeFileSync(current, 'x'.repeat(995) + '\n');
    const log = createRotatingFileLogger({ directory, maxBytes: 1000, keepFiles: 3 });
    log.info('next');
    expect(fs.readFileSync(`${current}.1`, 'utf8')).toBe('x'.repeat(995) + '\n');
    expect(fs.readFileSync(`${current}.2`, 'utf8')).toBe('stepped aside\n');
    expect(fs.readFileSync(`${current}.3`, 'utf8')).toBe('older 1\n');
    expect(fs.existsSync(`${current}.rotating`)).toBe(false);
  });
});
