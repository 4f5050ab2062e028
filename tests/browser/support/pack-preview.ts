// Runs in: Node (Playwright). A preview of its own for the content pack spec, started with
// `--packs-dir` pointing at a folder that stands in for the USB stick and a fresh user data folder,
// on a port the system picks, so the suite's shared preview server stays as it is.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const READY_LINE = /Heroes of Children preview: (http:\/\/127\.0\.0\.1:\d+)\//;
const START_TIMEOUT_MS = 60_000;

export interface PackPreview {
  url: string;
  stop(): Promise<void>;
}

export function startPackPreview(options: {
  packsDir: string;
  userDataDir: string;
}): Promise<PackPreview> {
  const child: ChildProcess = spawn(
    join(REPOSITORY_ROOT, 'node_modules', '.bin', 'tsx'),
    [
      'tools/preview.ts',
      '--port',
      '0',
      '--no-build',
      '--packs-dir',
      options.packsDir,
      '--user-data',
      options.userDataDir,
    ],
    { cwd: REPOSITORY_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = (): Promise<void> =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        done();
        return;
      }
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((ready, fail) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`the pack preview did not start:\n${output}`));
    }, START_TIMEOUT_MS);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        ready({ url: match[1], stop });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the pack preview exited with ${String(code)}:\n${output}`));
    });
  });
}
