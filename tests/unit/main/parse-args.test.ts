// Runs in: Node (vitest).
import { describe, expect, it } from 'vitest';
import { limitPackagedArgs, parseKioskArgs } from '../../../electron/main/cli/parse-args';

describe('parseKioskArgs', () => {
  it('defaults to the locked kiosk, leaving the relaunch hour to the content settings', () => {
    expect(parseKioskArgs(['/opt/kiosk/kiosk'])).toEqual({
      windowed: false,
      curator: false,
      devTools: false,
    });
  });

  it('--curator opens the studio in a normal window, never the kiosk lockdown', () => {
    expect(parseKioskArgs(['kiosk.exe', '--curator'])).toMatchObject({
      curator: true,
      windowed: true,
    });
    expect(
      parseKioskArgs(['kiosk.exe', '--curator', '--content-dir', 'D:\\Exhibition']),
    ).toMatchObject({ curator: true, contentDir: 'D:\\Exhibition' });
  });

  it('reads --windowed and --content-dir in both spellings, ignoring Chromium switches', () => {
    expect(
      parseKioskArgs([
        'electron',
        '.',
        '--windowed',
        '--content-dir',
        'D:\\Content',
        '--no-sandbox',
      ]),
    ).toMatchObject({
      windowed: true,
      contentDir: 'D:\\Content',
    });
    expect(parseKioskArgs(['--content-dir=/media/usb/content'])).toMatchObject({
      contentDir: '/media/usb/content',
    });
  });

  it('does not swallow the next switch as a missing value', () => {
    expect(parseKioskArgs(['--content-dir', '--windowed'])).toEqual({
      windowed: true,
      curator: false,
      devTools: false,
    });
  });

  it('reads the development switches and the relaunch hour', () => {
    expect(
      parseKioskArgs([
        '--dev-server-url=http://localhost:5173',
        '--devtools',
        '--relaunch-hour',
        '3',
      ]),
    ).toMatchObject({
      devServerUrl: 'http://localhost:5173',
      devTools: true,
      relaunchHour: 3,
    });
    expect(parseKioskArgs(['--relaunch-hour=off']).relaunchHour).toBeNull();
    expect(parseKioskArgs(['--relaunch-hour=25']).relaunchHour).toBeUndefined();
  });
});

describe('parseKioskArgs --user-data-dir', () => {
  it('reads the folder to look for content packs in', () => {
    expect(parseKioskArgs(['--packs-dir', 'D:\\Packs'])).toMatchObject({ packsDir: 'D:\\Packs' });
    expect(parseKioskArgs(['--packs-dir=/srv/sync/packs'])).toMatchObject({
      packsDir: '/srv/sync/packs',
    });
    expect(parseKioskArgs(['--packs-dir', '--windowed'])).toEqual({
      windowed: true,
      devTools: false,
      curator: false,
    });
  });

  it('reads another user data folder', () => {
    expect(parseKioskArgs(['--user-data-dir=/tmp/kiosk-profile']).userDataDir).toBe(
      '/tmp/kiosk-profile',
    );
    expect(parseKioskArgs(['--user-data-dir', 'C:\\Kiosk']).userDataDir).toBe('C:\\Kiosk');
  });
});

describe('limitPackagedArgs', () => {
  const withDevServer = parseKioskArgs(['--windowed', '--dev-server-url=https://evil.example']);

  it('drops --dev-server-url from the installed app and names it', () => {
    const limited = limitPackagedArgs(withDevServer, true);
    expect(limited.args.devServerUrl).toBeUndefined();
    expect(limited.args.windowed).toBe(true);
    expect(limited.ignored).toEqual(['--dev-server-url']);
  });

  it('keeps it for a development run', () => {
    expect(limitPackagedArgs(withDevServer, false)).toEqual({ args: withDevServer, ignored: [] });
  });
});
