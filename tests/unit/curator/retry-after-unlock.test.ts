// Runs in: tests. The studio's actions refused for want of the staff PIN are repeated once after
// it, in order, each once; closing the pad forgets them and says which they were.
import { describe, expect, it } from 'vitest';
import { createRetryAfterUnlock } from '../../../renderer/src/curator/retry-after-unlock';

describe('retry after unlock', () => {
  it('repeats each held action once, in the order refused, one after the other', async () => {
    const retry = createRetryAfterUnlock();
    const log: string[] = [];
    let releaseSave = (): void => undefined;
    retry.hold({ kind: 'save' }, async () => {
      await new Promise<void>((resolve) => (releaseSave = resolve));
      log.push('save');
    });
    retry.hold({ kind: 'publish' }, () => log.push('publish'));
    const repeating = retry.repeatAll();
    expect(retry.waiting()).toEqual([]);
    // Publish waits for the save it needs.
    await Promise.resolve();
    expect(log).toEqual([]);
    releaseSave();
    await repeating;
    expect(log).toEqual(['save', 'publish']);
    await retry.repeatAll();
    expect(log).toEqual(['save', 'publish']);
  });

  it('holds the same action once, as its latest attempt, and keeps different heroes apart', async () => {
    const retry = createRetryAfterUnlock();
    const log: string[] = [];
    retry.hold({ kind: 'focal-point', heroKey: 'a' }, () => log.push('a first'));
    retry.hold({ kind: 'photo', heroKey: 'b' }, () => log.push('b photo'));
    retry.hold({ kind: 'focal-point', heroKey: 'a' }, () => log.push('a second'));
    expect(retry.waiting()).toEqual([
      { kind: 'photo', heroKey: 'b' },
      { kind: 'focal-point', heroKey: 'a' },
    ]);
    await retry.repeatAll();
    expect(log).toEqual(['b photo', 'a second']);
  });

  it('runs the next action when one fails', async () => {
    const retry = createRetryAfterUnlock();
    const log: string[] = [];
    retry.hold({ kind: 'restore-previous' }, () => Promise.reject(new Error('no answer')));
    retry.hold({ kind: 'discard-draft' }, () => log.push('discard'));
    await retry.repeatAll();
    expect(log).toEqual(['discard']);
  });

  it('forgets what waited when the pad is closed, and says what it was', async () => {
    const retry = createRetryAfterUnlock();
    const log: string[] = [];
    retry.hold({ kind: 'publish' }, () => log.push('publish'));
    expect(retry.dropAll()).toEqual([{ kind: 'publish' }]);
    expect(retry.waiting()).toEqual([]);
    await retry.repeatAll();
    expect(log).toEqual([]);
  });
});
