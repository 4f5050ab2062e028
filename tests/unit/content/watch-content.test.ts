// Runs in: Node (vitest).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchContentFolder } from '../../../electron/main/content/watch-content';
import { makeTempDir, removeDir } from './support/content-folder';

describe('watchContentFolder', () => {
  let dir: string;
  let stop: () => void = () => undefined;

  beforeEach(async () => {
    dir = await makeTempDir('watch-');
  });
  afterEach(async () => {
    stop();
    await removeDir(dir);
  });

  const settle = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

  it('reports a content.json that appears, once', async () => {
    const onChange = vi.fn();
    stop = watchContentFolder(dir, onChange, { intervalMs: 20 });
    await settle(60);
    expect(onChange).not.toHaveBeenCalled();
    await writeFile(join(dir, 'content.json'), '{}');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 3000 });
    await settle(120);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports a rewrite and a removal', async () => {
    await writeFile(join(dir, 'content.json'), '{}');
    const onChange = vi.fn();
    stop = watchContentFolder(dir, onChange, { intervalMs: 20 });
    await settle(60);
    await writeFile(join(dir, 'content.json'), '{"changed": true}');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 3000 });
    await rm(join(dir, 'content.json'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2), { timeout: 3000 });
  });

  it('reports images landing after content.json (a folder copied in pieces)', async () => {
    await writeFile(join(dir, 'content.json'), '{}');
    const onChange = vi.fn();
    stop = watchContentFolder(dir, onChange, { intervalMs: 20 });
    await settle(60);
    await mkdir(join(dir, 'assets', 'heroes'), { recursive: true });
    await writeFile(join(dir, 'assets', 'heroes', 'portrait.webp'), 'image');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 3000 });
    await writeFile(join(dir, 'assets', 'heroes', 'portrait.webp'), 'a replaced image');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2), { timeout: 3000 });
  });

  it('reports the whole folder swapped for another (a content pack installed)', async () => {
    const folder = join(dir, 'content');
    const staged = join(dir, 'staged');
    await mkdir(folder);
    await mkdir(staged);
    await writeFile(join(folder, 'content.json'), '{"v": 1}');
    await writeFile(join(staged, 'content.json'), '{"v": 2}');
    const onChange = vi.fn();
    stop = watchContentFolder(folder, onChange, { intervalMs: 20 });
    await settle(60);
    await rename(folder, join(dir, 'old'));
    await rename(staged, folder);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 3000 });
    await settle(120);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores staging folders and other dot-files', async () => {
    await writeFile(join(dir, 'content.json'), '{}');
    const onChange = vi.fn();
    stop = watchContentFolder(dir, onChange, { intervalMs: 20 });
    await settle(60);
    await mkdir(join(dir, '.import-1234'));
    await writeFile(join(dir, '.import-1234', 'content.json'), '{"staged": true}');
    await writeFile(join(dir, '.DS_Store'), 'litter');
    await settle(150);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stays quiet after stop', async () => {
    const onChange = vi.fn();
    stop = watchContentFolder(dir, onChange, { intervalMs: 20 });
    await settle(40);
    stop();
    await writeFile(join(dir, 'content.json'), '{}');
    await settle(150);
    expect(onChange).not.toHaveBeenCalled();
  });
});
