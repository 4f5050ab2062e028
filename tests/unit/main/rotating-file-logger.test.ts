// Runs in: Node (vitest).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createRotatingFileLogger,
  formatLogLine,
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
