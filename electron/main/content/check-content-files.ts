// Runs in: main process (and the Node curator tools, which reuse it).
// Checks that every image content.json refers to is a real file inside the content folder. Shared by
// the loader (refuses content with missing images) and `npm run content:check` (which also decodes).
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Content, ContentProblem, ContentProblemCode } from '../../../common/content-schema';

/** Placeholder artwork lives here; `content:check --strict` refuses content that still uses it. */
export const PLACEHOLDER_ASSET_PREFIX = 'assets/placeholders/';

type ImageProblemCode = Extract<
  ContentProblemCode,
  'image-not-found' | 'image-not-a-file' | 'image-outside-folder'
>;

export type ReferencedFileKind = 'portrait' | 'portrait4k' | 'thumbnail';

export interface ReferencedFile {
  /** Dotted field path in content.json, e.g. `heroes.3.photo.portrait`. */
  field: string;
  /** Path as written in content.json (relative, forward slashes). */
  path: string;
  kind: ReferencedFileKind;
}

export function isPlaceholderAsset(path: string): boolean {
  return path.startsWith(PLACEHOLDER_ASSET_PREFIX);
}

/** Every image file the content refers to, with the field that names it. */
export function listReferencedFiles(content: Content): ReferencedFile[] {
  return content.heroes.flatMap((hero, index) => {
    const field = (key: string): string => `heroes.${index}.photo.${key}`;
    const files: ReferencedFile[] = [
      { field: field('portrait'), path: hero.photo.portrait, kind: 'portrait' },
      { field: field('thumbnail'), path: hero.photo.thumbnail, kind: 'thumbnail' },
    ];
    if (hero.photo.portrait4k) {
      files.push({ field: field('portrait4k'), path: hero.photo.portrait4k, kind: 'portrait4k' });
    }
    return files;
  });
}

/** True when `child` is `parent` itself or somewhere below it. */
export function isInside(parent: string, child: string): boolean {
  const fromParent = relative(parent, child);
  return (
    fromParent === '' ||
    (!fromParent.startsWith(`..${sep}`) && fromParent !== '..' && !isAbsolute(fromParent))
  );
}

/**
 * Each referenced file must exist, be a regular file, and stay inside `directory` even after
 * following symbolic links (the schema already refuses `..` and absolute paths in the text).
 */
export async function checkReferencedFiles(
  directory: string,
  content: Content,
): Promise<ContentProblem[]> {
  let realDirectory: string;
  try {
    realDirectory = await realpath(directory);
  } catch {
    return [
      {
        field: '(file)',
        message: `content folder ${directory} does not exist`,
        reason: { code: 'folder-missing', path: directory },
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const problem = (file: ReferencedFile, code: ImageProblemCode, message: string): void => {
    problems.push({ field: file.field, message, reason: { code, path: file.path } });
  };
  for (const file of listReferencedFiles(content)) {
    const absolute = resolve(realDirectory, file.path);
    try {
      const real = await realpath(absolute);
      if (!isInside(realDirectory, real)) {
        problem(file, 'image-outside-folder', `${file.path} leads outside the content folder`);
      } else if (!(await stat(real)).isFile()) {
        problem(file, 'image-not-a-file', `${file.path} is not a file`);
      }
    } catch {
      problem(file, 'image-not-found', `file not found: ${file.path}`);
    }
  }
  return problems;
}
