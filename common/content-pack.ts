// Runs in: every process (main and the Node tools validate with it; the renderer imports types only).
// A content pack: a folder `heroes-content-<date>-<hash>/` holding content.json, the images it names,
// and pack.json, which lists every file with its size and sha256. One USB stick (or synced folder)
// carries the same pack to every kiosk; a kiosk installs it only when every byte matches.
import { z } from 'zod';
import type { LocalizedText } from './content-schema';
import type { ContentState } from './ipc-contract';
import { ContentProblemSchema } from './content-schema';

export const PACK_MANIFEST_FILE = 'pack.json';
export const PACK_FOLDER_PREFIX = 'heroes-content-';
export const PACK_FORMAT = 'heroes-of-children-content-pack';
/** The newest pack format this app reads; a pack with a higher number is refused, never guessed at. */
export const PACK_FORMAT_VERSION = 1;
export const MAX_PACK_LABEL_LENGTH = 120;
/** pack.json is a list of a few hundred files: anything bigger is not a manifest. */
export const MAX_PACK_MANIFEST_BYTES = 1024 * 1024;
/** Packs are told apart by the first characters of their hash, as the staff panel shows hashes. */
export const PACK_SHORT_HASH_LENGTH = 12;

export const PackFileSchema = z.strictObject({
  /** Relative to the pack folder, forward slashes; main checks it stays inside (see pack-files.ts). */
  path: z.string().min(1).max(300),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
});
export type PackFile = z.infer<typeof PackFileSchema>;

export const PackManifestSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.number().int().min(1),
  /** Version of the app (or tool) that wrote the pack, for the log and for support. */
  appVersion: z.string().min(1).max(40),
  createdAt: z.iso.datetime({ offset: true }),
  /** The curator's name for this version, e.g. "April opening, 30 heroes". */
  label: z.string().trim().min(1).max(MAX_PACK_LABEL_LENGTH),
  files: z.array(PackFileSchema).min(1).max(2000),
});
export type PackManifest = z.infer<typeof PackManifestSchema>;

/** Packs are named to staff by an id of the listing, never by a path the renderer could choose. */
export const PackIdSchema = z.string().regex(/^[0-9a-f]{16}$/);

/** How many problems of a refused content.json a refusal carries; the rest are counted. */
export const PACK_PROBLEMS_SHOWN = 3;

/**
 * Why a pack was refused, as a code with its parameters, so the staff panel words it in the staff
 * language (like ContentWarningSchema). Paths are relative to the pack folder.
 */
export const PackRefusalSchema = z.discriminatedUnion('code', [
  /** pack.json is missing, unreadable, not JSON or not a pack manifest. */
  z.strictObject({ code: z.literal('manifest-invalid'), error: z.string() }),
  z.strictObject({
    code: z.literal('newer-format'),
    formatVersion: z.number(),
    supported: z.number(),
  }),
  /** `../`, an absolute path, a drive letter, or a symbolic link. */
  z.strictObject({ code: z.literal('unsafe-path'), path: z.string() }),
  /** A file pack.json does not list, or one content.json does not use. */
  z.strictObject({ code: z.literal('extra-file'), path: z.string() }),
  z.strictObject({ code: z.literal('missing-file'), path: z.string() }),
  /** Size or sha256 differs from pack.json: damaged on the way, or edited after packing. */
  z.strictObject({ code: z.literal('wrong-hash'), path: z.string() }),
  z.strictObject({
    code: z.literal('invalid-content'),
    problems: z.array(ContentProblemSchema).max(PACK_PROBLEMS_SHOWN),
    problemCount: z.number().int().min(0),
  }),
  z.strictObject({
    code: z.literal('image-over-budget'),
    path: z.string(),
    bytes: z.number().int().min(0),
    maxBytes: z.number().int().min(0),
  }),
  /** The pack is no longer where it was listed (the stick was pulled). */
  z.strictObject({ code: z.literal('pack-gone') }),
  /** The kiosk runs content from --content-dir, which a pack cannot replace. */
  z.strictObject({ code: z.literal('content-dir-in-use'), directory: z.string() }),
  /** Copying or swapping failed (disk full, permissions); `error` is the system's own words. */
  z.strictObject({ code: z.literal('install-failed'), error: z.string() }),
]);
export type PackRefusal = z.infer<typeof PackRefusalSchema>;
export type PackRefusalCode = PackRefusal['code'];

export interface HeroRef {
  id: string;
  name: LocalizedText;
}

/** What installing a pack would change against the running content. */
export interface PackDiff {
  added: HeroRef[];
  /** Texts, status or anything else but the photo files changed. */
  changed: HeroRef[];
  removed: HeroRef[];
  /** Heroes whose portrait, 4K portrait or thumbnail bytes differ. */
  photosReplaced: HeroRef[];
  exhibitionChanged: boolean;
  settingsChanged: boolean;
}

export interface PackSummary {
  id: string;
  folderName: string;
  /** Found on a removable drive, or in the folder given with --packs-dir. */
  location: 'removable' | 'packs-dir';
  label: string;
  createdAt: string;
  appVersion: string;
  /** Hash of the pack's file list (see packHash): the same content gives the same hash. */
  hash: string;
  heroes: number;
  drafts: number;
  /** null when the pack cannot be read far enough to compare. */
  diff: PackDiff | null;
  /** Found while listing (hashes are checked at install); null when nothing was found yet. */
  refusal: PackRefusal | null;
  /** True when this is the pack the kiosk runs now. */
  running: boolean;
}

export interface RunningPack {
  label: string;
  createdAt: string;
  hash: string;
}

export interface PackList {
  running: RunningPack | null;
  packs: PackSummary[];
}

export type InstallPackResult =
  | {
      ok: true;
      pack: RunningPack;
      /** The content now loaded, for the renderer to show at its next attract loop. */
      content: ContentState;
    }
  | {
      ok: false;
      refusal: PackRefusal;
      /** English, for the log and the command line. */
      message: string;
    };
