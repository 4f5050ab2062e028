// Runs in: Node (tests). `content:check --pack` judges a pack exactly as a kiosk does: exit code 1
// with the kiosk's refusal for a broken pack, 0 and the content report for a good one.
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPackFolder } from '../../../tools/content/check-pack';
import { EXIT_OK, EXIT_PROBLEMS } from '../../../tools/content/check-content';
import { removeDir } from './support/content-folder';
import { firstImage, makePack } from './support/pack-fixtures';

const cleanup: string[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((dir) => removeDir(dir)));
});

async function pack(): Promise<string> {
  const folder = await makePack({ heroes: 1, label: 'Before the trip' });
  cleanup.push(join(folder, '..'));
  return folder;
}

describe('checkPackFolder', () => {
  it('passes a good pack and adds the content check of what is inside', async () => {
    const result = await checkPackFolder(await pack());
    expect(result.exitCode).toBe(EXIT_OK);
    expect(result.report).toContain('"Before the trip"');
    expect(result.report).toContain('A kiosk would install this pack.');
  });

  it('refuses a damaged pack with the line a kiosk would give', async () => {
    const folder = await pack();
    const image = await firstImage(folder);
    await appendFile(join(folder, image), 'x');
    const result = await checkPackFolder(folder);
    expect(result.exitCode).toBe(EXIT_PROBLEMS);
    expect(result.report).toContain(`REFUSED  ${image} is not the file the pack was made with`);
  });

  it('refuses a folder that is not a pack', async () => {
    const folder = await pack();
    await writeFile(join(folder, 'pack.json'), 'not json');
    expect((await checkPackFolder(folder)).exitCode).toBe(EXIT_PROBLEMS);
  });

  it('with --strict, a pack of drafts is not ready for the mall', async () => {
    const result = await checkPackFolder(await pack(), { strict: true });
    // The shipped first hero still shows placeholder artwork.
    expect(result.exitCode).toBe(EXIT_PROBLEMS);
  });
});
