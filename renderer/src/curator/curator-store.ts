// Runs in: renderer (the studio's chunk). The studio's state: the draft being edited, its autosave to
// the working copy (common/curator-contract.ts), the checks main answers with, photographs on their
// way, publishing, and what the screen shows. The draft on screen is never replaced by a failed or
// refused save: the curator's typing stays until they choose otherwise.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { FocalPoint, Language } from '../../../common/content-schema';
import type {
  CuratorApi,
  CuratorChecks,
  CuratorOpenResult,
  DraftContent,
  PhotoImportResult,
  PhotoProgress,
  RenderedPhoto,
  WorkingCopy,
} from '../../../common/curator-contract';
import { isStaffLockedError } from '../../../common/kiosk-api-transport';
import { updateHero } from './draft-edits';
import { createRetryAfterUnlock } from './retry-after-unlock';
import type { RefusedAction } from './retry-after-unlock';
import { pollPhotoProgress } from './poll-progress';

/** Typing pauses this long before the working copy is written. */
export const AUTOSAVE_DELAY_MS = 800;
/** A focal point is rendered into the kiosk's files once the curator stops moving it. */
export const FOCAL_RENDER_DELAY_MS = 500;

export type StudioSection = 'heroes' | 'exhibition' | 'settings' | 'checklist';

/** Why a save did not reach the working copy; the studio words each one. */
export type SaveFailure = 'disk-full' | 'read-only' | 'write-failed' | 'too-large' | 'no-answer';

export type SaveState =
  | { kind: 'saved'; at: number | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: SaveFailure }
  | { kind: 'conflict'; theirs: WorkingCopy };

type PhotoRefused = Extract<PhotoImportResult, { ok: false }>;
export type PhotoJob =
  | { phase: 'working'; progress: PhotoProgress | null }
  | { phase: 'done'; soft: boolean }
  | { phase: 'failed'; refusal: PhotoRefused | { ok: false; reason: 'no-answer' } };

export type PublishState =
  | { kind: 'idle' }
  | { kind: 'publishing' }
  | { kind: 'published'; at: number }
  | { kind: 'refused'; count: number }
  | { kind: 'failed'; reason: SaveFailure }
  | { kind: 'restoring' }
  | { kind: 'restored' }
  | { kind: 'nothing-to-restore' }
  | { kind: 'restore-failed'; reason: SaveFailure };

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
  /** Actions main refused for want of the PIN, repeated once after it (retry-after-unlock.ts). */
  waitingForPin: RefusedAction[];
  /** What waited when the PIN pad was closed without the PIN: not done, and said so. */
  notDone: RefusedAction[];
  draft: DraftContent | null;
  revision: number;
  checks: CuratorChecks | null;
  heroIds: Record<string, string>;
  assetBaseUrl: string;
  canRestore: boolean;
  photoInput: 'dialog' | 'upload';
  /** The published content changed since this draft began (another publish, a CSV import). */
  publishedChanged: boolean;
  save: SaveState;
  section: StudioSection;
  heroKey: string | null;
  photoJobs: Record<string, PhotoJob>;
  publish: PublishState;
  preview: PreviewOptions;
  load(): Promise<void>;
  /** Opens the working copy again in place (after a CSV import wrote a new revision); false: no answer. */
  refresh(): Promise<boolean>;
  /** The PIN was accepted: open the working copy, or repeat what waited and write the typing. */
  unlocked(): void;
  /** The PIN pad was closed without the PIN: what waited is forgotten, the draft stays on screen. */
  pinClosed(): void;
  /** Shows the PIN pad again (after it was closed). */
  askPin(): void;
  /** Every change to the draft goes through here: it is autosaved. */
  edit(change: (draft: DraftContent) => DraftContent): void;
  showSection(section: StudioSection): void;
  selectHero(heroKey: string): void;
  setPreview(options: Partial<PreviewOptions>): void;
  /** Saves at once (before publishing, or "try again"); resolves true once the copy is saved. */
  saveNow(): Promise<boolean>;
  resolveConflict(keep: 'mine' | 'theirs'): void;
  /** Throws the draft away and starts again from what is published. */
  discardDraft(): Promise<void>;
  bringPhoto(heroKey: string, file?: File): Promise<void>;
  setFocalPoint(heroKey: string, point: FocalPoint): void;
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

function failureOf(result: { reason: string; cause?: string }): SaveFailure {
  if (result.reason === 'too-large') return 'too-large';
  if (result.cause === 'disk-full' || result.cause === 'read-only') return result.cause;
  return 'write-failed';
}

export function createCuratorStore(
  api: CuratorApi,
  language: Language,
  effects: CuratorEffects = browserEffects,
): CuratorStore {
  let saveTimer: unknown = null;
  let inFlight: Promise<boolean> | null = null;
  /** The draft the working copy holds, as far as we know. */
  let savedDraft: DraftContent | null = null;
  const focalTimers = new Map<string, unknown>();
  const retry = createRetryAfterUnlock();

  return createStore<CuratorState>()((set, get) => {
    /**
     * True when main refused for want of the PIN: the pad shows, and the action (when given) is
     * held to be repeated after it.
     */
    const noteLocked = (
      error: unknown,
      action?: RefusedAction,
      repeat?: () => unknown,
    ): boolean => {
      if (!isStaffLockedError(error)) return false;
      if (action && repeat) retry.hold(action, repeat);
      set({ locked: true, waitingForPin: retry.waiting(), notDone: [] });
      return true;
    };

    const scheduleSave = (): void => {
      if (saveTimer !== null) effects.clearTimer(saveTimer);
      saveTimer = effects.setTimer(() => {
        saveTimer = null;
        void get().saveNow();
      }, AUTOSAVE_DELAY_MS);
    };

    const opened = (result: CuratorOpenResult): Partial<CuratorState> => {
      savedDraft = result.workingCopy.content;
      const heroes = result.workingCopy.content.heroes;
      const selected = get().heroKey;
      return {
        phase: 'ready',
        draft: result.workingCopy.content,
        revision: result.workingCopy.revision,
        checks: result.checks,
        heroIds: result.heroIds,
        assetBaseUrl: result.assetBaseUrl,
        canRestore: result.canRestorePrevious,
        photoInput: result.photoInput,
        publishedChanged: result.publishedChangedSinceDraft,
        heroKey: heroes.some((hero) => hero.key === selected) ? selected : (heroes[0]?.key ?? null),
        save: { kind: 'saved', at: result.workingCopy.savedAt },
      };
    };

    const writeOnce = async (): Promise<boolean> => {
      const { draft, revision } = get();
      if (!draft) return false;
      if (draft === savedDraft) {
        if (get().save.kind !== 'saved') set({ save: { kind: 'saved', at: effects.now() } });
        return true;
      }
      set({ save: { kind: 'saving' } });
      try {
        const result = await api.save(revision, draft);
        if (result.ok) {
          savedDraft = draft;
          const changedSince = get().draft !== draft;
          set({
            revision: result.revision,
            checks: result.checks,
            heroIds: result.heroIds,
            save: changedSince ? { kind: 'pending' } : { kind: 'saved', at: result.savedAt },
          });
          if (changedSince) scheduleSave();
          return !changedSince;
        }
        set({
          save:
            result.reason === 'conflict'
              ? { kind: 'conflict', theirs: result.current }
              : { kind: 'failed', reason: failureOf(result) },
        });
      } catch (error) {
        const locked = noteLocked(error, { kind: 'save' }, () => get().saveNow());
        set({ save: locked ? { kind: 'pending' } : { kind: 'failed', reason: 'no-answer' } });
      }
      return false;
    };

    const applyPhoto = (heroKey: string, photo: RenderedPhoto): void => {
      get().edit((draft) =>
        updateHero(draft, heroKey, (hero) => {
          const next = { ...hero.photo, ...photo };
          // The 4K portrait is rendered again at publish, from this original.
          delete next.portrait4k;
          return { ...hero, photo: next };
        }),
      );
    };

    /** Asks main to render the hero's crops for its focal point as it is now. */
    const renderFocalPoint = (heroKey: string): void => {
      const hero = get().draft?.heroes.find((item) => item.key === heroKey);
      if (!hero?.photo.original) return;
      const asked = hero.photo.focalPoint;
      api.setFocalPoint(hero.photo.original.id, asked).then(
        (result) => {
          const now = get().draft?.heroes.find((item) => item.key === heroKey);
          // Moved again meanwhile: that move renders on its own timer.
          if (!result.ok || !now || now.photo.focalPoint !== asked) return;
          applyPhoto(heroKey, result.photo);
        },
        (error: unknown) =>
          noteLocked(error, { kind: 'focal-point', heroKey }, () => renderFocalPoint(heroKey)),
      );
    };

    const setJob = (heroKey: string, job: PhotoJob | null): void =>
      set((state) => {
        const others = Object.entries(state.photoJobs).filter(([key]) => key !== heroKey);
        return { photoJobs: Object.fromEntries(job ? [...others, [heroKey, job]] : others) };
      });

    return {
      phase: 'loading',
      locked: false,
      waitingForPin: [],
      notDone: [],
      draft: null,
      revision: 0,
      checks: null,
      heroIds: {},
      assetBaseUrl: '',
      canRestore: false,
      photoInput: 'upload',
      publishedChanged: false,
      save: { kind: 'saved', at: null },
      section: 'heroes',
      heroKey: null,
      photoJobs: {},
      publish: { kind: 'idle' },
      preview: { language, orientation: 'portrait', screen: 'card', visitorView: false },

      async load() {
        set({ phase: 'loading' });
        try {
          set(opened(await api.open()));
        } catch (error) {
          set(isStaffLockedError(error) ? { locked: true } : { phase: 'failed' });
        }
      },

      async refresh() {
        try {
          set(opened(await api.open()));
          return true;
        } catch (error) {
          noteLocked(error);
          return false;
        }
      },

      unlocked() {
        set({ locked: false, waitingForPin: [], notDone: [] });
        if (!get().draft) {
          void get().load();
          return;
        }
        void (async () => {
          await retry.repeatAll();
          // The typing that waited (a repeated action refused again has asked for the PIN anew).
          if (!get().locked) await get().saveNow();
        })();
      },

      pinClosed() {
        set({ locked: false, waitingForPin: [], notDone: retry.dropAll() });
      },

      askPin: () => set({ locked: true, notDone: [] }),

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
      selectHero: (heroKey) => set({ heroKey, section: 'heroes' }),
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
          savedDraft = save.theirs.content;
          const heroes = save.theirs.content.heroes;
          const selected = get().heroKey;
          set({
            draft: save.theirs.content,
            revision: save.theirs.revision,
            heroKey: heroes.some((hero) => hero.key === selected)
              ? selected
              : (heroes[0]?.key ?? null),
            save: { kind: 'saved', at: save.theirs.savedAt },
          });
          return;
        }
        // Mine: written over theirs, from their revision.
        set({ revision: save.theirs.revision, save: { kind: 'pending' } });
        void get().saveNow();
      },

      async discardDraft() {
        try {
          set({ ...opened(await api.discardDraft()), publish: { kind: 'idle' } });
        } catch (error) {
          noteLocked(error, { kind: 'discard-draft' }, () => get().discardDraft());
        }
      },

      async bringPhoto(heroKey, file) {
        if (!get().draft?.heroes.some((hero) => hero.key === heroKey)) return;
        setJob(heroKey, { phase: 'working', progress: null });
        // The import reports how far it got; asked until it answers.
        const stopPolling = pollPhotoProgress(api, effects.setTimer, (progress) => {
          if (progress?.heroKey === heroKey) setJob(heroKey, { phase: 'working', progress });
        });
        try {
          const result = file
            ? await api.uploadPhoto(heroKey, file, file.name)
            : await api.choosePhoto(heroKey);
          if (result.ok) {
            setJob(heroKey, { phase: 'done', soft: result.warnings.includes('soft') });
            applyPhoto(heroKey, result.photo);
          } else {
            setJob(
              heroKey,
              result.reason === 'cancelled' ? null : { phase: 'failed', refusal: result },
            );
          }
        } catch (error) {
          const locked = noteLocked(error, { kind: 'photo', heroKey }, () =>
            get().bringPhoto(heroKey, file),
          );
          setJob(
            heroKey,
            locked ? null : { phase: 'failed', refusal: { ok: false, reason: 'no-answer' } },
          );
        } finally {
          stopPolling();
        }
      },

      setFocalPoint(heroKey, point) {
        get().edit((draft) =>
          updateHero(draft, heroKey, (hero) => ({
            ...hero,
            photo: { ...hero.photo, focalPoint: point },
          })),
        );
        const original = get().draft?.heroes.find((hero) => hero.key === heroKey)?.photo.original;
        if (!original) return;
        const pending = focalTimers.get(heroKey);
        if (pending !== undefined) effects.clearTimer(pending);
        focalTimers.set(
          heroKey,
          effects.setTimer(() => {
            focalTimers.delete(heroKey);
            renderFocalPoint(heroKey);
          }, FOCAL_RENDER_DELAY_MS),
        );
      },

      async publishNow() {
        set({ publish: { kind: 'publishing' } });
        const repeat = () => get().publishNow();
        if (!(await get().saveNow())) {
          // The save was refused for want of the PIN: Publish waits for it too.
          if (get().locked) {
            retry.hold({ kind: 'publish' }, repeat);
            set({ publish: { kind: 'idle' }, waitingForPin: retry.waiting() });
            return;
          }
          const { save } = get();
          set({
            publish: { kind: 'failed', reason: save.kind === 'failed' ? save.reason : 'no-answer' },
          });
          return;
        }
        try {
          const result = await api.publish(get().revision);
          if (result.ok) {
            set({
              publish: { kind: 'published', at: effects.now() },
              checks: result.checks,
              canRestore: true,
              publishedChanged: false,
            });
          } else if (result.reason === 'problems') {
            const count = result.checks.problems.filter((p) => p.severity === 'error').length;
            set({ publish: { kind: 'refused', count }, checks: result.checks });
          } else if (result.reason === 'conflict') {
            set({ publish: { kind: 'idle' }, save: { kind: 'conflict', theirs: result.current } });
          } else {
            set({ publish: { kind: 'failed', reason: failureOf(result) } });
          }
        } catch (error) {
          const locked = noteLocked(error, { kind: 'publish' }, repeat);
          set({ publish: locked ? { kind: 'idle' } : { kind: 'failed', reason: 'no-answer' } });
        }
      },

      async restorePrevious() {
        set({ publish: { kind: 'restoring' } });
        try {
          const result = await api.restorePrevious();
          if (result.ok) set({ publish: { kind: 'restored' }, canRestore: false });
          else if (result.reason === 'nothing-to-restore')
            set({ publish: { kind: 'nothing-to-restore' }, canRestore: false });
          else set({ publish: { kind: 'restore-failed', reason: failureOf(result) } });
        } catch (error) {
          const locked = noteLocked(error, { kind: 'restore-previous' }, () =>
            get().restorePrevious(),
          );
          set({
            publish: locked ? { kind: 'idle' } : { kind: 'restore-failed', reason: 'no-answer' },
          });
        }
      },
    };
  });
}
