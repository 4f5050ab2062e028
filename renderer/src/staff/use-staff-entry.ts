// Runs in: renderer. Watches every touch and key (capture phase, passive, never blocking the visitor
// screens) for the hidden staff gesture or Ctrl+Alt+Shift+K, and opens the PIN pad.
import { useEffect } from 'react';
import { kioskStore } from '../store/kiosk-store';
import { createCornerGesture } from './gesture/corner-gesture';
import type { GesturePointerType } from './gesture/corner-gesture';
import { isStaffKeyCombo } from './gesture/staff-key-combo';

const POINTER_TYPES: Record<string, GesturePointerType> = {
  pointerdown: 'down',
  pointermove: 'move',
  pointerup: 'up',
  pointercancel: 'cancel',
};

/** How long after the gesture's lifts a click still belongs to them. */
const CLICK_AFTER_LIFT_MS = 800;

export function useStaffEntry(): void {
  useEffect(() => {
    const gesture = createCornerGesture();
    // The click that follows the corner hold or the final tap must not reach the visitor screens
    // (on the attract loop it would start a visitor session and count it in the statistics).
    let swallowClicksUntil = -Infinity;
    const onPointer = (event: PointerEvent): void => {
      const type = POINTER_TYPES[event.type];
      if (!type) return;
      if (kioskStore.getState().staffScreen !== 'closed') {
        gesture.reset();
        return;
      }
      const completed = gesture.handle({
        type,
        pointerId: event.pointerId,
        x: event.clientX,
        y: event.clientY,
        time: event.timeStamp,
        width: window.innerWidth,
        height: window.innerHeight,
      });
      if (type === 'up' && (completed || gesture.isArmed())) {
        swallowClicksUntil = event.timeStamp + CLICK_AFTER_LIFT_MS;
      }
      if (completed) kioskStore.getState().openStaffPinPad();
    };
    const onClick = (event: MouseEvent): void => {
      if (event.timeStamp > swallowClicksUntil) return;
      swallowClicksUntil = -Infinity;
      event.preventDefault();
      event.stopPropagation();
    };
    const onKey = (event: KeyboardEvent): void => {
      if (!isStaffKeyCombo(event) || kioskStore.getState().staffScreen !== 'closed') return;
      event.preventDefault();
      kioskStore.getState().openStaffPinPad();
    };
    const options = { capture: true, passive: true } as const;
    for (const type of Object.keys(POINTER_TYPES)) {
      window.addEventListener(type, onPointer as EventListener, options);
    }
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('click', onClick, { capture: true });
    return () => {
      window.removeEventListener('click', onClick, { capture: true });
      for (const type of Object.keys(POINTER_TYPES)) {
        window.removeEventListener(type, onPointer as EventListener, options);
      }
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, []);
}
