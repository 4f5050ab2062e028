// Runs in: every process (main validates with it; the renderer imports its types only).
// The curator studio's half of the IPC contract: the working copy the studio edits (a draft of
// content.json), the checks it shows at each field, photo import and focal point, publish and restore.
// common/ipc-contract.ts lists the channels; this file holds their payloads and answers.
//
// Where the studio runs:
// - Electron with `--curator` loads CURATOR_PATH (app://kiosk/curator) in a normal window;
// - the web preview serves the same page at http://127.0.0.1:<port>/curator (`npm run curator`);
// - on a kiosk the staff panel opens the studio inside the kiosk page (the UI decides how).
// Every curator channel is staff-only: it answers after `staff.unlock(pin)`, except in curator mode
// (Electron `--curator`, preview `--curator`), where the person who opened the studio is the curator.
import { z } from 'zod';
import type { ContentSource } from './ipc-contract';
import {
  BlurPlaceholderSchema,
  ContentPathSchema,
  FocalPointSchema,
  HeroStatusSchema,
  LanguageSchema,
} from './content-schema';
import { MAX_DRAFT_TEXT_LENGTH } from './curator-constants';
import type { CsvImportResponses, CsvImportResult } from './curator-csv-contract';
import { csvImportRequestSchemas } from './curator-csv-contract';

export * from './curator-constants';

// ---------------------------------------------------------------------------------------------
// The draft: content.json's shape, but texts may be empty or too long, numbers out of range and a
// hero may have no photo yet, so every keystroke can be saved. The checks say what is not ready.
// ---------------------------------------------------------------------------------------------

const draftText = z.string().max(MAX_DRAFT_TEXT_LENGTH);
export const DraftLocalizedTextSchema = z.strictObject({
  kk: draftText,
  ru: draftText,
  en: draftText,
});
export type DraftLocalizedText = z.infer<typeof DraftLocalizedTextSchema>;

/** Paragraphs per language: the studio's text box splits on blank lines. */
const draftParagraphs = z.array(draftText).max(200);
export const DraftParagraphsSchema = z.strictObject({
  kk: draftParagraphs,
  ru: draftParagraphs,
  en: draftParagraphs,
});
export type DraftParagraphs = z.infer<typeof DraftParagraphsSchema>;

/** sha256 (hex) of a photographer's original kept in the working area. */
export const OriginalIdSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** The photographer's original behind a studio-rendered photo, kept so the focal point can change. */
export const DraftOriginalSchema = z.strictObject({
  id: OriginalIdSchema,
  /** The file name the curator chose (shown, never used as a path). */
  fileName: z.string().max(260),
  /** Upright size (EXIF rotation applied). */
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  /** A downscaled upright copy (at most 1600 px) to tap the focal point on. */
  preview: ContentPathSchema,
  /** The 4K portrait is rendered at publish when the original is large enough. */
  pending4k: z.boolean(),
});
export type DraftOriginal = z.infer<typeof DraftOriginalSchema>;

export const DraftPhotoSchema = z.strictObject({
  /** null: no photograph yet (a new hero). */
  portrait: ContentPathSchema.nullable(),
  portrait4k: ContentPathSchema.optional(),
  thumbnail: ContentPathSchema.nullable(),
  placeholder: BlurPlaceholderSchema.nullable(),
  focalPoint: FocalPointSchema,
  credit: DraftLocalizedTextSchema,
  alt: DraftLocalizedTextSchema,
  /** Set when the studio rendered this photo; absent for published or placeholder images. */
  original: DraftOriginalSchema.optional(),
});
export type DraftPhoto = z.infer<typeof DraftPhotoSchema>;

export const DraftHeroSchema = z.strictObject({
  /**
   * The studio's own handle for a hero: stays the same while names and ids change. Heroes loaded
   * from content.json get their id as key; a new hero gets one from the UI (crypto.randomUUID()).
   */
  key: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /**
   * Made by main from the name (Cyrillic and Kazakh letters transliterated), unique, and never
   * changed once published. The UI shows it; what the UI sends here is ignored ('' for a new hero).
   */
  id: z.union([
    z.literal(''),
    z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(60),
  ]),
  status: HeroStatusSchema,
  name: DraftLocalizedTextSchema,
  role: DraftLocalizedTextSchema,
  shortLine: DraftLocalizedTextSchema,
  story: DraftParagraphsSchema,
  photo: DraftPhotoSchema,
});
export type DraftHero = z.infer<typeof DraftHeroSchema>;

const draftDate = z.string().max(40);
const draftNumber = z.number().int().min(-1_000_000).max(1_000_000);

export const DraftExhibitionSchema = z.strictObject({
  title: DraftLocalizedTextSchema,
  subtitle: DraftLocalizedTextSchema,
  anniversary: DraftLocalizedTextSchema,
  yearOfChildren: DraftLocalizedTextSchema,
  organiser: DraftLocalizedTextSchema,
  /** YYYY-MM-DD once valid. */
  opens: draftDate,
  closes: draftDate,
  datesLabel: DraftLocalizedTextSchema,
  venue: DraftLocalizedTextSchema,
  city: DraftLocalizedTextSchema,
  curator: z.strictObject({ name: DraftLocalizedTextSchema, role: DraftLocalizedTextSchema }),
  introduction: DraftParagraphsSchema,
  quotes: z
    .array(
      z.strictObject({
        text: DraftParagraphsSchema,
        author: DraftLocalizedTextSchema,
        role: DraftLocalizedTextSchema,
      }),
    )
    .max(50),
  programmes: z
    .array(
      z.strictObject({
        id: z.string().max(60),
        name: DraftLocalizedTextSchema,
        partners: DraftLocalizedTextSchema,
        description: DraftParagraphsSchema,
      }),
    )
    .max(50),
  credit: DraftLocalizedTextSchema,
});

/** Kiosk settings; CURATOR_SETTING_RANGES (curator-constants.ts) gives each number's allowed range to show beside it. */
export const DraftSettingsSchema = z.strictObject({
  defaultLanguage: LanguageSchema,
  languages: z.array(LanguageSchema).max(3),
  idleTimeoutSeconds: draftNumber,
  warningSeconds: draftNumber,
  attractSlideSeconds: draftNumber,
  dailyRelaunchHour: draftNumber.nullable(),
});

export const DraftContentSchema = z.strictObject({
  schemaVersion: z.literal(1),
  exhibition: DraftExhibitionSchema,
  settings: DraftSettingsSchema,
  heroes: z
    .array(DraftHeroSchema)
    .max(200)
    .refine((heroes) => new Set(heroes.map((hero) => hero.key)).size === heroes.length, {
      message: 'hero keys must be unique',
    }),
});
export type DraftContent = z.infer<typeof DraftContentSchema>;

// ---------------------------------------------------------------------------------------------
// Checks: every problem at its field, as a code with parameters the studio words in kk/ru/en.
// ---------------------------------------------------------------------------------------------

export type CuratorProblemCode =
  /** A text the visitor reads is empty. */
  | 'text-empty'
  /** params: { length, max } */
  | 'text-too-long'
  /** A list needs at least `min` entries (e.g. a story needs a paragraph); params: { min } */
  | 'list-too-short'
  /** params: { max } */
  | 'list-too-long'
  /** params: { min } */
  | 'number-too-small'
  /** params: { max } */
  | 'number-too-large'
  /** Not a date written YYYY-MM-DD. */
  | 'date-invalid'
  /** The exhibition closes before it opens (at `exhibition.closes`). */
  | 'dates-order'
  /** `settings.languages` lacks the default language. */
  | 'languages-missing-default'
  | 'languages-repeated'
  /** The hero has no photograph yet (at `heroes.N.photo`). */
  | 'photo-missing'
  /** The exhibition needs at least one hero (at `heroes`). */
  | 'no-heroes'
  /** Ready-for-the-mall items (severity 'strict'): */
  | 'hero-draft'
  | 'photo-placeholder'
  /** The kk or ru text looks untranslated (same as English, or no Cyrillic); params: { language } */
  | 'translation-missing'
  /** An image file is over its budget; params: { bytes, maxBytes } */
  | 'file-over-budget'
  /** Anything else the schema refused; params: { message } in English. */
  | 'invalid';

export interface CuratorProblem {
  /** Dotted path in the draft, e.g. `heroes.3.story.kk`, `settings.warningSeconds`, `heroes`. */
  path: string;
  code: CuratorProblemCode;
  /**
   * 'error' blocks publishing (the kiosk could not load it);
   * 'strict' only blocks "Ready for the mall" (what `content:check --strict` refuses).
   */
  severity: 'error' | 'strict';
  params: Record<string, string | number>;
}

export type ReadyChecklistItem =
  'drafts' | 'placeholder-photos' | 'missing-translations' | 'oversize-files' | 'problems';

export interface CuratorChecks {
  problems: CuratorProblem[];
  /** "Ready for the mall": each item with how many problems it has and where (paths). */
  checklist: { item: ReadyChecklistItem; count: number; paths: string[] }[];
  /** No 'error' problems: Publish is allowed. */
  canPublish: boolean;
  /** No problems at all: `content:check --strict` would pass. */
  readyForMall: boolean;
}

// ---------------------------------------------------------------------------------------------
// Answers.
// ---------------------------------------------------------------------------------------------

export interface WorkingCopy {
  content: DraftContent;
  /** Goes up by one with every save; a save names the revision it started from. */
  revision: number;
  /** ms since the epoch. */
  savedAt: number;
}

export interface PublishedInfo {
  /** sha256 of the published content.json ('' when the kiosk still runs the bundled content). */
  hash: string;
  /** When the studio last published here (ms), or null. */
  publishedAt: number | null;
  /** Where the kiosk's running content comes from. */
  source: ContentSource | 'none';
  /** The folder Publish writes to (the user-data override folder, or --content-dir). */
  directory: string;
}

export interface CuratorOpenResult {
  workingCopy: WorkingCopy;
  published: PublishedInfo;
  /** The published content changed since this draft was started (another publish, a CSV import). */
  publishedChangedSinceDraft: boolean;
  canRestorePrevious: boolean;
  checks: CuratorChecks;
  /** Prefix for every image path in the draft (CURATOR_MEDIA_PREFIX). */
  assetBaseUrl: string;
  /** Ids main made for each hero key (also for heroes whose id the UI sent as ''). */
  heroIds: Record<string, string>;
  /** 'dialog': use choosePhoto (Electron); 'upload': use uploadPhoto with a file input (preview). */
  photoInput: 'dialog' | 'upload';
}

export type CuratorWriteFailure = {
  ok: false;
  reason: 'write-failed';
  /** 'disk-full' (ENOSPC), 'read-only' (EROFS, EACCES, EPERM), else 'io'. */
  cause: 'disk-full' | 'read-only' | 'io';
  /** English, for the log. */
  error: string;
};

export type CuratorSaveResult =
  | {
      ok: true;
      revision: number;
      savedAt: number;
      checks: CuratorChecks;
      heroIds: Record<string, string>;
    }
  /** Someone else saved first: the UI keeps its typing and offers theirs or "save mine anyway". */
  | { ok: false; reason: 'conflict'; current: WorkingCopy; heroIds: Record<string, string> }
  | { ok: false; reason: 'too-large'; bytes: number; maxBytes: number }
  | CuratorWriteFailure;

export const PhotoRefusalSchema = z.enum([
  /** The Electron dialog was closed without a file. */
  'cancelled',
  /** choosePhoto in the preview, or uploadPhoto in Electron. */
  'unavailable',
  /** Another photo is being imported; try again when it is done. */
  'busy',
  /** params: bytes, maxBytes */
  'file-too-large',
  'not-an-image',
  /** A JPEG/PNG/TIFF/WebP whose data ends early or is damaged. */
  'truncated',
  /** params: megapixels, maxMegapixels */
  'too-many-pixels',
  /** An image, but not JPEG, PNG, TIFF or WebP; params: format */
  'unsupported-format',
  'read-failed',
]);
export type PhotoRefusal = z.infer<typeof PhotoRefusalSchema>;

/** What a photo import or a focal point change renders: put these into `hero.photo`, drop portrait4k. */
export interface RenderedPhoto {
  portrait: string;
  thumbnail: string;
  placeholder: string;
  focalPoint: { x: number; y: number };
  original: DraftOriginal;
}

export type PhotoImportResult =
  | {
      ok: true;
      photo: RenderedPhoto;
      /** 'soft': smaller than the portrait, it will be enlarged and look soft. */
      warnings: 'soft'[];
    }
  | {
      ok: false;
      reason: Exclude<PhotoRefusal, 'file-too-large' | 'too-many-pixels' | 'unsupported-format'>;
    }
  | { ok: false; reason: 'file-too-large'; bytes: number; maxBytes: number }
  | { ok: false; reason: 'too-many-pixels'; megapixels: number; maxMegapixels: number }
  | { ok: false; reason: 'unsupported-format'; format: string }
  | CuratorWriteFailure;

/** The import in progress (poll with photoProgress() while choosePhoto/uploadPhoto runs). */
export interface PhotoProgress {
  heroKey: string;
  fileName: string;
  stage: 'receiving' | 'checking' | 'rendering' | 'saving';
  /** 0..1 over the whole import. */
  fraction: number;
  /** A CSV import (heroKey ''): this is photograph `done + 1` of `total`. */
  batch?: { done: number; total: number };
}

export type FocalPointResult =
  | { ok: true; photo: RenderedPhoto }
  /** The original is not in the working area (e.g. published by a CSV import): set focalPoint only. */
  | { ok: false; reason: 'no-original' }
  | CuratorWriteFailure;

export type PublishResult =
  | { ok: true; published: PublishedInfo; checks: CuratorChecks }
  | { ok: false; reason: 'conflict'; current: WorkingCopy }
  /** Problems of severity 'error' block publishing; nothing was changed. */
  | { ok: false; reason: 'problems'; checks: CuratorChecks }
  | CuratorWriteFailure;

export type RestorePreviousResult =
  | { ok: true; published: PublishedInfo }
  | { ok: false; reason: 'nothing-to-restore' }
  | CuratorWriteFailure;

// ---------------------------------------------------------------------------------------------
// Request schemas (used by common/ipc-contract.ts's invokeRequestSchemas).
// ---------------------------------------------------------------------------------------------

export const HeroKeySchema = DraftHeroSchema.shape.key;

export const curatorRequestSchemas = {
  /** Loads (or starts, from the published content) the working copy. */
  'curator:open': z.undefined(),
  /** Autosave: debounce in the UI (about 1 s after typing stops). */
  'curator:save': z.strictObject({
    baseRevision: z.number().int().min(0),
    content: DraftContentSchema,
  }),
  /** Throws the working copy away and starts again from what is published; answers like open. */
  'curator:discard-draft': z.undefined(),
  /** Electron only: the system file dialog, then the photo pipeline. */
  'curator:choose-photo': z.strictObject({ heroKey: HeroKeySchema }),
  'curator:photo-progress': z.undefined(),
  'curator:set-focal-point': z.strictObject({
    originalId: OriginalIdSchema,
    focalPoint: FocalPointSchema,
  }),
  /** Publishes the working copy at this revision (save first). */
  'curator:publish': z.strictObject({ baseRevision: z.number().int().min(0) }),
  'curator:restore-previous': z.undefined(),
  ...csvImportRequestSchemas,
} satisfies Record<string, z.ZodType>;

export interface CuratorResponses extends CsvImportResponses {
  'curator:open': CuratorOpenResult;
  'curator:save': CuratorSaveResult;
  'curator:discard-draft': CuratorOpenResult;
  'curator:choose-photo': PhotoImportResult;
  'curator:photo-progress': PhotoProgress | null;
  'curator:set-focal-point': FocalPointResult;
  'curator:publish': PublishResult;
  'curator:restore-previous': RestorePreviousResult;
}

export type CuratorChannel = keyof typeof curatorRequestSchemas;
export const CURATOR_CHANNELS = Object.keys(curatorRequestSchemas) as CuratorChannel[];

/** `window.kiosk.curator`: every call answers only after the staff PIN (or in curator mode). */
export interface CuratorApi {
  open(): Promise<CuratorOpenResult>;
  save(baseRevision: number, content: DraftContent): Promise<CuratorSaveResult>;
  discardDraft(): Promise<CuratorOpenResult>;
  /** Electron: opens the system file dialog (photoInput 'dialog'). */
  choosePhoto(heroKey: string): Promise<PhotoImportResult>;
  /** Web preview: uploads a file from an <input type=file> (photoInput 'upload'). */
  uploadPhoto(heroKey: string, file: Blob, fileName: string): Promise<PhotoImportResult>;
  photoProgress(): Promise<PhotoProgress | null>;
  setFocalPoint(
    originalId: string,
    focalPoint: { x: number; y: number },
  ): Promise<FocalPointResult>;
  publish(baseRevision: number): Promise<PublishResult>;
  restorePrevious(): Promise<RestorePreviousResult>;
  /** Electron: the system folder dialog, then the CSV import (photoInput 'dialog'). */
  importCsv(baseRevision: number): Promise<CsvImportResult>;
  /** Web preview: the files of a folder picked with <input webkitdirectory> (photoInput 'upload'). */
  uploadCsvFolder(
    baseRevision: number,
    files: readonly { path: string; file: Blob }[],
  ): Promise<CsvImportResult>;
}
