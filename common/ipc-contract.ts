// Runs in: every process. The one contract between the renderer and the main process.
// - main validates every payload it receives with the schemas below (the renderer is untrusted);
// - preload builds `window.kiosk` from these channels and never hands out raw ipcRenderer;
// - the renderer imports types only (`import type`), so zod stays out of its bundle;
// - the web preview answers the same invoke channels over HTTP, so the app runs unchanged there.
import { z } from 'zod';
import type { Content, ContentProblem } from './content-schema';
import { ContentProblemSchema, LanguageSchema } from './content-schema';
import type { CuratorApi, CuratorResponses } from './curator-contract';
import { CURATOR_CHANNELS, curatorRequestSchemas } from './curator-contract';

/** What the screen shows: main uses it to reload content and relaunch only while nobody is using it. */
export const KioskModeSchema = z.enum(['attract', 'visitor', 'warning', 'staff']);
export type KioskMode = z.infer<typeof KioskModeSchema>;

export type ContentSource = 'bundled' | 'override' | 'content-dir';

/** A refused content file lists this many of its problems; the rest are counted. */
export const WARNING_PROBLEMS_SHOWN = 3;

/**
 * Something staff should know about the content that is running, as a code with its parameters so
 * the staff panel words it in the staff language. `message` is the same in English, for the log.
 */
export const ContentWarningSchema = z.discriminatedUnion('code', [
  z.strictObject({
    code: z.literal('file-refused'),
    /** Absolute path of the content.json that was refused. */
    file: z.string(),
    /** The first WARNING_PROBLEMS_SHOWN problems. */
    problems: z.array(ContentProblemSchema).max(WARNING_PROBLEMS_SHOWN),
    /** All problems found, shown or not. */
    problemCount: z.number().int().min(0),
    message: z.string(),
  }),
  z.strictObject({
    code: z.literal('kept-last-good'),
    /** Folder of the content still on screen. */
    directory: z.string(),
    message: z.string(),
  }),
]);
export type ContentWarning = z.infer<typeof ContentWarningSchema>;
export type ContentWarningCode = ContentWarning['code'];

export type ContentState =
  | {
      status: 'ready';
      content: Content;
      source: ContentSource;
      /** Absolute folder the content came from (shown to staff). */
      directory: string;
      /** sha256 of content.json, shown to staff to tell versions apart. */
      hash: string;
      /** URL prefix of content images, same origin as the app: `/content/` (app://kiosk/content/ in Electron). */
      assetBaseUrl: string;
      /** Content that was refused on the way, e.g. a broken override file (the last good one is used). */
      warnings: string[];
      /**
       * The same warnings, one for one, as codes with parameters for the staff panel to translate.
       * Optional so states built before it existed stay valid; readers fall back to `warnings`.
       */
      warningDetails?: ContentWarning[];
    }
  | {
      status: 'error';
      /** The file that failed, for the staff-facing error screen. */
      file: string;
      problems: ContentProblem[];
    };

const heroId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(60);

/** Anonymous visitor statistics: what happened, never who. Main adds the time itself. */
export const StatsEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session-start') }),
  z.strictObject({
    type: z.literal('session-end'),
    /** Session length with the idle time that ended it already subtracted. */
    durationSeconds: z.number().min(0).max(86_400),
    /** `idle-reset`: nobody touched the screen and it reset (counted as a reset). */
    reason: z.enum(['idle-reset', 'staff']),
  }),
  z.strictObject({ type: z.literal('hero-view'), heroId }),
  z.strictObject({ type: z.literal('story-open'), heroId }),
  z.strictObject({ type: z.literal('language'), language: LanguageSchema }),
]);
export type StatsEvent = z.infer<typeof StatsEventSchema>;

export const RendererErrorSchema = z.strictObject({
  message: z.string().max(2000),
  stack: z.string().max(8000).optional(),
});
export type RendererError = z.infer<typeof RendererErrorSchema>;

/**
 * The renderer's screen stopped drawing while its page still ran (renderer/src/logic/frame-watchdog.ts):
 * main reloads it, within the restart budget.
 */
export const FramesStalledSchema = z.strictObject({
  /** How long the awaited frame had not come (ms). */
  stalledMs: z.number().int().min(0).max(86_400_000),
});
export type FramesStalled = z.infer<typeof FramesStalledSchema>;

/** Staff PINs are 4 to 8 digits, typed on the on-screen pad. */
export const PinSchema = z.string().regex(/^\d{4,8}$/, 'must be 4 to 8 digits');

export type UnlockResult =
  { ok: true } | { ok: false; attemptsLeft: number; lockedUntil: number | null };

export interface StaffStatus {
  version: string;
  contentSource: ContentSource | 'none';
  contentDirectory: string;
  contentHash: string;
  drafts: number;
  heroes: number;
  startedAt: number;
  uptimeSeconds: number;
  restarts: number;
  lastCrashReason: string | null;
  /** False in the web preview: there is no desktop to quit to. */
  canQuit: boolean;
}

export interface DailyTotals {
  /** Local date, YYYY-MM-DD. */
  date: string;
  sessions: number;
  resets: number;
  heroViews: number;
  storyOpens: number;
  averageSessionSeconds: number;
  languages: Record<'kk' | 'ru' | 'en', number>;
}

export interface StatsSummary {
  today: DailyTotals;
  total: Omit<DailyTotals, 'date'>;
  /** Sessions started in each hour of today, index 0 = 00:00–00:59. */
  sessionsPerHourToday: number[];
  /** Hero views in total, by hero id. */
  viewsPerHero: Record<string, number>;
}

export const ExportResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), path: z.string() }),
  z.strictObject({
    ok: z.literal(false),
    reason: z.literal('write-failed'),
    /** English, for the log and older panels; the panel words `reason` in the staff language. */
    error: z.string(),
  }),
]);
export type ExportResult = z.infer<typeof ExportResultSchema>;

/** Why a PIN change was refused; the staff panel words it in the staff language. */
export const ChangePinRefusalSchema = z.enum(['new-pin-invalid', 'wrong-pin', 'locked-out']);
export type ChangePinRefusal = z.infer<typeof ChangePinRefusalSchema>;

/** `error` is the refusal in English, for the log and older panels. */
export const ChangePinResultSchema = z.union([
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({
    ok: z.literal(false),
    reason: ChangePinRefusalSchema.extract(['new-pin-invalid']),
    error: z.string(),
  }),
  z.strictObject({
    ok: z.literal(false),
    reason: ChangePinRefusalSchema.extract(['wrong-pin']),
    /** Wrong attempts left before the pad locks (the change counts towards the unlock's limit). */
    attemptsLeft: z.number().int().min(1),
    error: z.string(),
  }),
  z.strictObject({
    ok: z.literal(false),
    reason: ChangePinRefusalSchema.extract(['locked-out']),
    /** When the pad opens again, ms since the epoch, as in UnlockResult. */
    lockedUntil: z.number(),
    error: z.string(),
  }),
]);
export type ChangePinResult = z.infer<typeof ChangePinResultSchema>;

/** Renderer → main requests with an answer (ipcRenderer.invoke / ipcMain.handle). */
export const invokeRequestSchemas = {
  'content:get': z.undefined(),
  'staff:unlock': z.strictObject({ pin: PinSchema }),
  'staff:lock': z.undefined(),
  'staff:status': z.undefined(),
  'staff:stats': z.undefined(),
  'staff:reload-content': z.undefined(),
  'staff:change-pin': z.strictObject({ current: PinSchema, next: PinSchema }),
  'staff:export-stats': z.undefined(),
  'staff:quit': z.undefined(),
  // The curator studio (common/curator-contract.ts): all staff-only.
  ...curatorRequestSchemas,
} satisfies Record<string, z.ZodType>;

export type InvokeChannel = keyof typeof invokeRequestSchemas;
export type InvokeRequest<C extends InvokeChannel> = z.infer<(typeof invokeRequestSchemas)[C]>;

export interface InvokeResponses extends CuratorResponses {
  'content:get': ContentState;
  'staff:unlock': UnlockResult;
  'staff:lock': null;
  'staff:status': StaffStatus;
  'staff:stats': StatsSummary;
  'staff:reload-content': ContentState;
  'staff:change-pin': ChangePinResult;
  'staff:export-stats': ExportResult;
  'staff:quit': null;
}
export type InvokeResponse<C extends InvokeChannel> = InvokeResponses[C];

/** Staff channels answer only while the panel is unlocked with the PIN. */
export const STAFF_ONLY_CHANNELS: readonly InvokeChannel[] = [
  'staff:status',
  'staff:stats',
  'staff:reload-content',
  'staff:change-pin',
  'staff:export-stats',
  'staff:quit',
  ...CURATOR_CHANNELS,
];

/** Renderer → main messages without an answer (ipcRenderer.send / ipcMain.on). */
export const sendMessageSchemas = {
  'kiosk:mode': KioskModeSchema,
  'stats:event': StatsEventSchema,
  'log:renderer-error': RendererErrorSchema,
  'kiosk:frames-stalled': FramesStalledSchema,
} satisfies Record<string, z.ZodType>;

export type SendChannel = keyof typeof sendMessageSchemas;
export type SendMessage<C extends SendChannel> = z.infer<(typeof sendMessageSchemas)[C]>;

/** Main → renderer events (webContents.send / ipcRenderer.on). */
export interface MainEvents {
  /** New content was loaded (an override folder changed, or staff reloaded it). */
  'content:changed': ContentState;
}
export type EventChannel = keyof MainEvents;
export const EVENT_CHANNELS: readonly EventChannel[] = ['content:changed'];

export type Unsubscribe = () => void;

/**
 * What the preload script exposes as `window.kiosk`. Every subscription returns its own
 * unsubscribe function, so a component that goes away takes its listener with it.
 */
export interface KioskApi {
  content: {
    get(): Promise<ContentState>;
    onChanged(listener: (state: ContentState) => void): Unsubscribe;
  };
  kiosk: {
    reportMode(mode: KioskMode): void;
    reportError(error: RendererError): void;
    reportFramesStalled(report: FramesStalled): void;
  };
  stats: {
    record(event: StatsEvent): void;
  };
  staff: {
    unlock(pin: string): Promise<UnlockResult>;
    lock(): Promise<null>;
    status(): Promise<StaffStatus>;
    stats(): Promise<StatsSummary>;
    reloadContent(): Promise<ContentState>;
    changePin(current: string, next: string): Promise<ChangePinResult>;
    exportStats(): Promise<ExportResult>;
    quit(): Promise<null>;
  };
  /** The curator studio; see common/curator-contract.ts. */
  curator: CuratorApi;
}
