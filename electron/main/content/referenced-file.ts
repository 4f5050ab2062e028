// Runs in: main process (also the web preview server).
// The only files a content URL may reach: the images the content names, inside its folder. Anything
// else in that folder (content.json, a .git folder, notes, a package.json when the folder is the
// repository root in development) stays unreachable.
import type { Content } from '../../../common/content-schema';
import { listReferencedFiles } from './check-content-files';
import { resolveContentFile } from './resolve-content-file';

const referencedPaths = new WeakMap<Content, ReadonlySet<string>>();

/** The set of relative paths `content` refers to, computed once per content. */
export function referencedPathsOf(content: Content): ReadonlySet<string> {
  let paths = referencedPaths.get(content);
  if (!paths) {
    paths = new Set(listReferencedFiles(content).map((file) => file.path));
    referencedPaths.set(content, paths);
  }
  return paths;
}

/**
 * `urlPath` as it came after the content prefix (no query). Compared as written: content paths are
 * lowercase letters, digits, `.`, `_`, `-` and `/` only, which no browser percent-encodes, so an
 * encoded path is never one of ours. Dot-files are refused even if the content named one.
 */
export function referencedContentFile(
  content: Content,
  directory: string,
  urlPath: string,
): string | null {
  if (!referencedPathsOf(content).has(urlPath)) return null;
  if (urlPath.split('/').some((segment) => segment.startsWith('.'))) return null;
  return resolveContentFile(directory, urlPath);
}
