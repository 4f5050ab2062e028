// Runs in: tests. The studio's store: typing is autosaved after a pause, a failed save keeps the
// typing and the next change writes it, a conflict waits for the curator, publishing saves first.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Content } from '../../../common/content-schema';
import type { CuratorApi, CuratorChecks, DraftContent } from '../../../common/curator-contract';
import { AUTOSAVE_DELAY_MS, createCuratorStore } from '../../../renderer/src/curator/curator-store';
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
});
