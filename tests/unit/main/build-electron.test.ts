// Runs in: Node (vitest). The real esbuild bundles: one CommonJS file each, Electron left external,
// and a preload that needs nothing but 'electron' (a sandboxed preload can require little else).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, ELECTRON_OUT_DIR } from '../../../tools/build-electron';

const requiresOf = (file: string): string[] => [
  ...new Set(
    [...fs.readFileSync(file, 'utf8').matchAll(/(?<![.\w])require\("([^"]+)"\)/g)].map(
      (match) => match[1] ?? '',
    ),
  ),
];

beforeAll(async () => {
  await buildElectron();
}, 60_000);

describe('buildElectron', () => {
  it('bundles the preload to one CommonJS file that only requires electron', () => {
    const preload = path.join(ELECTRON_OUT_DIR, 'preload.cjs');
    expect(requiresOf(preload)).toEqual(['electron']);
    expect(fs.readFileSync(preload, 'utf8')).toContain('exposeInMainWorld');
    expect(fs.readFileSync(preload, 'utf8')).not.toContain('zod');
  });

  it('bundles the main process with Node built-ins, electron and sharp as the only requires', () => {
    const requires = requiresOf(path.join(ELECTRON_OUT_DIR, 'main.cjs'));
    expect(requires).toContain('electron');
    // The studio's photo pipeline: a native module, shipped beside the bundle by the installer.
    expect(requires).toContain('sharp');
    for (const name of requires)
      expect(['electron', 'sharp'].includes(name) || name.startsWith('node:'), name).toBe(true);
  });
});
