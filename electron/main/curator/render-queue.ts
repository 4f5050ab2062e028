// Runs in: main process (also the web preview server). The studio's slow renders (the 4K portrait)
// one at a time, in the background, so Publish finds them done: a newer request replaces one still
// waiting (the curator moved the focal point again: only the newest point is worth rendering), and
// Publish joins a render of the same file that is running or waiting instead of starting another.

export interface RenderQueue {
  /**
   * In the background, after the render running now: replaces a background render still waiting.
   * A failure is only logged by the caller's render; Publish tries again.
   */
  schedule(key: string, render: () => Promise<void>): void;
  /**
   * Now, for Publish: joins the render of `key` if it is running or waiting, else renders it next
   * (ahead of the background). A joined render that failed is tried once more here.
   */
  renderNow(key: string, render: () => Promise<void>): Promise<void>;
  /** Resolves once nothing is running or waiting (tests, and closing the studio's folder). */
  settled(): Promise<void>;
}

interface Job {
  key: string;
  /** Settles when the render has run; rejects with its error. */
  done: Promise<void>;
  start(): void;
}

function makeJob(key: string, render: () => Promise<void>): Job {
  let start = (): void => undefined;
  const started = new Promise<void>((resolve) => {
    start = resolve;
  });
  const done = started.then(render);
  // A background render nobody joins must not surface as an unhandled rejection.
  done.catch(() => undefined);
  return { key, done, start };
}

export function createRenderQueue(): RenderQueue {
  let running: Job | null = null;
  let background: Job | null = null;
  const urgent: Job[] = [];
  let idleWaiters: (() => void)[] = [];

  function pump(): void {
    if (running) return;
    const next = urgent.shift() ?? background;
    if (next === background) background = null;
    if (!next) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
      return;
    }
    running = next;
    const finished = (): void => {
      running = null;
      pump();
    };
    next.done.then(finished, finished);
    next.start();
  }

  const find = (key: string): Job | undefined =>
    [running, ...urgent, background].find((job): job is Job => job?.key === key);

  return {
    schedule(key, render) {
      if (find(key)) return;
      background = makeJob(key, render);
      pump();
    },

    async renderNow(key, render) {
      const joined = find(key);
      if (joined) {
        if (joined === background) {
          // Publish is waiting for it: it must not be replaced by a newer background request.
          background = null;
          urgent.push(joined);
          pump();
        }
        try {
          await joined.done;
          return;
        } catch {
          // Tried once more below, as Publish did before renders moved to the background.
        }
      }
      const job = makeJob(key, render);
      urgent.push(job);
      pump();
      await job.done;
    },

    settled() {
      if (!running && !background && urgent.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
