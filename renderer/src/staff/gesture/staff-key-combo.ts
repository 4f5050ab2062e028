// Runs in: renderer. The keyboard way into the staff PIN pad, for staff with a keyboard plugged in:
// Ctrl+Alt+Shift+K. Matched on the physical key, so it works whatever keyboard layout is active
// (Kazakh, Russian or English).

export interface KeyComboEvent {
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
  repeat?: boolean;
}

export const STAFF_KEY_COMBO_LABEL = 'Ctrl+Alt+Shift+K';

export function isStaffKeyCombo(event: KeyComboEvent): boolean {
  return (
    event.code === 'KeyK' &&
    event.ctrlKey &&
    event.altKey &&
    event.shiftKey &&
    !event.metaKey &&
    event.repeat !== true
  );
}
