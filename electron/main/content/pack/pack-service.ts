// Runs in: main process (also the web preview server). The staff panel's "Load content from USB":
// lists the packs on removable drives and in --packs-dir with what each would change, and installs
// the one chosen by its listed id. The running content is only ever replaced by a pack that passed
// every check; a refusal leaves it exactly as it was.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  InstallPackResult,
  PackList,
  PackSummary,
  RunningPack,
} from '../../../../common/content-pack';
import { PACK_MANIFEST_FILE, PackManifestSchema } from '../../../../common/content-pack';
import type { ContentState } from '../../../../common/ipc-contract';
import type { Logger } from '../../log/logger';
import { listReferencedFiles } from '../check-content-files';
import { CONTENT_FILE_NAME } from '../load-content';
import type { ComparableContent } from './diff-content';
import { diffContent } from './diff-content';
import type { FoundPack, PackRoot } from './find-packs';
import { findPacks } from './find-packs';
import { installPack, recoverInterruptedInstall } from './install-pack';
import { packHash, sha256File } from './pack-files';
import { describePackRefusal, verifyPack } from './verify-pack';

export interface PackServiceOptions {
  /** <userData>/content: where an installed pack goes. */
  overrideDir: string;
  /** --packs-dir: a folder standing in for (or beside) a USB stick. */
  packsDir?: string;
  /** --content-dir: when set, the kiosk shows that folder and a pack cannot replace it. */
  contentDirArg?: string;
  removableDriveRoots: () => Promise<string[]>;
  currentContent: () => ContentState;
  /** Loads the content again and tells the renderer, as the folder watcher does. */
  reloadContent: () => Promise<ContentState>;
  log: Logger;
}

export interface PackService {
  list(): Promise<PackList>;
  install(id: string): Promise<InstallPackResult>;
  /** The pack the override folder holds, when that is what the kiosk shows. */
  runningPack(): Promise<RunningPack | null>;
  /** Finishes or undoes an install a power cut interrupted; before the first content load. */
  recover(): Promise<void>;
}

async function hashesOf(directory: string, paths: readonly string[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const path of new Set(paths)) {
    const hash = await sha256File(join(directory, path)).catch(() => null);
    if (hash !== null) hashes.set(path, hash);
  }
  return hashes;
}

export function createPackService(options: PackServiceOptions): PackService {
  const { log } = options;
  /** The packs of the last listing, by id: install takes nothing else. */
  let listed = new Map<string, FoundPack>();

  async function roots(): Promise<PackRoot[]> {
    const drives = await options.removableDriveRoots().catch((error: unknown) => {
      log.warn('packs-drives-not-listed', { error: String(error) });
      return [] as string[];
    });
    return [
      ...(options.packsDir
        ? [{ directory: options.packsDir, location: 'packs-dir' as const }]
        : []),
      ...drives.map((directory) => ({ directory, location: 'removable' as const })),
    ];
  }

  async function runningPack(): Promise<RunningPack | null> {
    const state = options.currentContent();
    if (state.status !== 'ready' || state.source !== 'override') return null;
    try {
      const text = await readFile(join(options.overrideDir, PACK_MANIFEST_FILE), 'utf8');
      const manifest = PackManifestSchema.parse(JSON.parse(text));
      // content.json edited by hand after the install: no longer that pack.
      const entry = manifest.files.find((file) => file.path === CONTENT_FILE_NAME);
      if (entry?.sha256 !== state.hash) return null;
      return {
        label: manifest.label,
        createdAt: manifest.createdAt,
        hash: packHash(manifest.files),
      };
    } catch {
      return null;
    }
  }

  async function running(): Promise<ComparableContent | null> {
    const state = options.currentContent();
    if (state.status !== 'ready') return null;
    const paths = listReferencedFiles(state.content).map((file) => file.path);
    return { content: state.content, fileHashes: await hashesOf(state.directory, paths) };
  }

  async function summarize(
    pack: FoundPack,
    current: ComparableContent | null,
    runningHash: string | null,
  ): Promise<PackSummary> {
    const base = { id: pack.id, folderName: pack.folderName, location: pack.location };
    const check = await verifyPack(pack.directory, { checkHashes: false });
    if (!check.ok) {
      const manifest = await readFile(join(pack.directory, PACK_MANIFEST_FILE), 'utf8')
        .then((text) => PackManifestSchema.safeParse(JSON.parse(text)))
        .catch(() => null);
      const known = manifest?.success ? manifest.data : null;
      return {
        ...base,
        label: known?.label ?? pack.folderName,
        createdAt: known?.createdAt ?? '',
        appVersion: known?.appVersion ?? '',
        hash: known ? packHash(known.files) : '',
        heroes: 0,
        drafts: 0,
        diff: null,
        refusal: check.refusal,
        running: false,
      };
    }
    const { manifest, content, hash } = check.pack;
    const fileHashes = new Map(manifest.files.map((file) => [file.path, file.sha256]));
    return {
      ...base,
      label: manifest.label,
      createdAt: manifest.createdAt,
      appVersion: manifest.appVersion,
      hash,
      heroes: content.heroes.length,
      drafts: content.heroes.filter((hero) => hero.status === 'draft').length,
      diff: diffContent(current, { content, fileHashes }),
      refusal: null,
      running: hash === runningHash,
    };
  }

  async function list(): Promise<PackList> {
    await recoverInterruptedInstall(options.overrideDir);
    const found = await findPacks(await roots());
    listed = new Map(found.map((pack) => [pack.id, pack]));
    const [current, runningNow] = await Promise.all([running(), runningPack()]);
    const packs: PackSummary[] = [];
    for (const pack of found) packs.push(await summarize(pack, current, runningNow?.hash ?? null));
    // Newest first: the pack staff brought today is at the top.
    packs.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    log.info('packs-listed', { count: packs.length });
    return { running: runningNow, packs };
  }

  function refused(
    refusal: Extract<InstallPackResult, { ok: false }>['refusal'],
    pack?: FoundPack,
  ): InstallPackResult {
    const message = describePackRefusal(refusal);
    log.warn('pack-refused', { pack: pack?.directory ?? null, code: refusal.code, message });
    return { ok: false, refusal, message };
  }

  async function install(id: string): Promise<InstallPackResult> {
    const pack = listed.get(id);
    const stillThere = pack
      ? await stat(pack.directory).then(
          () => true,
          () => false,
        )
      : false;
    if (!pack || !stillThere) return refused({ code: 'pack-gone' }, pack);
    if (options.contentDirArg) {
      return refused({ code: 'content-dir-in-use', directory: options.contentDirArg }, pack);
    }
    const outcome = await installPack(pack.directory, options.overrideDir);
    if (!outcome.ok) return refused(outcome.refusal, pack);
    const { manifest, hash } = outcome.pack;
    log.info('pack-installed', { pack: pack.directory, label: manifest.label, hash });
    const content = await options.reloadContent();
    return {
      ok: true,
      pack: { label: manifest.label, createdAt: manifest.createdAt, hash },
      content,
    };
  }

  return {
    list,
    install,
    runningPack,
    recover: () => recoverInterruptedInstall(options.overrideDir),
  };
}
