// Runs in: renderer (the studio's chunk). The studio's state: the draft content being edited, its
// autosave to the working copy, photographs on their way, publishing, and what the screen shows.
// The draft on screen is never replaced by a failed or refused save: the curator's typing stays.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Content, FocalPoint, Language } from '../../../common/content-schema';
import { StudioLockedError } from './curator-client';
import type {
  CuratorClient,
  OriginalPhoto,
  PhotoOutcome,
  RenderedPhoto,
  WorkingCopy,
} from './curator-client';
import type { PhotoRefusal, SaveFailure } from './curator-strings';
import { updateHero } from './draft-edits';

/** Typing pauses this long before the working copy is written. */
export const AUTOSAVE_DELAY_MS = 800;
/** A focal point is rendered into the kiosk's files once the curator stops moving it. */
export const FOCAL_RENDER_DELAY_MS = 600;

export type StudioSection = 'heroes' | 'exhibition' | 'settings' | 'checklist';

export type SaveState =
  | { kind: 'saved'; at: number | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: SaveFailure }
  | { kind: 'conflict'; theirs: WorkingCopy };

export type PhotoJob =
  | { phase: 'sending'; share: number }
  | { phase: 'preparing' }
  | { phase: 'done' }
  | { phase: 'failed'; reason: PhotoRefusal };

export type PublishState =
  | { kind: 'idle' }
  | { kind: 'publishing' }
  | { kind: 'published'; at: number }
  | { kind: 'refused'; problems: { field: string; message: string }[] }
  | { kind: 'failed' }
  | { kind: 'save-failed' }
  | { kind: 'restoring' }
  | { kind: 'restored' }
  | { kind: 'nothing-to-restore' }
  | { kind: 'restore-failed' };

export interface PreviewOptions {
  language: Language;
  orientation: 'portrait' | 'landscape';
  screen: 'card' | 'story' | 'tile';
  visitorView: boolean;
}

export interface CuratorState {
  phase: 'loading' | 'ready' | 'failed';
  /** The main process wants the staff PIN (first, or again after a pause): the PIN pad shows. */
  locked: boolean;
  draft: Content | null;
  revision: string;
  assetBaseUrl: string;
  canRestore: boolean;
  originals: Record<string, OriginalPhoto>;
  save: SaveState;
  section: StudioSection;
  heroId: string | null;
  photoJobs: Record<string, PhotoJob>;
  publish: PublishState;
  preview: PreviewOptions;
  /** How a photograph is chosen: a file input (browser) or the system's dialog (Electron). */
  photoInput: 'file' | 'dialog';
  /** Asks the client for the working copy (again, after a failure). */
  load(): Promise<void>;
  /** The PIN was accepted: open the working copy, or write what waited. */
  unlocked(): void;
  /** Every change to the draft goes through here: it is autosaved. */
  edit(change: (draft: Content) => Content): void;
  showSection(section: StudioSection): void;
  selectHero(heroId: string): void;
  setPreview(options: Partial<PreviewOptions>): void;
  /** Saves at once (before publishing, or "try again"); resolves true once the copy is saved. */
  saveNow(): Promise<boolean>;
  resolveConflict(keep: 'mine' | 'theirs'): void;
  bringPhoto(heroId: string, file?: File): Promise<void>;
  setFocalPoint(heroId: string, point: FocalPoint): void;
  publishNow(): Promise<void>;
  restorePrevious(): Promise<void>;
}

export interface CuratorEffects {
  now(): number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

const browserEffects: CuratorEffects = {
  now: () => Date.now(),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type CuratorStore = StoreApi<CuratorState>;

export function createCuratorStore(
  client: CuratorClient,
  language: Language,
  effects: CuratorEffects = browserEffects,
): CuratorStore {
  let saveTimer: unknown = null;
  let inFlight: Promise<boolean> | null = null;
  /** The draft the working copy holds, as far as we know. */
  let savedDraft: Content | null = null;
  const focalTimers = new Map<string, unknown>();

  const store = createStore<CuratorState>()((set, get) => {
    const noteLocked = (error: unknown): void => {
      if (error instanceof StudioLockedError) set({ locked: true });
    };

    const scheduleSave = (): void => {
      if (saveTimer !== null) effects.clearTimer(saveTimer);
      saveTimer = effects.setTimer(() => {
        saveTimer = null;
        void get().saveNow();
      }, AUTOSAVE_DELAY_MS);
    };

    const writeOnce = async (): Promise<boolean> => {
      const { draft, revision } = get();
      if (!draft) return false;
      if (draft === savedDraft) {
        set({ save: { kind: 'saved', at: effects.now() } });
        return true;
      }
      set({ save: { kind: 'saving' } });
      let outcome;
      try {
        outcome = await client.save(draft, revision);
      } catch (error) {
        noteLocked(error);
        outcome = { ok: false as const, reason: 'no-answer' as const };
      }
      if (outcome.ok) {
        savedDraft = draft;
        const changedSince = get().draft !== draft;
        set({
          revision: outcome.revision,
          save: changedSince ? { kind: 'pending' } : { kind: 'saved', at: effects.now() },
        });
        if (changedSince) scheduleSave();
        return !changedSince;
      }
      set({
        save:
          outcome.reason === 'conflict'
            ? { kind: 'conflict', theirs: outcome.theirs }
            : { kind: 'failed', reason: outcome.reason },
      });
      return false;
    };

    const applyPhoto = (heroId: string, outcome: PhotoOutcome): void => {
      if (!outcome.ok) {
        set((state) => ({
          photoJobs:
            outcome.reason === 'cancelled'
              ? withoutKey(state.photoJobs, heroId)
              : { ...state.photoJobs, [heroId]: { phase: 'failed', reason: outcome.reason } },
        }));
        return;
      }
      set((state) => ({
        originals: { ...state.originals, [heroId]: outcome.original },
        photoJobs: { ...state.photoJobs, [heroId]: { phase: 'done' } },
      }));
      get().edit((draft) => withRenderedPhoto(draft, heroId, outcome.photo));
    };

    return {
      phase: 'loading',
      locked: false,
      draft: null,
      revision: '',
      assetBaseUrl: '',
      canRestore: false,
      originals: {},
      save: { kind: 'saved', at: null },
      section: 'heroes',
      heroId: null,
      photoJobs: {},
      publish: { kind: 'idle' },
      preview: { language, orientation: 'portrait', screen: 'card', visitorView: false },
      photoInput: client.uploadPhoto ? 'file' : 'dialog',

      async load() {
        set({ phase: 'loading' });
        try {
          const copy = await client.open();
          savedDraft = copy.draft;
          set({
            ...fromWorkingCopy(copy),
            phase: 'ready',
            heroId: get().heroId ?? copy.draft.heroes[0]?.id ?? null,
            save: { kind: 'saved', at: null },
          });
        } catch (error) {
          set(error instanceof StudioLockedError ? { locked: true } : { phase: 'failed' });
        }
      },

      unlocked() {
        set({ locked: false });
        if (get().draft) void get().saveNow();
        else void get().load();
      },

      edit(change) {
        const { draft, save } = get();
        if (!draft) return;
        const next = change(draft);
        if (next === draft) return;
        // A conflict waits for the curator's answer; a failure is tried again with this change.
        set({ draft: next, save: save.kind === 'conflict' ? save : { kind: 'pending' } });
        if (save.kind !== 'conflict') scheduleSave();
      },

      showSection: (section) => set({ section }),
      selectHero: (heroId) => set({ heroId, section: 'heroes' }),
      setPreview: (options) => set((state) => ({ preview: { ...state.preview, ...options } })),

      async saveNow() {
        if (saveTimer !== null) {
          effects.clearTimer(saveTimer);
          saveTimer = null;
        }
        if (get().save.kind === 'conflict') return false;
        // One write at a time; a change made meanwhile is written after it.
        while (inFlight) await inFlight;
        inFlight = writeOnce();
        try {
          return await inFlight;
        } finally {
          inFlight = null;
        }
      },

      resolveConflict(keep) {
        const { save } = get();
        if (save.kind !== 'conflict') return;
        if (keep === 'theirs') {
          savedDraft = save.theirs.draft;
          const heroId = get().heroId;
          const stillThere = save.theirs.draft.heroes.some((hero) => hero.id === heroId);
          set({
            ...fromWorkingCopy(save.theirs),
            heroId: stillThere ? heroId : (save.theirs.draft.heroes[0]?.id ?? null),
            save: { kind: 'saved', at: effects.now() },
          });
          return;
        }
        // Mine: written over theirs, from their revision.
        set({ revision: save.theirs.revision, save: { kind: 'pending' } });
        void get().saveNow();
      },

      async bringPhoto(heroId, file) {
        const hero = get().draft?.heroes.find((candidate) => candidate.id === heroId);
        if (!hero) return;
        const focal = hero.photo.focalPoint;
        set((state) => ({
          photoJobs: {
            ...state.photoJobs,
            [heroId]: file ? { phase: 'sending', share: 0 } : { phase: 'preparing' },
          },
        }));
        const onProgress = (share: number): void =>
          set((state) => ({
            photoJobs: {
              ...state.photoJobs,
              [heroId]: share >= 1 ? { phase: 'preparing' } : { phase: 'sending', share },
            },
          }));
        let outcome: PhotoOutcome;
        try {
          if (file && client.uploadPhoto) {
            outcome = await client.uploadPhoto(heroId, file, focal, onProgress);
          } else if (client.choosePhoto) {
            outcome = await client.choosePhoto(heroId, focal);
          } else {
            outcome = { ok: false, reason: 'no-answer' };
          }
        } catch (error) {
          noteLocked(error);
          outcome = { ok: false, reason: 'no-answer' };
        }
        applyPhoto(heroId, outcome);
      },

      setFocalPoint(heroId, point) {
        get().edit((draft) =>
          updateHero(draft, heroId, (hero) => ({
            ...hero,
            photo: { ...hero.photo, focalPoint: point },
          })),
        );
        if (!get().originals[heroId]) return;
        const pending = focalTimers.get(heroId);
        if (pending !== undefined) effects.clearTimer(pending);
        focalTimers.set(
          heroId,
          effects.setTimer(() => {
            focalTimers.delete(heroId);
            const current = get().draft?.heroes.find((hero) => hero.id === heroId);
            if (!current) return;
            client.renderPhoto(heroId, current.photo.focalPoint).then((outcome) => {
              // A point moved again meanwhile is rendered by its own timer; keep the newest.
              if (outcome.ok && !focalTimers.has(heroId)) applyPhoto(heroId, outcome);
            }, noteLocked);
          }, FOCAL_RENDER_DELAY_MS),
        );
      },

      async publishNow() {
        set({ publish: { kind: 'publishing' } });
        if (!(await get().saveNow())) {
          set({ publish: { kind: 'save-failed' } });
          return;
        }
        try {
          const outcome = await client.publish();
          if (outcome.ok) {
            set({ publish: { kind: 'published', at: effects.now() }, canRestore: true });
          } else if (outcome.reason === 'refused') {
            set({ publish: { kind: 'refused', problems: outcome.problems } });
          } else {
            set({ publish: { kind: 'failed' } });
          }
        } catch (error) {
          noteLocked(error);
          set({ publish: { kind: 'failed' } });
        }
      },

      async restorePrevious() {
        set({ publish: { kind: 'restoring' } });
        try {
          const outcome = await client.restorePrevious();
          if (outcome.ok) set({ publish: { kind: 'restored' } });
          else if (outcome.reason === 'nothing-to-restore')
            set({ publish: { kind: 'nothing-to-restore' }, canRestore: false });
          else set({ publish: { kind: 'restore-failed' } });
        } catch (error) {
          noteLocked(error);
          set({ publish: { kind: 'restore-failed' } });
        }
      },
    };
  });
  return store;
}

function fromWorkingCopy(
  copy: WorkingCopy,
): Pick<CuratorState, 'draft' | 'revision' | 'assetBaseUrl' | 'canRestore' | 'originals'> {
  return {
    draft: copy.draft,
    revision: copy.revision,
    assetBaseUrl: copy.assetBaseUrl,
    canRestore: copy.canRestore,
    originals: copy.originals,
  };
}

function withRenderedPhoto(draft: Content, heroId: string, rendered: RenderedPhoto): Content {
  return updateHero(draft, heroId, (hero) => {
    const photo = { ...hero.photo, ...rendered };
    // A smaller original makes no 4K file: the old one must not stay behind.
    if (rendered.portrait4k === undefined) delete photo.portrait4k;
    return { ...hero, photo };
  });
}

function withoutKey<Value>(record: Record<string, Value>, key: string): Record<string, Value> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}
