// Runs in: Node (vitest). Problems our own code words (not the schema's field messages) carry a
// reason code with its parameters, so the staff panel can say them in the staff language; the
// English message stays for the log and the curator tools.
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Content, ContentProblem } from '../../../common/content-schema';
import {
  ContentProblemSchema,
  parseContentText,
  validateContent,
} from '../../../common/content-schema';
import { checkReferencedFiles } from '../../../electron/main/content/check-content-files';
import {
  MAX_CONTENT_FILE_BYTES,
  readContentFolder,
} from '../../../electron/main/content/load-content';
import {
  createContentFolder,
  makeTempDir,
  readShippedContent,
  removeDir,
} from './support/content-folder';

function expectValidProblems(problems: readonly ContentProblem[]): void {
  for (const problem of problems) expect(ContentProblemSchema.parse(problem)).toEqual(problem);
}

describe('content problem reasons', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('reasons-');
  });
  afterEach(() => removeDir(dir));

  it('invalid JSON: the parser’s own words as the detail', () => {
    const result = parseContentText('{ not json');
    if (result.ok) throw new Error('expected a problem');
    expect(result.problems).toEqual([
      {
        field: '(file)',
        message: expect.stringMatching(/^is not valid JSON: /),
        reason: { code: 'invalid-json', error: expect.any(String) },
      },
    ]);
    expectValidProblems(result.problems);
  });

  it('unknown fields are listed by name; schema messages keep no reason', async () => {
    const content = (await readShippedContent()) as Content & { extra?: boolean; more?: number };
    content.extra = true;
    content.more = 1;
    content.heroes = [];
    const result = validateContent(content);
    if (result.ok) throw new Error('expected problems');
    const unknown = result.problems.find((problem) => problem.reason?.code === 'unknown-fields');
    expect(unknown).toEqual({
      field: '(root)',
      message: 'unknown fields: extra, more',
      reason: { code: 'unknown-fields', keys: ['extra', 'more'] },
    });
    const heroes = result.problems.find((problem) => problem.field === 'heroes');
    expect(heroes).toEqual({ field: 'heroes', message: 'needs at least one hero' });
    expectValidProblems(result.problems);
  });

  it('image files: missing, not a file, or leading out of the folder', async () => {
    const folder = await createContentFolder({ into: join(dir, 'content'), heroes: 2 });
    const content = (await readShippedContent()) as Content;
    content.heroes = content.heroes.slice(0, 2);
    const [first, second] = content.heroes;
    if (!first || !second) throw new Error('the shipped content has heroes');
    await rm(join(folder, first.photo.portrait));
    await rm(join(folder, first.photo.thumbnail));
    await mkdir(join(folder, first.photo.thumbnail));
    await writeFile(join(dir, 'outside.webp'), 'x');
    await rm(join(folder, second.photo.portrait));
    await symlink(join(dir, 'outside.webp'), join(folder, second.photo.portrait));

    const problems = await checkReferencedFiles(folder, content);
    expect(problems.map((problem) => [problem.field, problem.reason])).toEqual([
      ['heroes.0.photo.portrait', { code: 'image-not-found', path: first.photo.portrait }],
      ['heroes.0.photo.thumbnail', { code: 'image-not-a-file', path: first.photo.thumbnail }],
      ['heroes.1.photo.portrait', { code: 'image-outside-folder', path: second.photo.portrait }],
    ]);
    expectValidProblems(problems);
  });

  it('a missing content folder', async () => {
    const missing = join(dir, 'nowhere');
    const problems = await checkReferencedFiles(missing, await readShippedContent());
    expect(problems).toEqual([
      {
        field: '(file)',
        message: `content folder ${missing} does not exist`,
        reason: { code: 'folder-missing', path: missing },
      },
    ]);
  });

  it('a content.json too large to read, or not there at all', async () => {
    await writeFile(join(dir, 'content.json'), Buffer.alloc(MAX_CONTENT_FILE_BYTES + 1, 32));
    const tooLarge = await readContentFolder(dir);
    if (tooLarge.ok) throw new Error('expected a problem');
    expect(tooLarge.problems[0]?.reason).toEqual({
      code: 'file-too-large',
      bytes: MAX_CONTENT_FILE_BYTES + 1,
      maxBytes: MAX_CONTENT_FILE_BYTES,
    });
    const unreadable = await readContentFolder(join(dir, 'nowhere'));
    if (unreadable.ok) throw new Error('expected a problem');
    expect(unreadable.problems[0]?.reason).toEqual({
      code: 'file-unreadable',
      error: expect.stringContaining('ENOENT'),
    });
    expectValidProblems([...tooLarge.problems, ...unreadable.problems]);
  });
});
