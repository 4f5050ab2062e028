import { describe, expect, it } from 'vitest';
import type { KioskMode, StatsEvent } from '../../../common/ipc-contract';
import { createKioskStore } from '../../../renderer/src/store/create-kiosk-store';
import { fixtureContent, readyState } from '../../fixtures/renderer/content-fixture';

function setup(heroCount = 5) {
  const stats: StatsEvent[] = [];
  const modes: KioskMode[] = [];
  let now = 1_000_000;
  const store = createKioskStore({
    recordStat: (event) => stats.push(event),
    reportMode: (mode) => modes.push(mode),
    now: () => now,
  });
  store.getState().receiveContent(readyState(fixtureContent(heroCount)));
  return { store, stats, modes, advance: (ms: number) => (now += ms) };
}

describe('content slice', () => {
  it('applies the first content and its default language at once', () => {
    const { store } = setup();
    expect(store.getState().contentState?.status).toBe('ready');
    expect(store.getState().language).toBe('kk');
  });

  it('holds new content while a visitor uses the kiosk and applies it on the attract loop', () => {
    const { store } = setup(5);
    store.getState().enterFromAttract(4);
    store.getState().receiveContent(readyState(fixtureContent(2)));
    expect(store.getState().heldContentState).not.toBeNull();
    expect(store.getState().heroIndex).toBe(4);
    store.getState().resetToAttract('idle-reset');
    const content = store.getState().contentState;
    expect(content?.status === 'ready' && content.content.heroes.length).toBe(2);
    expect(store.getState().heldContentState).toBeNull();
  });

  it('applies new content at once when the attract loop shows, keeping the index in range', () => {
    const { store } = setup(5);
    store.getState().showHero(4);
    store.getState().receiveContent(readyState(fixtureContent(2)));
    expect(store.getState().heroIndex).toBe(1);
  });
});

describe('carousel slice', () => {
  it('moves one hero at a time and rubber-bands at both ends', () => {
    const { store } = setup(3);
    store.getState().enterFromAttract(0);
    store.getState().showPreviousHero();
    expect(store.getState().heroIndex).toBe(0);
    store.getState().showNextHero();
    store.getState().showNextHero();
    store.getState().showNextHero();
    expect(store.getState().heroIndex).toBe(2);
  });

  it('records a hero view for each hero shown to a visitor, none on the attract loop', () => {
    const { store, stats } = setup(5);
    store.getState().showHero(2);
    expect(stats).toEqual([]);
    store.getState().enterFromAttract(2);
    store.getState().showNextHero();
    expect(stats).toEqual([
      { type: 'session-start' },
      { type: 'hero-view', heroId: 'hero-3' },
      { type: 'hero-view', heroId: 'hero-4' },
    ]);
  });
});

describe('story slice', () => {
  it('opens the current hero story once and records it', () => {
    const { store, stats } = setup();
    store.getState().enterFromAttract(1);
    store.getState().openStory();
    store.getState().openStory();
    expect(store.getState().storyOpen).toBe(true);
    expect(stats.filter((event) => event.type === 'story-open')).toEqual([
      { type: 'story-open', heroId: 'hero-2' },
    ]);
    store.getState().closeStory();
    expect(store.getState().storyOpen).toBe(false);
    expect(store.getState().heroIndex).toBe(1);
  });
});

describe('language slice', () => {
  it('switches among the offered languages and records each choice', () => {
    const { store, stats } = setup();
    store.getState().enterFromAttract(0);
    store.getState().chooseLanguage('en');
    store.getState().chooseLanguage('en');
    expect(store.getState().language).toBe('en');
    expect(stats.filter((event) => event.type === 'language')).toEqual([
      { type: 'language', language: 'en' },
    ]);
  });
});

describe('mode slice and idle reset', () => {
  it('resets story, hero, language and view, and ends the session without the idle time', () => {
    const { store, stats, advance } = setup();
    store.getState().enterFromAttract(3);
    store.getState().chooseLanguage('ru');
    store.getState().openStory();
    advance(45_000 + 120_000);
    store.getState().resetToAttract('idle-reset');
    const state = store.getState();
    expect(state).toMatchObject({
      view: 'attract',
      storyOpen: false,
      heroIndex: 0,
      language: 'kk',
      sessionStartedAt: null,
    });
    expect(stats.at(-1)).toEqual({
      type: 'session-end',
      reason: 'idle-reset',
      durationSeconds: 45,
    });
  });

  it('reports each mode change once: attract, visitor, warning, staff', () => {
    const { store, modes } = setup();
    store.getState().enterFromAttract(0);
    store.getState().setIdleStatus({ phase: 'warning', secondsLeft: 30, msUntilChange: 1000 });
    store.getState().setIdleStatus({ phase: 'warning', secondsLeft: 29, msUntilChange: 1000 });
    store.getState().setIdleStatus({ phase: 'active', msUntilChange: 90_000 });
    store.getState().setStaffOpen(true);
    store.getState().setStaffOpen(false);
    store.getState().resetToAttract('idle-reset');
    expect(modes).toEqual([
      'attract',
      'visitor',
      'warning',
      'visitor',
      'staff',
      'visitor',
      'attract',
    ]);
  });

  it('does not open other screens from the attract loop', () => {
    const { store } = setup();
    store.getState().openView('index');
    expect(store.getState().view).toBe('attract');
    store.getState().enterFromAttract(0);
    store.getState().openStory();
    store.getState().openView('index');
    expect(store.getState()).toMatchObject({ view: 'index', storyOpen: false });
  });
});
