// Runs in: renderer. Page-wide rules for an unattended touchscreen: no context menu, no pinch or
// ctrl+wheel zoom, no dragged images, and a hidden cursor on the kiosk itself.
export function installKioskGuards(target: Window): void {
  const { document } = target;
  const inKiosk =
    target.kiosk !== undefined || new URLSearchParams(target.location.search).has('kiosk');
  if (inKiosk) document.body.classList.add('kiosk');
  const prevent = (event: Event): void => event.preventDefault();
  target.addEventListener('contextmenu', prevent);
  target.addEventListener('dragstart', prevent);
  target.addEventListener('gesturestart', prevent);
  target.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
}
