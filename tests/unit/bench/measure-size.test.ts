// Runs in: tests (vitest). The size figure counts the kiosk's JS without the curator studio's lazy
// chunks (issue 20: the visitor bundle must not grow because of the studio).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStudioChunk, measureSize } from '../../../bench/measure-size';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'measure-size-'));
  await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
  await mkdir(join(dir, 'content', 'assets'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('measureSize', () => {
  it('tells the studio chunks by name', () => {
    expect(isStudioChunk('/x/assets/CuratorStudio-BCUU3FMM.js')).toBe(true);
    expect(isStudioChunk('/x/assets/CuratorPage-B_9joTyY.js')).toBe(true);
    expect(isStudioChunk('/x/assets/main-C-RnL9Nn.js')).toBe(false);
    expect(isStudioChunk('/x/Curator/main.js')).toBe(false);
  });

  it('counts the studio apart from the kiosk JS', async () => {
    const assets = join(dir, 'renderer', 'assets');
    await writeFile(join(assets, 'main-abc.js'), 'a'.repeat(1000));
    await writeFile(join(assets, 'CuratorStudio-abc.js'), 'b'.repeat(5000));
    const size = await measureSize(join(dir, 'renderer'), join(dir, 'content'));
    expect(size.rendererJsBytes).toBe(1000);
    expect(size.studioJsGzipBytes).toBeGreaterThan(0);
  });
});
