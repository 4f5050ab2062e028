// Runs in: main process (and `npm run content:check -- --pack`, which must judge exactly like a kiosk).
// Checks a content pack folder before anything of it is installed: pack.json, every path, every file
// present and nothing else, every size and sha256, content.json valid, every image it names inside
// the pack and within its size budget. The first problem found is the answer: one clear line.
import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Content } from '../../../../common/content-schema';
import { parseContentText } from '../../../../common/content-schema';
import type { PackManifest, PackRefusal } from '../../../../common/content-pack';
import {
  MAX_PACK_MANIFEST_BYTES,
  PACK_FORMAT_VERSION,
  PACK_MANIFEST_FILE,
  PACK_PROBLEMS_SHOWN,
  PackManifestSchema,
} from '../../../../common/content-pack';
import { FILE_SIZE_BUDGETS } from '../../../../common/image-budgets';
import { listReferencedFiles } from '../check-content-files';
import { CONTENT_FILE_NAME, MAX_CONTENT_FILE_BYTES } from '../load-content';
import { isSafePackPath, packHash, readFolderEntries, sha256File } from './pack-files';

export interface VerifiedPack {
  directory: string;
  manifest: PackManifest;
  content: Content;
  /** packHash of the manifest's files. */
  hash: string;
}

export type PackVerification =
  { ok: true; pack: VerifiedPack } | { ok: false; refusal: PackRefusal };

export interface VerifyPackOptions {
  /**
   * Read every file and compare its sha256 (default). Listing packs on a stick skips it to stay
   * quick; installing never does.
   */
  checkHashes?: boolean;
}

type Step<T> = { ok: true; value: T } | { ok: false; refusal: PackRefusal };
const refuse = (refusal: PackRefusal): { ok: false; refusal: PackRefusal } => ({
  ok: false,
  refusal,
});

async function readManifest(directory: string): Promise<Step<PackManifest>> {
  const file = join(directory, PACK_MANIFEST_FILE);
  let data: unknown;
  try {
    const info = await lstat(file);
    if (!info.isFile())
      return refuse({ code: 'manifest-invalid', error: 'pack.json is not a file' });
    if (info.size > MAX_PACK_MANIFEST_BYTES) {
      return refuse({ code: 'manifest-invalid', error: `pack.json is ${info.size} bytes` });
    }
    data = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse({ code: 'manifest-invalid', error: (error as Error).message });
  }
  // The version first: a newer pack may look different in any other field.
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > PACK_FORMAT_VERSION) {
    return refuse({ code: 'newer-format', formatVersion: version, supported: PACK_FORMAT_VERSION });
  }
  const parsed = PackManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    return refuse({ code: 'manifest-invalid', error: `${where}: ${issue?.message ?? 'invalid'}` });
  }
  return { ok: true, value: parsed.data };
}

/** Paths in pack.json against what the folder really holds. */
async function checkFolder(directory: string, manifest: PackManifest): Promise<Step<null>> {
  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (!isSafePackPath(file.path) || file.path === PACK_MANIFEST_FILE) {
      return refuse({ code: 'unsafe-path', path: file.path });
    }
    if (listed.has(file.path)) {
      return refuse({ code: 'manifest-invalid', error: `${file.path} is listed twice` });
    }
    listed.add(file.path);
  }
  const entries = await readFolderEntries(directory);
  const link = entries.links[0];
  if (link !== undefined) return refuse({ code: 'unsafe-path', path: link });
  const stray = [...entries.others, ...entries.files].find(
    (path) => path !== PACK_MANIFEST_FILE && !listed.has(path),
  );
  if (stray !== undefined) return refuse({ code: 'extra-file', path: stray });
  const present = new Set(entries.files);
  const missing = manifest.files.find((file) => !present.has(file.path));
  if (missing) return refuse({ code: 'missing-file', path: missing.path });
  return { ok: true, value: null };
}

async function checkFileBytes(
  directory: string,
  manifest: PackManifest,
  checkHashes: boolean,
): Promise<Step<null>> {
  for (const file of manifest.files) {
    const path = join(directory, file.path);
    const info = await lstat(path);
    if (info.size !== file.size) return refuse({ code: 'wrong-hash', path: file.path });
    if (checkHashes && (await sha256File(path)) !== file.sha256) {
      return refuse({ code: 'wrong-hash', path: file.path });
    }
  }
  return { ok: true, value: null };
}

async function readPackContent(directory: string, manifest: PackManifest): Promise<Step<Content>> {
  const entry = manifest.files.find((file) => file.path === CONTENT_FILE_NAME);
  if (!entry) return refuse({ code: 'missing-file', path: CONTENT_FILE_NAME });
  if (entry.size > MAX_CONTENT_FILE_BYTES) {
    const problem = {
      field: '(file)',
      message: `is ${entry.size} bytes; at most ${MAX_CONTENT_FILE_BYTES}`,
      reason: {
        code: 'file-too-large' as const,
        bytes: entry.size,
        maxBytes: MAX_CONTENT_FILE_BYTES,
      },
    };
    return refuse({ code: 'invalid-content', problems: [problem], problemCount: 1 });
  }
  const text = (await readFile(join(directory, CONTENT_FILE_NAME), 'utf8')).replace(/^\uFEFF/, '');
  const parsed = parseContentText(text);
  if (!parsed.ok) {
    return refuse({
      code: 'invalid-content',
      problems: parsed.problems.slice(0, PACK_PROBLEMS_SHOWN),
      problemCount: parsed.problems.length,
    });
  }
  return { ok: true, value: parsed.content };
}

/** Every image content.json names is in the pack and within budget; the pack holds nothing else. */
function checkReferences(content: Content, manifest: PackManifest): Step<null> {
  const sizes = new Map(manifest.files.map((file) => [file.path, file.size]));
  const referenced = listReferencedFiles(content);
  for (const file of referenced) {
    const size = sizes.get(file.path);
    if (size === undefined) return refuse({ code: 'missing-file', path: file.path });
    const budget = FILE_SIZE_BUDGETS[file.kind];
    if (size > budget) {
      return refuse({ code: 'image-over-budget', path: file.path, bytes: size, maxBytes: budget });
    }
  }
  const used = new Set([CONTENT_FILE_NAME, ...referenced.map((file) => file.path)]);
  const unused = manifest.files.find((file) => !used.has(file.path));
  if (unused) return refuse({ code: 'extra-file', path: unused.path });
  return { ok: true, value: null };
}

export async function verifyPack(
  directory: string,
  options: VerifyPackOptions = {},
): Promise<PackVerification> {
  try {
    const manifest = await readManifest(directory);
    if (!manifest.ok) return manifest;
    const folder = await checkFolder(directory, manifest.value);
    if (!folder.ok) return folder;
    const bytes = await checkFileBytes(directory, manifest.value, options.checkHashes ?? true);
    if (!bytes.ok) return bytes;
    const content = await readPackContent(directory, manifest.value);
    if (!content.ok) return content;
    const references = checkReferences(content.value, manifest.value);
    if (!references.ok) return references;
    return {
      ok: true,
      pack: {
        directory,
        manifest: manifest.value,
        content: content.value,
        hash: packHash(manifest.value.files),
      },
    };
  } catch (error) {
    // A file that vanished between two steps (a stick pulled out) or could not be read.
    return refuse({ code: 'install-failed', error: (error as Error).message });
  }
}

/** One English line per refusal, for the log and the command line. */
export function describePackRefusal(refusal: PackRefusal): string {
  switch (refusal.code) {
    case 'manifest-invalid':
      return `pack.json is missing or not a pack manifest (${refusal.error})`;
    case 'newer-format':
      return `the pack is format ${refusal.formatVersion}; this app reads up to format ${refusal.supported}: update the app first`;
    case 'unsafe-path':
      return `${refusal.path} leads outside the pack folder (.., an absolute path or a link)`;
    case 'extra-file':
      return `${refusal.path} is in the pack folder but is not part of the pack`;
    case 'missing-file':
      return `${refusal.path} is missing from the pack`;
    case 'wrong-hash':
      return `${refusal.path} is not the file the pack was made with (size or sha256 differs): copy the pack again`;
    case 'invalid-content': {
      const shown = refusal.problems.map((problem) => `${problem.field}: ${problem.message}`);
      const more = refusal.problemCount - refusal.problems.length;
      return `content.json is not valid: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
    }
    case 'image-over-budget':
      return `${refusal.path} is ${refusal.bytes} bytes, over the ${refusal.maxBytes}-byte budget for its kind`;
    case 'pack-gone':
      return 'the pack is no longer there (was the stick removed?)';
    case 'content-dir-in-use':
      return `the kiosk runs content from --content-dir ${refusal.directory}, which a pack does not replace`;
    case 'install-failed':
      return `the pack could not be read or copied: ${refusal.error}`;
  }
}
