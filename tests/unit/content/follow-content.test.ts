// Runs in: Node (vitest). A content folder filled by someone else (robocopy, a sync tool): a change
// reloads, a reload refused for images that are not there yet is tried again with a growing delay,
// and anything else is left to the watcher. Fake clock, fake folder events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentState } from '../../../common/ipc-contract';
import {
  followContentFolder,
  GIVE_UP_AFTER_MS,
  isStillArriving,
  RETRY_DELAYS_MS,
} from '../../../electron/main/content/follow-content';
import type { ContentFollower } from '../../../electron/main/content/follow-content';
import { silentLogger } from '../../../electron/main/log/logger';

const ready = (hash: string, refusedFor?: 'image-not-found' | 'invalid-json'): ContentState => ({
  status: 'ready',
  content: { heroes: [] } as never,
  source: 'bundled',
  directory: '/kiosk/bundled',
  hash,
  assetBaseUrl: `/content/${hash}/`,
  warnings: refusedFor ? ['refused', 'kept'] : [],
  warningDetails: refusedFor
    ? [
        {
          code: 'file-refused',
          file: '/kiosk/override/content.json',
          problems: [
            refusedFor === 'image-not-found'
              ? {
                  field: 'heroes.0.photo.portrait',
                  message: 'file not found: assets/a.webp',
                  reason: { code: 'image-not-found', path: 'assets/a.webp' },
                }
              : {
                  field: '(file)',
                  message: 'is not JSON',
                  reason: { code: 'invalid-json', error: 'Unexpected end' },
                },
          ],
          problemCount: 1,
          message: 'refused',
        },
        { code: 'kept-last-good', directory: '/kiosk/bundled', message: 'kept' },
      ]
    : undefined,
});

let folderChanged: () => void;
let reload: ReturnType<typeof vi.fn<() => Promise<ContentState>>>;
let follower: ContentFollower;

beforeEach(() => {
  vi.useFakeTimers();
  reload = vi.fn<() => Promise<ContentState>>();
  follower = followContentFolder({
    dir: '/kiosk/override',
    reload,
    log: silentLogger,
    watch: (_dir, onChange) => {
      folderChanged = onChange;
      return () => undefined;
    },
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout },
    now: () => Date.now(),
  });
});
afterEach(() => {
  follower.stop();
  vi.useRealTimers();
});

describe('isStillArriving', () => {
  it('is true only for refusals a delivery under way explains', () => {
    expect(isStillArriving(ready('a', 'image-not-found'))).toBe(true);
    expect(isStillArriving(ready('a', 'invalid-json'))).toBe(false);
    expect(isStillArriving(ready('a'))).toBe(false);
    expect(
      isStillArriving({
        status: 'error',
        file: '/x/content.json',
        problems: [
          { field: '(file)', message: 'gone', reason: { code: 'folder-missing', path: '/x' } },
        ],
      }),
    ).toBe(true);
  });
});

describe('followContentFolder', () => {
  it('reloads when the folder changes', async () => {
    reload.mockResolvedValue(ready('new'));
    folderChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(reload).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(reload).toHaveBeenCalledTimes(1); // accepted: nothing to retry
  });

  it('retries a refusal for images still arriving, waiting longer each time, until they land', async () => {
    reload.mockResolvedValue(ready('old', 'image-not-found'));
    folderChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(reload).toHaveBeenCalledTimes(1);
    let calls = 1;
    for (const delay of RETRY_DELAYS_MS.slice(0, 4)) {
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(reload).toHaveBeenCalledTimes(calls);
      await vi.advanceTimersByTimeAsync(1);
      calls += 1;
      expect(reload).toHaveBeenCalledTimes(calls);
    }
    reload.mockResolvedValue(ready('new')); // the images have landed
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[4] ?? 0);
    expect(reload).toHaveBeenCalledTimes(calls + 1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(reload).toHaveBeenCalledTimes(calls + 1);
  });

  it('never waits longer than the longest delay, and gives up after a long silence', async () => {
    reload.mockResolvedValue(ready('old', 'image-not-found'));
    follower.check(ready('old', 'image-not-found')); // the kiosk started mid-delivery
    const longest = RETRY_DELAYS_MS.at(-1) ?? 0;
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0));
    const afterBackoff = reload.mock.calls.length;
    expect(afterBackoff).toBe(RETRY_DELAYS_MS.length);
    await vi.advanceTimersByTimeAsync(longest);
    expect(reload).toHaveBeenCalledTimes(afterBackoff + 1);
    await vi.advanceTimersByTimeAsync(GIVE_UP_AFTER_MS);
    const atGiveUp = reload.mock.calls.length;
    await vi.advanceTimersByTimeAsync(GIVE_UP_AFTER_MS);
    expect(reload).toHaveBeenCalledTimes(atGiveUp);
  });

  it('does not retry content that is broken rather than incomplete', async () => {
    reload.mockResolvedValue(ready('old', 'invalid-json'));
    folderChanged();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a change while waiting reloads at once and starts the backoff again', async () => {
    reload.mockResolvedValue(ready('old', 'image-not-found'));
    follower.check(ready('old', 'image-not-found'));
    await vi.advanceTimersByTimeAsync((RETRY_DELAYS_MS[0] ?? 0) + (RETRY_DELAYS_MS[1] ?? 0));
    expect(reload).toHaveBeenCalledTimes(2);
    folderChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(reload).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] ?? 0);
    expect(reload).toHaveBeenCalledTimes(4);
  });

  it('stays quiet after stop', async () => {
    reload.mockResolvedValue(ready('old', 'image-not-found'));
    follower.check(ready('old', 'image-not-found'));
    follower.stop();
    folderChanged();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(reload).not.toHaveBeenCalled();
  });
});
