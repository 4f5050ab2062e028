// Runs in: main process (and Node tools that reuse main-process modules).
// The logging interface every main-process module takes as a dependency, so tests can pass a fake.

export type LogLevel = 'info' | 'warn' | 'error';

/** Extra facts for a log line; written as JSON, so keep values small and serialisable. */
export type LogDetails = Record<string, unknown>;

export interface Logger {
  info(event: string, details?: LogDetails): void;
  warn(event: string, details?: LogDetails): void;
  error(event: string, details?: LogDetails): void;
}

/** A logger that drops everything: for tools and tests that do not care. */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
