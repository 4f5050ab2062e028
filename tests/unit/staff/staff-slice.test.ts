// Runs in: Node (tests). The staff slice: staff screens report mode 'staff', closing reports the
// visitor mode again, and "run the idle warning now" starts the visitor idle timer in its warning.
import { describe, expect, it } from 'vitest';
import type { KioskMode, StatsEvent } from '../../../common/ipc-contract';
import { createIdleTimer } from '../../../renderer/src/logic/idle-timer';
import type { VisibleIdleStatus } from '../../../renderer/src/logic/idle-timer';
import { createKioskStore } from '../../../renderer/src/store/create-kiosk-store';
import { fixtureContent, readyState } from '../../fixtures/renderer/content-fixture';

function setup() {
  const stats: StatsEvent[] = [];
  const modes: KioskMode[] = [];
  const store = createKioskStore({
    recordStat: (event) => stats.push(event),
    reportMode: (mode) => modes.push(mode),
    now: () => 1_000_000,
  });
  store.getState().receiveContent(readyState(fixtureContent(3)));
  return { store, stats, modes };
}

describe('staff slice', () => {
  it('reports staff mode while the pad or panel shows, and the visitor mode after', () => {
    const { store, modes } = setup();
    store.getState().openStaffPinPad();
    store.getState().showStaffPanel();
    expect(store.getState().staffScreen).toBe('panel');
    store.getState().closeStaff();
    expect(modes).toEqual(['attract', 'staff', 'attract']);
  });

  it('runs the idle warning on the visitor screens without counting a session', () => {
    const { store, stats, modes } = setup();
    store.getState().showStaffPanel();
    store.getState().runIdleWarningNow();
    expect(store.getState()).toMatchObject({ staffScreen: 'closed', view: 'carousel' });
    expect(modes.at(-1)).toBe('visitor');
    expect(store.getState().takeIdleWarningRequest()).toBe(true);
    expect(store.getState().takeIdleWarningRequest()).toBe(false);
    store.getState().resetToAttract('idle-reset');
    expect(stats).toEqual([]);
  });

  it('staff switch the kiosk language without counting it as a visitor choice', () => {
    const { store, stats } = setup();
    store.getState().openStaffPinPad();
    store.getState().chooseStaffLanguage('ru');
    expect(store.getState().language).toBe('ru');
    store.getState().chooseLanguage('en');
    expect(store.getState().language).toBe('en');
    expect(stats).toEqual([{ type: 'language', language: 'en' }]);
  });

  it('staff can only choose a language the content offers', () => {
    const { store } = setup();
    const content = fixtureContent(3);
    content.settings.languages = ['kk', 'ru'];
    store.getState().receiveContent(readyState(content));
    store.getState().chooseStaffLanguage('en');
    expect(store.getState().language).toBe('kk');
  });

  it('an idle timer that starts idle for the whole timeout shows the warning at once', () => {
    const statuses: VisibleIdleStatus[] = [];
    const timer = createIdleTimer({
      timings: { idleTimeoutMs: 60_000, warningMs: 20_000 },
      onStatus: (status) => statuses.push(status),
      onExpire: () => undefined,
      now: () => 5_000_000,
      idleAlreadyMs: 60_000,
    });
    timer.stop();
    expect(statuses[0]).toMatchObject({ phase: 'warning', secondsLeft: 20 });
  });
});
