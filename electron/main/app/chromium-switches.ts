// Runs in: main process. Chromium switches for a touchscreen kiosk, applied before the app is ready.

export interface CommandLineLike {
  appendSwitch(name: string, value?: string): void;
}

/** [switch, value?] pairs: no pinch zoom, no swipe-to-go-back, no translate bar or network chatter. */
export const KIOSK_CHROMIUM_SWITCHES: ReadonlyArray<readonly [string, string?]> = [
  ['disable-pinch'],
  ['overscroll-history-navigation', '0'],
  ['disable-features', 'Translate,MediaRouter,HardwareMediaKeyHandling'],
  ['disable-background-networking'],
  ['disable-component-update'],
  ['no-pings'],
];

export function applyKioskSwitches(commandLine: CommandLineLike): void {
  for (const [name, value] of KIOSK_CHROMIUM_SWITCHES) {
    if (value === undefined) commandLine.appendSwitch(name);
    else commandLine.appendSwitch(name, value);
  }
}
