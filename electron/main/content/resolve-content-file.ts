// Runs in: main process (also the web preview server).
// Maps a requested content URL path to a file inside the content folder, or refuses it. This is the
// only way content images are served, so nothing outside the folder can ever be read through it.
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { isInside } from './check-content-files';

/**
 * `urlPath` is the part of the URL after the `/content/` prefix, e.g. `assets/heroes/x/portrait.webp`
 * (one leading slash is tolerated; a query string or fragment is ignored). Returns the absolute file
 * path, or null for anything that is not a plain relative path inside `directory`: `..` (also when
 * percent-encoded), absolute paths, backslashes, drive letters, NUL, malformed encoding, or a symbolic
 * link that leads out of the folder.
 */
export function resolveContentFile(directory: string, urlPath: string): string | null {
  const withoutQuery = urlPath.split(/[?#]/, 1)[0] ?? '';
  // Only a literal leading slash is tolerated; an encoded one (%2F) asks for an absolute path.
  const withoutSlash = withoutQuery.startsWith('/') ? withoutQuery.slice(1) : withoutQuery;
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(withoutSlash);
  } catch {
    return null;
  }
  if (
    relativePath === '' ||
    relativePath.startsWith('/') ||
    /[\\\0]/.test(relativePath) ||
    /^[a-zA-Z]:/.test(relativePath)
  ) {
    return null;
  }
  const segments = relativePath.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..'))
    return null;

  const root = resolve(directory);
  const candidate = resolve(root, ...segments);
  if (!isInside(root, candidate) || candidate === root) return null;
  if (existsSync(candidate)) {
    // A symbolic link inside the folder must not point outside it.
    const realRoot = realpathSync(root);
    if (!isInside(realRoot, realpathSync(candidate))) return null;
  }
  return candidate;
}
