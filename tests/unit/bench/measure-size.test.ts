// Runs in: tests (vitest). The size figure counts the kiosk's JS without the curator studio's lazy
// chunks (issue 20: the visitor bundle must not grow because of the studio), and the JS a visitor
// loads at start: the entry, what it imports, and their static imports.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStudioChunk, measureSize, startChunks } from '../../../bench/measure-size';

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

  it('follows the entry and its imports to the JS loaded at start, not the lazy chunks', async () => {
    const renderer = join(dir, 'renderer');
    const assets = join(renderer, 'assets');
    await writeFile(
      join(renderer, 'index.html'),
      '<body><script type="module" crossorigin src="./assets/index-a.js"></script></body>',
    );
    const files: Record<string, string> = {
      // The entry waits for the paint, then imports the app (Vite writes backticks).
      'index-a.js': 'import{t as e}from"./wait-a.js";await e();await import(`./main-a.js`);',
      'wait-a.js': 'export{t}from"./frame-a.js";',
      'frame-a.js': 'export const t=()=>0;',
      'main-a.js':
        'import"./vendor-a.js";import{a}from"./vendor-a.js";const s=()=>import(`./Story-a.js`);',
      'vendor-a.js': 'x'.repeat(2000),
      'Story-a.js': 'import"./story-only-a.js";',
      'story-only-a.js': 'y'.repeat(3000),
      'CuratorStudio-a.js': 'z'.repeat(3000),
    };
    for (const [name, code] of Object.entries(files)) await writeFile(join(assets, name), code);
    const start = (await startChunks(renderer)).map((path) => path.slice(assets.length + 1));
    expect(start.sort()).toEqual([
      'frame-a.js',
      'index-a.js',
      'main-a.js',
      'vendor-a.js',
      'wait-a.js',
    ]);
    const size = await measureSize(renderer, join(dir, 'content'));
    expect(size.startJsGzipBytes).toBeGreaterThan(0);
    expect(size.startJsGzipBytes).toBeLessThan(size.rendererJsGzipBytes);
  });
});
