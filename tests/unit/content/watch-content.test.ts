// Runs in: Node (vitest).
import { rm, writeFile } from 'node:fs/promises';
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
