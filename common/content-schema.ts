// Runs in: every process (main, tools, tests; the renderer imports its types only).
// The one definition of the exhibition's content file, content.json. The main process validates with
// it when loading, the curator tools when importing and checking, and the renderer takes its types.
import { z } from 'zod';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** Longest single text we accept: a whole story paragraph fits easily, a pasted book does not. */
export const MAX_TEXT_LENGTH = 4000;

const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`);

/** Every text a visitor reads exists in Kazakh, Russian and English. */
export const LocalizedTextSchema = z.strictObject({ kk: text, ru: text, en: text });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

const paragraphs = z.array(text).min(1, 'needs at least one paragraph').max(40);
/** Several paragraphs per language; languages may split a story into different paragraph counts. */
export const LocalizedParagraphsSchema = z.strictObject({
  kk: paragraphs,
  ru: paragraphs,
  en: paragraphs,
});
export type LocalizedParagraphs = z.infer<typeof LocalizedParagraphsSchema>;

/**
 * A file inside the content folder, written with forward slashes and relative to content.json.
 * Anything that could leave the folder (absolute paths, `..`, backslashes, URLs, encoded characters)
 * is refused here, so the kiosk can only ever serve files from inside its content folder.
 */
export const ContentPathSchema = z
  .string()
  .max(200)
  .regex(
    /^(?!\/)(?!.*\/\/)[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*\.(?:webp|jpg|jpeg|png|avif)$/,
    'must be a relative path inside the content folder (lowercase letters, digits, . _ - and /) to a .webp, .jpg, .png or .avif file',
  )
  .refine((path) => !path.split('/').some((segment) => segment === '..' || segment === '.'), {
    message: 'must not leave the content folder',
  });

/** A tiny blurred preview shown while the real image decodes: an inline data URI, a few hundred bytes. */
export const BlurPlaceholderSchema = z
  .string()
  .max(4000, 'must be a small inline image (at most 4000 characters)')
  .regex(/^data:image\/(?:webp|jpeg|png);base64,[A-Za-z0-9+/=]+$/, 'must be a base64 data URI');

export const FocalPointSchema = z.strictObject({
  /** 0 = left edge, 1 = right edge of the photograph. */
  x: z.number().min(0).max(1),
  /** 0 = top edge, 1 = bottom edge. */
  y: z.number().min(0).max(1),
});
export type FocalPoint = z.infer<typeof FocalPointSchema>;

export const PhotoSchema = z.strictObject({
  /** Full-screen portrait for a 1080x1920 screen. */
  portrait: ContentPathSchema,
  /** Optional 2160x3840 version for 4K screens. */
  portrait4k: ContentPathSchema.optional(),
  /** Small image for the index grid. */
  thumbnail: ContentPathSchema,
  placeholder: BlurPlaceholderSchema,
  /** Where the face is, so crops for other screen shapes keep it in view. */
  focalPoint: FocalPointSchema,
  credit: LocalizedTextSchema,
  /** Describes the image for screen readers. */
  alt: LocalizedTextSchema,
});
export type Photo = z.infer<typeof PhotoSchema>;

export const HeroStatusSchema = z.enum(['draft', 'ready']);
export type HeroStatus = z.infer<typeof HeroStatusSchema>;

export const HeroSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
    .max(60),
  /** `draft`: a placeholder until the curator supplies the real portrait and story; shown as such. */
  status: HeroStatusSchema,
  name: LocalizedTextSchema,
  role: LocalizedTextSchema,
  shortLine: LocalizedTextSchema,
  story: LocalizedParagraphsSchema,
  photo: PhotoSchema,
});
export type Hero = z.infer<typeof HeroSchema>;

const isoDate = z.iso.date('must be a date written YYYY-MM-DD');

export const QuoteSchema = z.strictObject({
  text: LocalizedParagraphsSchema,
  author: LocalizedTextSchema,
  role: LocalizedTextSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ProgrammeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: LocalizedTextSchema,
  partners: LocalizedTextSchema,
  description: LocalizedParagraphsSchema,
});
export type Programme = z.infer<typeof ProgrammeSchema>;

export const ExhibitionSchema = z
  .strictObject({
    title: LocalizedTextSchema,
    subtitle: LocalizedTextSchema,
    /** "Dedicated to the 75th anniversary of UNICEF". */
    anniversary: LocalizedTextSchema,
    /** "The Year of Children in Kazakhstan". */
    yearOfChildren: LocalizedTextSchema,
    organiser: LocalizedTextSchema,
    opens: isoDate,
    closes: isoDate,
    /** Dates as a visitor reads them, e.g. "1–14 April 2022". */
    datesLabel: LocalizedTextSchema,
    venue: LocalizedTextSchema,
    city: LocalizedTextSchema,
    curator: z.strictObject({ name: LocalizedTextSchema, role: LocalizedTextSchema }),
    introduction: LocalizedParagraphsSchema,
    quotes: z.array(QuoteSchema).max(10),
    programmes: z.array(ProgrammeSchema).max(10),
    /** Credit for the exhibition banner and any general imagery. */
    credit: LocalizedTextSchema,
  })
  .refine((exhibition) => exhibition.opens <= exhibition.closes, {
    message: 'must open before it closes',
    path: ['closes'],
  });
export type Exhibition = z.infer<typeof ExhibitionSchema>;

/** Ranges chosen for a public kiosk: long enough for people to act, short enough to reset for the next. */
export const KioskSettingsSchema = z
  .strictObject({
    defaultLanguage: LanguageSchema,
    languages: z
      .array(LanguageSchema)
      .min(1)
      .refine((list) => new Set(list).size === list.length, {
        message: 'must not repeat a language',
      }),
    /** Seconds without a touch before the "Still there?" warning. */
    idleTimeoutSeconds: z.number().int().min(30).max(900),
    /** Seconds the warning counts down; WCAG 2.2.1 asks for at least 20 to respond. */
    warningSeconds: z.number().int().min(20).max(120),
    /** Seconds each portrait stays on the attract loop. */
    attractSlideSeconds: z.number().int().min(3).max(60),
    /** Local hour (0–23) for a relaunch done while nobody uses the kiosk; null turns it off. */
    dailyRelaunchHour: z.number().int().min(0).max(23).nullable(),
  })
  .refine((settings) => settings.languages.includes(settings.defaultLanguage), {
    message: 'must include the default language',
    path: ['languages'],
  });
export type KioskSettings = z.infer<typeof KioskSettingsSchema>;

export const CONTENT_SCHEMA_VERSION = 1;

export const ContentSchema = z
  .strictObject({
    schemaVersion: z.literal(CONTENT_SCHEMA_VERSION),
    exhibition: ExhibitionSchema,
    settings: KioskSettingsSchema,
    heroes: z.array(HeroSchema).min(1, 'needs at least one hero').max(200),
  })
  .refine(
    (content) => new Set(content.heroes.map((hero) => hero.id)).size === content.heroes.length,
    {
      message: 'hero ids must be unique',
      path: ['heroes'],
    },
  );
export type Content = z.infer<typeof ContentSchema>;

/**
 * What our own code found wrong, as a code and its parameters, so the staff panel can say it in the
 * staff language. Schema messages about a field have no reason: they stay English technical detail.
 */
export const ContentProblemReasonSchema = z.discriminatedUnion('code', [
  /** The content folder itself is missing. */
  z.strictObject({ code: z.literal('folder-missing'), path: z.string() }),
  /** An image content.json names: missing, not a file, or a link out of the folder. */
  z.strictObject({ code: z.literal('image-not-found'), path: z.string() }),
  z.strictObject({ code: z.literal('image-not-a-file'), path: z.string() }),
  z.strictObject({ code: z.literal('image-outside-folder'), path: z.string() }),
  z.strictObject({
    code: z.literal('file-too-large'),
    bytes: z.number().int().min(0),
    maxBytes: z.number().int().min(0),
  }),
  /** `error`: the operating system's or the JSON parser's own (English) words. */
  z.strictObject({ code: z.literal('file-unreadable'), error: z.string() }),
  z.strictObject({ code: z.literal('invalid-json'), error: z.string() }),
  z.strictObject({ code: z.literal('unknown-fields'), keys: z.array(z.string()) }),
  z.strictObject({ code: z.literal('load-failed'), error: z.string() }),
  z.strictObject({ code: z.literal('no-content') }),
]);
export type ContentProblemReason = z.infer<typeof ContentProblemReasonSchema>;
export type ContentProblemCode = ContentProblemReason['code'];

/** One problem found in a content file, with the field it concerns written as a dotted path. */
export interface ContentProblem {
  /** e.g. `heroes.3.name.kk`, or `(file)` for problems with the file as a whole. */
  field: string;
  /** English, for the log, the curator tools and older readers of the contract. */
  message: string;
  /** Set when our code (not the schema) words the problem; the staff panel translates it. */
  reason?: ContentProblemReason;
}

export const ContentProblemSchema = z.strictObject({
  field: z.string(),
  message: z.string(),
  reason: ContentProblemReasonSchema.optional(),
}) satisfies z.ZodType<ContentProblem>;

export type ContentValidation =
  { ok: true; content: Content } | { ok: false; problems: ContentProblem[] };

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((part) => String(part)).join('.');
}

/** Validates parsed JSON and returns every problem at once, each naming its field. */
export function validateContent(data: unknown): ContentValidation {
  const result = ContentSchema.safeParse(data);
  if (result.success) return { ok: true, content: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue): ContentProblem => {
      const field = formatFieldPath(issue.path);
      if (issue.code !== 'unrecognized_keys') return { field, message: issue.message };
      return {
        field,
        message: `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`,
        reason: { code: 'unknown-fields', keys: issue.keys },
      };
    }),
  };
}

/** Parses the text of content.json; invalid JSON is a problem like any other, never a throw. */
export function parseContentText(source: string): ContentValidation {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          field: '(file)',
          message: `is not valid JSON: ${(error as Error).message}`,
          reason: { code: 'invalid-json', error: (error as Error).message },
        },
      ],
    };
  }
  return validateContent(data);
}
