// Runs in: Node (vitest).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Content } from '../../../common/content-schema';
import type { ContentState } from '../../../common/ipc-contract';
import { ContentWarningSchema, WARNING_PROBLEMS_SHOWN } from '../../../common/ipc-contract';
import type { Logger } from '../../../electron/main/log/logger';
import { loadContentState } from '../../../electron/main/content/load-content';
import {
  createContentFolder,
  makeTempDir,
  removeDir,
  REPOSITORY_ROOT,
} from './support/content-folder';

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    info: () => undefined,
    warn: (event) => warnings.push(event),
    error: (event) => warnings.push(event),
  };
}

function ready(state: ContentState): Extract<ContentState, { status: 'ready' }> {
  if (state.status !== 'ready') throw new Error(`expected ready, got ${JSON.stringify(state)}`);
  return state;
}

describe('loadContentState', () => {
  let root: string;
  let bundledDir: string;
  let overrideDir: string;

  beforeEach(async () => {
    root = await makeTempDir('load-');
    bundledDir = await createContentFolder({ into: join(root, 'bundled') });
    overrideDir = join(root, 'user-data', 'content');
  });
  afterEach(() => removeDir(root));

  const load = (extra: Partial<Parameters<typeof loadContentState>[0]> = {}) =>
    loadContentState({ bundledDir, overrideDir, assetBaseUrl: '/content/', ...extra });

  it('loads the shipped content of the repository', async () => {
    const state = ready(
      await loadContentState({
        bundledDir: REPOSITORY_ROOT,
        overrideDir: join(root, 'none'),
        assetBaseUrl: '/content/',
      }),
    );
    expect(state.content.heroes).toHaveLength(30);
    expect(state.source).toBe('bundled');
    expect(state.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses the bundled content when there is no override', async () => {
    const state = ready(await load());
    expect(state.source).toBe('bundled');
    expect(state.directory).toBe(bundledDir);
    expect(state.assetBaseUrl).toBe('/content/');
    expect(state.warnings).toEqual([]);
  });

  it('prefers an override folder that holds content.json', async () => {
    await mkdir(overrideDir, { recursive: true });
    await createContentFolder({ into: overrideDir, heroes: 1 });
    const state = ready(await load());
    expect(state.source).toBe('override');
    expect(state.content.heroes).toHaveLength(1);
  });

  it('ignores an override folder without content.json', async () => {
    await mkdir(overrideDir, { recursive: true });
    expect(ready(await load()).source).toBe('bundled');
  });

  it('prefers --content-dir over the override', async () => {
    await mkdir(overrideDir, { recursive: true });
    await createContentFolder({ into: overrideDir });
    const contentDirArg = await createContentFolder({ into: join(root, 'arg'), heroes: 3 });
    const state = ready(await load({ contentDirArg }));
    expect(state.source).toBe('content-dir');
    expect(state.content.heroes).toHaveLength(3);
  });

  it('refuses a broken override with a warning and falls back to the bundled content', async () => {
    await mkdir(overrideDir, { recursive: true });
    await writeFile(join(overrideDir, 'content.json'), '{ not json');
    const log = recordingLogger();
    const state = ready(await load({ log }));
    expect(state.source).toBe('bundled');
    expect(state.warnings.join('\n')).toContain(join(overrideDir, 'content.json'));
    expect(state.warnings.join('\n')).toContain('not valid JSON');
    expect(log.warnings).toContain('content.refused');
    // The same warning as a code the staff panel translates, valid under the contract's schema.
    const [warning] = state.warningDetails ?? [];
    expect(ContentWarningSchema.parse(warning)).toEqual(warning);
    expect(warning).toMatchObject({
      code: 'file-refused',
      file: join(overrideDir, 'content.json'),
      problemCount: 1,
      problems: [{ field: '(file)', reason: { code: 'invalid-json' } }],
      message: state.warnings[0],
    });
  });

  it('refuses an override whose image is missing', async () => {
    await mkdir(overrideDir, { recursive: true });
    await createContentFolder({ into: overrideDir });
    const content = JSON.parse(
      await readFile(join(overrideDir, 'content.json'), 'utf8'),
    ) as Content;
    await rm(join(overrideDir, content.heroes[0]?.photo.portrait ?? 'missing'));
    const state = ready(await load());
    expect(state.source).toBe('bundled');
    expect(state.warnings.join('\n')).toMatch(/heroes\.0\.photo\.portrait: file not found/);
    expect(state.warningDetails?.[0]).toMatchObject({
      code: 'file-refused',
      problems: [
        {
          field: 'heroes.0.photo.portrait',
          reason: { code: 'image-not-found', path: content.heroes[0]?.photo.portrait },
        },
      ],
    });
  });

  it('keeps the last good content when a new override is refused', async () => {
    await mkdir(overrideDir, { recursive: true });
    await createContentFolder({ into: overrideDir, heroes: 1 });
    const lastGood = ready(await load());
    expect(lastGood.source).toBe('override');
    await writeFile(join(overrideDir, 'content.json'), '{"schemaVersion": 1}');
    const state = ready(await load({ lastGood }));
    expect(state.source).toBe('override');
    expect(state.hash).toBe(lastGood.hash);
    expect(state.warnings.join('\n')).toContain('was refused');
    expect(state.warnings.join('\n')).toContain('exhibition');
    const details = state.warningDetails ?? [];
    expect(details.map((warning) => warning.code)).toEqual(['file-refused', 'kept-last-good']);
    expect(details.map((warning) => warning.message)).toEqual(state.warnings);
    expect(details[1]).toMatchObject({ directory: lastGood.directory });
    for (const warning of details) expect(ContentWarningSchema.parse(warning)).toEqual(warning);
  });

  it('names the first few problems of a refused file in its warning and counts them all', async () => {
    await mkdir(overrideDir, { recursive: true });
    // Wrong version, an unknown field and three missing sections: five problems.
    await writeFile(join(overrideDir, 'content.json'), '{"schemaVersion": 2, "extra": true}');
    const state = ready(await load());
    const [refused] = state.warningDetails ?? [];
    if (refused?.code !== 'file-refused') throw new Error('expected a refused file');
    expect(refused.problemCount).toBe(5);
    expect(refused.problems).toHaveLength(WARNING_PROBLEMS_SHOWN);
    expect(refused.message).toContain(`and ${5 - WARNING_PROBLEMS_SHOWN} more`);
    expect(ContentWarningSchema.parse(refused)).toEqual(refused);
  });

  it('returns an error naming the file when nothing valid exists', async () => {
    await writeFile(join(bundledDir, 'content.json'), '{"schemaVersion": 2}');
    const state = await load();
    expect(state.status).toBe('error');
    if (state.status !== 'error') return;
    expect(state.file).toBe(join(bundledDir, 'content.json'));
    expect(state.problems.map((problem) => problem.field)).toContain('schemaVersion');
  });

  it('names the --content-dir file first when it and the bundled content are both broken', async () => {
    const contentDirArg = join(root, 'missing-dir');
    await writeFile(join(bundledDir, 'content.json'), '[]');
    const state = await load({ contentDirArg });
    expect(state.status).toBe('error');
    if (state.status !== 'error') return;
    expect(state.file).toBe(join(contentDirArg, 'content.json'));
    expect(state.problems[0]?.message).toContain('cannot be read');
    expect(state.problems[0]?.reason?.code).toBe('file-unreadable');
  });
});
