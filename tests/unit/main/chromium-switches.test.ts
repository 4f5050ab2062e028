// Runs in: Node (vitest).
import { beforeEach, describe, expect, it } from 'vitest';
import { applyKioskSwitches } from '../../../electron/main/app/chromium-switches';
import { app, resetElectronFake } from '../../fakes/electron';

beforeEach(() => resetElectronFake());

describe('applyKioskSwitches', () => {
  it('turns off pinch zoom and swipe-to-go-back for the touchscreen', () => {
    applyKioskSwitches(app.commandLine);
    expect(app.commandLine.switches).toEqual(
      expect.arrayContaining([
        { name: 'disable-pinch', value: undefined },
        { name: 'overscroll-history-navigation', value: '0' },
      ]),
    );
  });
});
