// Runs in: renderer. Shared types of the kiosk store: every slice sees the whole store.
import type { StateCreator } from 'zustand';
import type { KioskMode, StatsEvent } from '../../../common/ipc-contract';
import type { CarouselSlice } from './carousel-slice';
import type { ContentSlice } from './content-slice';
import type { IdleSlice } from './idle-slice';
import type { LanguageSlice } from './language-slice';
import type { ModeSlice } from './mode-slice';
import type { StaffSlice } from './staff-slice';
import type { StorySlice } from './story-slice';

export type KioskState = CarouselSlice &
  ContentSlice &
  IdleSlice &
  LanguageSlice &
  ModeSlice &
  StaffSlice &
  StorySlice;

/** What the store does to the outside world: statistics, mode reports, and the clock. */
export interface StoreEffects {
  recordStat(event: StatsEvent): void;
  reportMode(mode: KioskMode): void;
  now(): number;
}

export type SliceCreator<Slice> = (
  effects: StoreEffects,
) => StateCreator<KioskState, [], [], Slice>;
