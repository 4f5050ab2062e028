// Runs in: renderer. Always mounted: watches for the hidden staff gesture, and loads the staff screens
// (their own chunk, with their styles) only when staff open them, so the kiosk's start-up does not
// parse code no visitor sees.
import { lazy, Suspense } from 'react';
import { useKiosk } from '../store/kiosk-store';
import { useStaffEntry } from './use-staff-entry';

const StaffLayer = lazy(() =>
  import('./StaffLayer').then((module) => ({ default: module.StaffLayer })),
);

export function StaffEntry() {
  const open = useKiosk((state) => state.staffScreen !== 'closed');
  useStaffEntry();
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <StaffLayer />
    </Suspense>
  );
}
