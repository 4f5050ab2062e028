// Runs in: tests. The studio's store: typing is autosaved after a pause, a failed save keeps the
// typing and the next change writes it, a conflict waits for the curator, publishing saves first;
// what main refused because the staff session locked is repeated once after the PIN.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Content } from '../../../common/content-schema';
import type { CuratorApi, CuratorChecks, DraftContent } from '../../../common/curator-contract';
import {
  AUTOSAVE_DELAY_MS,
  createCuratorStore,
  FOCAL_RENDER_DELAY_MS,
} from '../../../renderer/src/curator/curator-store';
import { setHeroText } from '../../../renderer/src/curator/draft-edits';

const CHECKS: CuratorChecks = { problems: [], checklist: [], canPublish: true, readyForMall: true };

function draft(): DraftContent {
  const content = JSON.parse(readFileSync('content.json', 'utf8')) as Content;
  return {
    ...content,
    heroes: content.heroes.map((hero) => ({ ...hero, key: hero.id })),
  } as DraftContent;
}

function fakeApi(): CuratorApi & { save: ReturnType<typeof vi.fn> } {
  const content = draft();
  return {
    open: vi.fn(async () => ({
      workingCopy: { content, revision: 3, savedAt: 1 },
      published: { hash: '', publishedAt: null, source: 'bundled' as const, directory: '' },
      publishedChangedSinceDraft: false,
      canRestorePrevious: false,
      checks: CHECKS,
      assetBaseUrl: '/curator-media/',
      heroIds: {},
      photoInput: 'upload' as const,
    })),
    save: vi.fn(async (revision: number) => ({
      ok: true as const,
      revision: revision + 1,
      savedAt: 2,
      checks: CHECKS,
      heroIds: {},
    })),
    discardDraft: vi.fn(),
    choosePhoto: vi.fn(),
    uploadPhoto: vi.fn(),
    photoProgress: vi.fn(async () => null),
    setFocalPoint: vi.fn(),
    publish: vi.fn(async () => ({
      ok: true as const,
      checks: CHECKS,
      published: { hash: '', publishedAt: 1, source: 'override' as const, directory: '' },
    })),
    restorePrevious: vi.fn(),
  } as unknown as CuratorApi & { save: ReturnType<typeof vi.fn> };
}

async function openedStore(api: CuratorApi) {
  vi.useFakeTimers();
  const store = createCuratorStore(api, 'en');
  await store.getState().load();
  return store;
}

/** What main (IPC) and the preview (HTTP 403) throw while the staff session is locked. */
const LOCKED = new Error(
  "Error invoking remote method 'curator:publish': curator:publish needs the staff PIN",
);

const rename = (name: string) => (content: DraftContent) =>
  setHeroText(content, content.heroes[0]?.key ?? '', 'name', 'en', name);

describe('curator store', () => {
  it('saves the typing once the curator pauses, from the revision it opened', async () => {
    const api = fakeApi();
    const store = await openedStore(api);
    store.getState().edit(rename('A'));
    store.getState().edit(rename('AB'));
    expect(store.getState().save.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.save).toHaveBeenCalledTimes(1);
    expect(api.save.mock.calls[0]?.[0]).toBe(3);
    expect(store.getState().save.kind).toBe('saved');
    expect(store.getState().revision).toBe(4);
  });

  it('keeps the typing when a save fails, and writes it with the next change', async () => {
    const api = fakeApi();
    api.save.mockResolvedValueOnce({
      ok: false,
      reason: 'write-failed',
      cause: 'disk-full',
      error: 'ENOSPC',
    });
    const store = await openedStore(api);
    store.getState().edit(rename('Typed'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(store.getState().save).toEqual({ kind: 'failed', reason: 'disk-full' });
    expect(store.getState().draft?.heroes[0]?.name.en).toBe('Typed');
    store.getState().edit(rename('Typed more'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(store.getState().save.kind).toBe('saved');
    expect(api.save.mock.calls.at(-1)?.[1].heroes[0].name.en).toBe('Typed more');
  });

  it('waits for the curator on a conflict; "keep mine" writes over their revision', async () => {
    const api = fakeApi();
    const theirs = { content: draft(), revision: 9, savedAt: 5 };
    api.save.mockResolvedValueOnce({ ok: false, reason: 'conflict', current: theirs, heroIds: {} });
    const store = await openedStore(api);
    store.getState().edit(rename('Mine'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(store.getState().save.kind).toBe('conflict');
    store.getState().edit(rename('Mine, still'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(api.save).toHaveBeenCalledTimes(1);
    store.getState().resolveConflict('mine');
    await vi.advanceTimersByTimeAsync(0);
    expect(api.save.mock.calls.at(-1)?.[0]).toBe(9);
    expect(api.save.mock.calls.at(-1)?.[1].heroes[0].name.en).toBe('Mine, still');
  });

  it('saves before publishing, and publishes that revision', async () => {
    const api = fakeApi();
    const store = await openedStore(api);
    store.getState().edit(rename('Published name'));
    await store.getState().publishNow();
    expect(api.save).toHaveBeenCalledTimes(1);
    expect(api.publish).toHaveBeenCalledWith(4);
    expect(store.getState().publish.kind).toBe('published');
    expect(store.getState().canRestore).toBe(true);
  });

  it('repeats a Publish refused by the locked session once after the PIN, typing included', async () => {
    const api = fakeApi();
    const publish = vi.mocked(api.publish);
    publish.mockRejectedValueOnce(LOCKED);
    const store = await openedStore(api);
    store.getState().edit(rename('Typed before the pause'));
    await store.getState().publishNow();
    expect(store.getState().locked).toBe(true);
    expect(store.getState().waitingForPin).toEqual([{ kind: 'publish' }]);
    expect(store.getState().publish.kind).toBe('idle');
    store.getState().unlocked();
    await vi.advanceTimersByTimeAsync(0);
    expect(publish).toHaveBeenCalledTimes(2);
    expect(store.getState().publish.kind).toBe('published');
    expect(store.getState().draft?.heroes[0]?.name.en).toBe('Typed before the pause');
    expect(api.save.mock.calls.at(-1)?.[1].heroes[0].name.en).toBe('Typed before the pause');
    expect(store.getState().waitingForPin).toEqual([]);
  });

  it('holds the typing and the Publish when the save before it is refused', async () => {
    const api = fakeApi();
    api.save.mockRejectedValueOnce(LOCKED);
    const store = await openedStore(api);
    store.getState().edit(rename('Kept'));
    await store.getState().publishNow();
    expect(store.getState().waitingForPin).toEqual([{ kind: 'save' }, { kind: 'publish' }]);
    expect(store.getState().save.kind).toBe('pending');
    expect(api.publish).not.toHaveBeenCalled();
    store.getState().unlocked();
    await vi.advanceTimersByTimeAsync(0);
    expect(api.publish).toHaveBeenCalledTimes(1);
    expect(store.getState().publish.kind).toBe('published');
    expect(store.getState().save.kind).toBe('saved');
  });

  it('repeats a focal point and a photo refused while locked, once each', async () => {
    const api = fakeApi();
    const setFocalPoint = vi.mocked(api.setFocalPoint);
    const uploadPhoto = vi.mocked(api.uploadPhoto);
    const store = await openedStore(api);
    const hero = store.getState().draft?.heroes[0];
    if (!hero) throw new Error('no hero');
    // A hero with an original, so a focal point is rendered.
    store.getState().edit((content) => ({
      ...content,
      heroes: content.heroes.map((item, index) =>
        index === 0
          ? {
              ...item,
              photo: {
                ...item.photo,
                original: {
                  id: 'a'.repeat(64),
                  fileName: 'x.jpg',
                  width: 6000,
                  height: 4000,
                  preview: 'p.jpg',
                  pending4k: true,
                },
              },
            }
          : item,
      ),
    }));
    setFocalPoint.mockRejectedValueOnce(LOCKED);
    setFocalPoint.mockResolvedValue({ ok: false, reason: 'unknown-original' } as never);
    uploadPhoto.mockRejectedValueOnce(LOCKED);
    uploadPhoto.mockResolvedValue({ ok: false, reason: 'not-an-image' });
    store.getState().setFocalPoint(hero.key, { x: 0.2, y: 0.3 });
    await vi.advanceTimersByTimeAsync(FOCAL_RENDER_DELAY_MS);
    const file = new File(['x'], 'photo.jpg');
    await store.getState().bringPhoto(hero.key, file);
    expect(store.getState().locked).toBe(true);
    expect(store.getState().waitingForPin).toEqual([
      { kind: 'focal-point', heroKey: hero.key },
      { kind: 'photo', heroKey: hero.key },
    ]);
    expect(store.getState().photoJobs[hero.key]).toBeUndefined();
    store.getState().unlocked();
    await vi.advanceTimersByTimeAsync(0);
    expect(setFocalPoint).toHaveBeenCalledTimes(2);
    expect(setFocalPoint.mock.calls[1]).toEqual(['a'.repeat(64), { x: 0.2, y: 0.3 }]);
    expect(uploadPhoto).toHaveBeenCalledTimes(2);
    expect(uploadPhoto.mock.calls[1]?.[1]).toBe(file);
    store.getState().unlocked();
    await vi.advanceTimersByTimeAsync(0);
    expect(setFocalPoint).toHaveBeenCalledTimes(2);
    expect(uploadPhoto).toHaveBeenCalledTimes(2);
  });

  it('closing the PIN pad does nothing that waited, keeps the typing and says what was not done', async () => {
    const api = fakeApi();
    api.save.mockRejectedValueOnce(LOCKED);
    const store = await openedStore(api);
    store.getState().edit(rename('Not lost'));
    await store.getState().publishNow();
    store.getState().pinClosed();
    expect(store.getState().locked).toBe(false);
    expect(store.getState().notDone).toEqual([{ kind: 'save' }, { kind: 'publish' }]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(api.publish).not.toHaveBeenCalled();
    expect(api.save).toHaveBeenCalledTimes(1);
    expect(store.getState().draft?.heroes[0]?.name.en).toBe('Not lost');
    // Asked again, the PIN saves the typing, and publishes nothing the curator did not ask for.
    store.getState().askPin();
    expect(store.getState().notDone).toEqual([]);
    store.getState().unlocked();
    await vi.advanceTimersByTimeAsync(0);
    expect(api.save.mock.calls.at(-1)?.[1].heroes[0].name.en).toBe('Not lost');
    expect(store.getState().save.kind).toBe('saved');
    expect(api.publish).not.toHaveBeenCalled();
  });
});
