// Runs in: main process. Relaunching the app (the daily relaunch, the crash recovery's relaunch).
// It ends with app.exit(0), which skips will-quit and with it the usual shutdown: so what is still
// buffered (the last seconds of visitor statistics, a session's end among them) is flushed first.
import type { Logger } from '../log/logger';

export interface RelaunchingApp {
  relaunch(): void;
  exit(code?: number): void;
}

export interface RelaunchOptions {
  app: RelaunchingApp;
  /** Writes what is buffered (the services' dispose: statistics flushed, staff session locked). */
  flush: () => Promise<void>;
  log: Logger;
  /** Called at once, before the flush: the window may close now. */
  onExit?: () => void;
  /** A flush that hangs must not keep a crashed kiosk from relaunching. */
  flushTimeoutMs?: number;
}

export const RELAUNCH_FLUSH_TIMEOUT_MS = 3000;

export function createRelaunch(options: RelaunchOptions): () => Promise<void> {
  let relaunching: Promise<void> | null = null;

  async function flushBounded(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(
        () => resolve('timeout'),
        options.flushTimeoutMs ?? RELAUNCH_FLUSH_TIMEOUT_MS,
      );
    });
    try {
      const result = await Promise.race([options.flush(), timeout]);
      if (result === 'timeout') options.log.error('relaunch-flush-timed-out');
    } catch (error) {
      options.log.error('relaunch-flush-failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      clearTimeout(timer);
    }
  }

  async function relaunch(): Promise<void> {
    options.log.warn('relaunch');
    options.onExit?.();
    await flushBounded();
    options.app.relaunch();
    options.app.exit(0);
  }

  // A second request while one is under way (a crash during the daily relaunch) joins it.
  return () => (relaunching ??= relaunch());
}
