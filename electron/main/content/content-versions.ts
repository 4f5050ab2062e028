// Runs in: main process (also the web preview server).
// Each content version's images under a URL of its own: `/content/<version>/assets/…`, where the
// version is a hash of content.json and of the size and time of every image it names. A visitor in
// the middle of a session keeps the content they started with until the attract loop (the renderer
// holds new content back), so the images of that older version must still be served, unchanged,
// after new content has arrived.
//
// Why copies: new content usually replaces the old folder (a content pack swapped in, robocopy /MIR,
// a sync tool rewriting files), so the older version's files are gone from disk, or are the new
// ones under the same names. Each version loaded from a folder that can change (the override folder,
// --content-dir) therefore gets its own copy of the images it names, under
// <userData>/content-versions/<version>/, made when it is loaded (the same few MB as the folder,
// once per version; reused after a restart). Its URLs are answered from that copy; until the copy is
// complete, from the folder, but only while each file is still the one that was loaded. The
// bundled content never changes under a running app and is served from where it is.
//
// Two versions at most are kept: the one the renderer may still be showing (the current one when
// the screen was last on its attract loop) and the current one. When the renderer is back on its
// attract loop (it has then switched), older copies are deleted.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Content } from '../../../common/content-schema';
import type { ContentState } from '../../../common/ipc-contract';
import type { Logger } from '../log/logger';
import { referencedContentFile, referencedPathsOf } from './referenced-file';

type ReadyState = Extract<ContentState, { status: 'ready' }>;

/** Written last into a version's copy: without it the copy is unfinished and not used. */
const COPY_COMPLETE_MARKER = '.complete';
const VERSION_ID = /^[0-9a-f]{16}$/;

interface FileIdentity {
  size: number;
  mtimeMs: number;
}

interface Version {
  id: string;
  content: Content;
  directory: string;
  /** Each referenced path as it was when the version was loaded (null: could not be read). */
  files: Map<string, FileIdentity | null>;
  /** Bundled content: never changes while the app runs, served from its folder. */
  fixed: boolean;
  copied: boolean;
}

export interface ContentVersionsOptions {
  /** `/content/` (the app:// and preview prefix); a version's assetBaseUrl is `/content/<id>/`. */
  baseUrl: string;
  /** <userData>/content-versions */
  copiesDir: string;
  log: Logger;
}

export interface ServedFile {
  /** The folder the file must stay inside. */
  directory: string;
  file: string;
}

export interface ContentVersions {
  /** Gives a newly loaded state its versioned assetBaseUrl (a kept last-good state keeps its own). */
  register(state: ReadyState, rendererOnAttract: boolean): Promise<ReadyState>;
  /** The renderer is on its attract loop, showing the current version: older ones can go. */
  rendererSwitched(): void;
  /** `<version>/<path>` (after the content prefix) to a file, or null (404). */
  resolve(urlPath: string): ServedFile | null;
  /** Resolves once copies under way have finished (tests, shutdown). */
  settled(): Promise<void>;
}

async function identityOf(file: string): Promise<FileIdentity | null> {
  try {
    const info = await stat(file);
    return { size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return null;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function sameIdentity(file: string, expected: FileIdentity | null | undefined): boolean {
  if (!expected) return false;
  try {
    const info = statSync(file);
    return info.size === expected.size && info.mtimeMs === expected.mtimeMs;
  } catch {
    return false;
  }
}

export function createContentVersions(options: ContentVersionsOptions): ContentVersions {
  const { log } = options;
  const versions = new Map<string, Version>();
  let current: string | null = null;
  let shown: string | null = null;
  let copying: Promise<void> = Promise.resolve();

  const idFromBaseUrl = (assetBaseUrl: string): string | null => {
    if (!assetBaseUrl.startsWith(options.baseUrl)) return null;
    const id = assetBaseUrl.slice(options.baseUrl.length).replace(/\/$/, '');
    return versions.has(id) ? id : null;
  };

  /** Copies the version's images; a file that changes while being copied spoils the copy. */
  async function copyVersion(version: Version): Promise<void> {
    const target = join(options.copiesDir, version.id);
    if (!versions.has(version.id)) return; // dropped while waiting for its turn
    try {
      if ((await identityOf(join(target, COPY_COMPLETE_MARKER))) !== null) {
        version.copied = true; // made before a restart
        return;
      }
      await rm(target, { recursive: true, force: true });
      for (const [path, identity] of version.files) {
        const source = resolve(version.directory, path);
        const copy = join(target, path);
        await mkdir(dirname(copy), { recursive: true });
        await copyFile(source, copy);
        const after = await identityOf(source);
        if (!identity || after?.size !== identity.size || after.mtimeMs !== identity.mtimeMs) {
          throw new Error(`${path} changed while it was copied`);
        }
      }
      await writeFile(join(target, COPY_COMPLETE_MARKER), '');
      version.copied = true;
    } catch (error) {
      // Served from the folder instead, for as long as its files are the ones that were loaded.
      log.warn('content-version-not-copied', { version: version.id, error: String(error) });
      await rm(target, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** Deletes copies of versions no longer kept, including those left by an earlier run. */
  async function removeCopies(keep: ReadonlySet<string>): Promise<void> {
    let names: string[];
    try {
      names = await readdir(options.copiesDir);
    } catch {
      return; // nothing copied yet
    }
    for (const name of names) {
      if (keep.has(name)) continue;
      // A file still being sent (Windows holds it open) is left for the next time.
      await rm(join(options.copiesDir, name), { recursive: true, force: true }).catch(
        (error: unknown) => log.warn('content-version-not-removed', { name, error: String(error) }),
      );
    }
  }

  function keepOnly(ids: Array<string | null>): void {
    const keep = new Set(ids.filter((id): id is string => id !== null));
    for (const id of versions.keys()) if (!keep.has(id)) versions.delete(id);
    copying = copying.then(() => removeCopies(keep));
  }

  return {
    async register(state, rendererOnAttract) {
      const known = idFromBaseUrl(state.assetBaseUrl);
      if (known !== null) return state; // the last good content, kept
      const files = new Map<string, FileIdentity | null>();
      for (const path of referencedPathsOf(state.content)) {
        files.set(path, await identityOf(resolve(state.directory, path)));
      }
      const lines = [...files].map(([path, id]) => `${path} ${id?.size} ${id?.mtimeMs}`);
      const id = createHash('sha256')
        .update(`${state.hash}\n${state.directory}\n${lines.join('\n')}`)
        .digest('hex')
        .slice(0, 16);
      const version: Version = {
        id,
        content: state.content,
        directory: state.directory,
        files,
        fixed: state.source === 'bundled',
        copied: false,
      };
      const assetBaseUrl = `${options.baseUrl}${id}/`;
      if (id === current) return { ...state, assetBaseUrl }; // loaded again, unchanged
      versions.set(id, version);
      if (!version.fixed) copying = copying.then(() => copyVersion(version));
      // On the attract loop the renderer takes the new content at once, but may still be drawing the
      // one it had: that one stays until the next time the screen is back on the loop.
      if (rendererOnAttract || shown === null) shown = current ?? id;
      current = id;
      keepOnly([shown, current]); // also deletes copies left by an earlier run
      return { ...state, assetBaseUrl };
    },

    rendererSwitched() {
      if (current === null || shown === current) return;
      shown = current;
      keepOnly([current]);
    },

    resolve(urlPath) {
      const slash = urlPath.indexOf('/');
      const id = urlPath.slice(0, slash);
      const path = urlPath.slice(slash + 1);
      const version = VERSION_ID.test(id) ? versions.get(id) : undefined;
      if (!version || slash < 0) return null;
      if (version.copied) {
        const directory = join(options.copiesDir, id);
        const file = referencedContentFile(version.content, directory, path);
        if (file !== null && isFile(file)) return { directory, file };
      }
      const file = referencedContentFile(version.content, version.directory, path);
      if (file === null) return null;
      // A file replaced since this version was loaded belongs to newer content: never shown here.
      if (!version.fixed && !sameIdentity(file, version.files.get(path))) return null;
      return { directory: version.directory, file };
    },

    settled: () => copying,
  };
}
