// Runs in: main process. Turns crash and hang events (and a screen that stopped drawing) into
// reloads, relaunches or the fallback screen, following the restart budget. Never leaves a white,
// black or frozen screen behind.
import type { Logger } from '../log/logger';
import {
  decideGpuRecovery,
  decideRendererRecovery,
  recentHistory,
  type CrashHistory,
  type RecoveryDecision,
  type RecoveryPolicy,
} from './restart-budget';

export interface HealingWindow {
  loadURL(url: string): Promise<void>;
  /** Kills a hung renderer so the next load starts a fresh one. */
  forcefullyCrashRenderer(): void;
}

export interface HistoryStore {
  load(): CrashHistory;
  save(history: CrashHistory): void;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SelfHealingOptions {
  policy: RecoveryPolicy;
  store: HistoryStore;
  window: () => HealingWindow | null;
  /** app.relaunch() + app.exit(0). */
  relaunchApp: () => void;
  isQuitting: () => boolean;
  appUrl: string;
  fallbackUrl: string;
  log: Logger;
  /** A run clock (electron/main/app/run-clock.ts): deadlines must not follow wall-clock jumps. */
  now: () => number;
  timers: Timers;
}

export interface Health {
  startedAt: number;
  restarts: number;
  lastCrashReason: string | null;
}

export interface SelfHealing {
  rendererGone(reason: string): void;
  unresponsive(): void;
  responsive(): void;
  /**
   * The page reported that its frames stopped coming (renderer/src/logic/frame-watchdog.ts): it
   * still runs, so no crash or hang event will come, but the screen is frozen. Counted as a crash.
   */
  framesStalled(): void;
  gpuGone(reason: string): void;
  health(): Health;
  dispose(): void;
}

/** Renderer exits that are not crashes (our own quit or reload). */
const NORMAL_EXIT_REASONS = new Set(['clean-exit']);

export function createSelfHealing(options: SelfHealingOptions): SelfHealing {
  const { policy, store, log, timers } = options;
  const startedAt = options.now();
  const initial = store.load();
  // Relaunches recorded by earlier processes count as restarts too.
  let restarts = recentHistory(initial, startedAt, policy).relaunches.length;
  let lastCrashReason: string | null = null;
  let hangTimer: unknown = null;
  let retryTimer: unknown = null;
  // Killing a hung renderer makes it report 'killed'; that one is already being handled.
  let killedByUs = false;

  const loadSafely = (url: string): void => {
    const window = options.window();
    if (!window) return;
    window.loadURL(url).catch((error: unknown) => {
      log.error('load-failed', { url, error: String(error) });
    });
  };

  const clearRetry = (): void => {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
  };

  const showFallback = (): void => {
    log.error('fallback-screen', { retryInMs: policy.fallbackRetryMs });
    loadSafely(options.fallbackUrl);
    clearRetry();
    retryTimer = timers.setTimeout(() => {
      retryTimer = null;
      log.info('fallback-retry');
      loadSafely(options.appUrl);
    }, policy.fallbackRetryMs);
  };

  const apply = (decision: RecoveryDecision, reason: string): void => {
    store.save(decision.history);
    lastCrashReason = reason;
    log.warn('recovery', { reason, action: decision.action });
    switch (decision.action) {
      case 'reload':
        restarts += 1;
        loadSafely(options.appUrl);
        break;
      case 'relaunch':
        restarts += 1;
        options.relaunchApp();
        break;
      case 'fallback':
        showFallback();
        break;
    }
  };

  /**
   * A renderer that is stuck (hung, or no longer drawing) may stay stuck across a reload in the same
   * process: it is killed, so the reload the budget decides on gets a fresh one.
   */
  const replaceRenderer = (reason: string): void => {
    const window = options.window();
    if (window) {
      killedByUs = true;
      window.forcefullyCrashRenderer();
    }
    apply(decideRendererRecovery(store.load(), options.now(), policy), reason);
  };

  const clearHang = (): void => {
    if (hangTimer !== null) timers.clearTimeout(hangTimer);
    hangTimer = null;
  };

  return {
    rendererGone(reason) {
      clearHang();
      if (killedByUs) {
        killedByUs = false;
        return;
      }
      if (options.isQuitting() || NORMAL_EXIT_REASONS.has(reason)) return;
      apply(decideRendererRecovery(store.load(), options.now(), policy), `renderer-${reason}`);
    },
    unresponsive() {
      if (hangTimer !== null || options.isQuitting()) return;
      log.warn('renderer-unresponsive');
      hangTimer = timers.setTimeout(() => {
        hangTimer = null;
        replaceRenderer('renderer-unresponsive');
      }, policy.unresponsiveGraceMs);
    },
    responsive() {
      if (hangTimer !== null) log.info('renderer-responsive-again');
      clearHang();
    },
    framesStalled() {
      if (options.isQuitting()) return;
      clearHang();
      replaceRenderer('renderer-frames-stalled');
    },
    gpuGone(reason) {
      if (options.isQuitting()) return;
      apply(decideGpuRecovery(store.load(), options.now(), policy), `gpu-${reason}`);
    },
    health: () => ({ startedAt, restarts, lastCrashReason }),
    dispose() {
      clearHang();
      clearRetry();
    },
  };
}
