// Runs in: main process (also the web preview server).
// A set of listeners for one kind of event; a listener that throws is logged and the others still run.
import type { Logger } from './log/logger';

export interface ListenerSet<T> {
  add(listener: (value: T) => void): () => void;
  emit(value: T, log: Logger, event: string): void;
}

export function createListenerSet<T>(): ListenerSet<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    add(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(value, log, event) {
      for (const listener of [...listeners]) {
        try {
          listener(value);
        } catch (error) {
          log.error(event, { error: error instanceof Error ? error.message : String(error) });
        }
      }
    },
  };
}
