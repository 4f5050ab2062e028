// Runs in: renderer. What the idle timer last reported, for the warning screen.
import type { VisibleIdleStatus } from '../logic/idle-timer';
import type { SliceCreator } from './store-types';

export interface IdleSlice {
  idleStatus: VisibleIdleStatus;
  setIdleStatus(status: VisibleIdleStatus): void;
}

export const ACTIVE_IDLE_STATUS: VisibleIdleStatus = { phase: 'active', msUntilChange: 0 };

export const createIdleSlice: SliceCreator<IdleSlice> = () => (set) => ({
  idleStatus: ACTIVE_IDLE_STATUS,
  setIdleStatus: (idleStatus) => set({ idleStatus }),
});
