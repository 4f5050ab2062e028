// Runs in: Node (vitest). A relaunch (daily, or the crash recovery's) ends with app.exit(0), which
// skips will-quit: what is still buffered must be on disk first.
import { beforeEach, describe, expect, it } from 'vitest';
import { app, resetElectronFake } from '../../fakes/electron';
import { silentLogger } from '../../../electron/main/log/logger';
import { createRelaunch } from '../../../electron/main/app/relaunch';

beforeEach(() => resetElectronFake());

describe('createRelaunch', () => {
  it('flushes, then relaunches and exits', async () => {
    const order: string[] = [];
    const relaunch = createRelaunch({
      app,
      log: silentLogger,
      onExit: () => order.push('quitting'),
      flush: async () => {
        order.push(`flushed with ${app.exitCodes.length} exits`);
      },
    });
    await relaunch();
    expect(order).toEqual(['quitting', 'flushed with 0 exits']);
    expect(app.relaunchCalls).toBe(1);
    expect(app.exitCodes).toEqual([0]);
  });

  it('still relaunches when the flush fails or never ends, and only once', async () => {
    const failing = createRelaunch({
      app,
      log: silentLogger,
      flush: async () => {
        throw new Error('disk full');
      },
    });
    await Promise.all([failing(), failing()]);
    expect(app.exitCodes).toEqual([0]);

    resetElectronFake();
    const hanging = createRelaunch({
      app,
      log: silentLogger,
      flush: () => new Promise<void>(() => undefined),
      flushTimeoutMs: 5,
    });
    await hanging();
    expect(app.relaunchCalls).toBe(1);
    expect(app.exitCodes).toEqual([0]);
  });
});
