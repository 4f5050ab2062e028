// Runs in: Node (vitest).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, focusWindow } from '../../../electron/main/app/single-instance';
import { app, BrowserWindow, resetElectronFake } from '../../fakes/electron';

beforeEach(() => resetElectronFake());

describe('single instance', () => {
  it('the first kiosk keeps running and listens for second launches', () => {
    const onSecond = vi.fn();
    expect(claimSingleInstance(app, onSecond)).toBe(true);
    expect(app.quitCalls).toBe(0);
    app.emit('second-instance');
    expect(onSecond).toHaveBeenCalledTimes(1);
  });

  it('a second kiosk quits at once', () => {
    app.singleInstanceLockAvailable = false;
    const onSecond = vi.fn();
    expect(claimSingleInstance(app, onSecond)).toBe(false);
    expect(app.quitCalls).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('a second launch brings the running window back to the front', () => {
    const window = new BrowserWindow();
    window.minimize();
    claimSingleInstance(app, () => focusWindow(window));
    app.emit('second-instance');
    expect(window.isMinimized()).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(1);
  });

  it('ignores a window that is already gone', () => {
    const window = new BrowserWindow();
    window.destroy();
    expect(() => focusWindow(window)).not.toThrow();
    expect(window.focused).toBe(0);
    expect(() => focusWindow(null)).not.toThrow();
  });
});
