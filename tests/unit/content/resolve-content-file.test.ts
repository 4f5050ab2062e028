// Runs in: Node (vitest).
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveContentFile } from '../../../electron/main/content/resolve-content-file';
import { makeTempDir, removeDir } from './support/content-folder';

describe('resolveContentFile', () => {
  let root: string;
  let contentDir: string;

  beforeAll(async () => {
    root = await makeTempDir('resolve-');
    contentDir = join(root, 'content');
    await mkdir(join(contentDir, 'assets'), { recursive: true });
    await writeFile(join(contentDir, 'assets', 'a b.webp'), 'x');
    await writeFile(join(root, 'secret.txt'), 'secret');
    await symlink(join(root, 'secret.txt'), join(contentDir, 'assets', 'escape.webp'));
  });
  afterAll(() => removeDir(root));

  it.each([
    ['assets/a b.webp', 'plain relative path'],
    ['/assets/a%20b.webp', 'one leading slash and percent-encoding'],
    ['assets/a%20b.webp?v=3#top', 'query string and fragment'],
  ])('serves %s (%s)', (urlPath) => {
    expect(resolveContentFile(contentDir, urlPath)).toBe(join(contentDir, 'assets', 'a b.webp'));
  });

  it('returns a path inside the folder for a file that does not exist (the server answers 404)', () => {
    expect(resolveContentFile(contentDir, 'assets/missing.webp')).toBe(
      join(contentDir, 'assets', 'missing.webp'),
    );
  });

  it.each([
    ['../secret.txt', 'parent directory'],
    ['assets/../../secret.txt', 'parent directory in the middle'],
    ['%2e%2e/secret.txt', 'percent-encoded ..'],
    ['%2E%2E%2Fsecret.txt', 'percent-encoded ../ in one segment'],
    ['..%5csecret.txt', 'encoded backslash'],
    ['assets\\..\\..\\secret.txt', 'backslashes'],
    ['//etc/passwd', 'absolute path after the leading slash'],
    ['%2Fetc%2Fpasswd', 'encoded absolute path'],
    ['C:/Windows/win.ini', 'drive letter'],
    ['assets/a.webp%00.txt', 'NUL byte'],
    ['%E0%A4%A', 'malformed percent-encoding'],
    ['', 'empty path'],
    ['/', 'the folder itself'],
    ['./assets/a b.webp', 'dot segment'],
    ['assets//a b.webp', 'empty segment'],
    ['assets/escape.webp', 'symbolic link leading out of the folder'],
  ])('refuses %j (%s)', (urlPath) => {
    expect(resolveContentFile(contentDir, urlPath)).toBeNull();
  });
});
