// Runs in: renderer (the studio's chunk). The CSV import dialog's state: the curator's typing is saved
// first, the import runs against that revision (Electron's folder dialog, or the folder picked in the
// browser), its progress is polled as photo x of N, and its outcome is kept to show: the heroes it
// brought (the studio then opens the new working copy in place), or every problem, or why it failed.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { CuratorApi, PhotoProgress } from '../../../common/curator-contract';
import type { CsvImportResult, CsvProblem } from '../../../common/curator-csv-contract';
import { isStaffLockedError } from '../../../common/kiosk-api-transport';
import type { CuratorEffects, CuratorStore } from './curator-store';
import { pollPhotoProgress } from './poll-progress';
import type { CsvImportFailure } from './csv-import-strings';

export type CsvImportView =
  | { phase: 'closed' }
  | { phase: 'open' }
  | { phase: 'working'; progress: PhotoProgress | null }
  | {
      phase: 'imported';
      heroes: number;
      photos: number;
      keptPhotos: number;
      warnings: CsvProblem[];
    }
  | { phase: 'refused'; problems: CsvProblem[]; warnings: CsvProblem[] }
  | { phase: 'failed'; reason: CsvImportFailure }
  | { phase: 'too-large'; bytes: number; maxBytes: number };

export interface CsvImportState {
  view: CsvImportView;
  open(): void;
  close(): void;
  /** Electron: no files (the folder dialog opens in main); the preview: the picked folder's files. */
  run(files?: readonly { path: string; file: Blob }[]): Promise<void>;
}

export type CsvImportStore = StoreApi<CsvImportState>;

const browserTimers: Pick<CuratorEffects, 'setTimer'> = {
  setTimer: (callback, ms) => setTimeout(callback, ms),
};

function failureOf(result: Extract<CsvImportResult, { ok: false }>): CsvImportView {
  switch (result.reason) {
    case 'problems':
      return { phase: 'refused', problems: result.problems, warnings: result.warnings };
    case 'upload-too-large':
      return { phase: 'too-large', bytes: result.bytes, maxBytes: result.maxBytes };
    case 'write-failed':
      return {
        phase: 'failed',
        reason: result.cause === 'disk-full' ? 'disk-full' : 'write-failed',
      };
    case 'cancelled':
      return { phase: 'open' };
    default:
      return { phase: 'failed', reason: result.reason };
  }
}

export function createCsvImportStore(
  api: CuratorApi,
  studio: CuratorStore,
  timers: Pick<CuratorEffects, 'setTimer'> = browserTimers,
): CsvImportStore {
  return createStore<CsvImportState>()((set, get) => ({
    view: { phase: 'closed' },
    open: () => set({ view: { phase: 'open' } }),
    close: () => {
      if (get().view.phase !== 'working') set({ view: { phase: 'closed' } });
    },

    async run(files) {
      if (get().view.phase === 'working') return;
      set({ view: { phase: 'working', progress: null } });
      // What the curator typed goes into the working copy first: the import starts from it.
      if (!(await studio.getState().saveNow())) {
        const save = studio.getState().save;
        const reason =
          save.kind === 'conflict'
            ? 'conflict'
            : save.kind === 'failed' && save.reason === 'disk-full'
              ? 'disk-full'
              : 'write-failed';
        set({ view: { phase: 'failed', reason } });
        return;
      }
      // A CSV import's progress has no hero key: photo x of N.
      const stopPolling = pollPhotoProgress(api, timers.setTimer, (progress) => {
        if (progress?.heroKey === '') set({ view: { phase: 'working', progress } });
      });
      try {
        const revision = studio.getState().revision;
        const result = files
          ? await api.uploadCsvFolder(revision, files)
          : await api.importCsv(revision);
        stopPolling();
        if (!result.ok) {
          set({ view: failureOf(result) });
          return;
        }
        // The imported heroes are in a new revision of the working copy: open it in place.
        await studio.getState().refresh();
        const { heroes, photos, keptPhotos, warnings } = result;
        set({ view: { phase: 'imported', heroes, photos, keptPhotos, warnings } });
      } catch (error) {
        if (isStaffLockedError(error)) studio.setState({ locked: true });
        set({ view: { phase: 'failed', reason: 'no-answer' } });
      } finally {
        stopPolling();
      }
    },
  }));
}
