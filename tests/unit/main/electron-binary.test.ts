// Runs in: Node (vitest). Finding the Electron binary without requiring the electron package.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary, noElectronMessage } from '../../../tools/electron-binary';

let packageDir: string;
beforeEach(() => {
  packageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-package-'));
});
afterEach(() => fs.rmSync(packageDir, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('reports a binary that was never downloaded', () => {
    expect(findElectronBinary(packageDir)).toEqual({
      ok: false,
      reason: 'its binary was never downloaded',
    });
    expect(findElectronBinary(null)).toEqual({
      ok: false,
      reason: 'the electron package is not installed',
    });
  });

  it('reports a path.txt whose binary is gone', () => {
    fs.writeFileSync(path.join(packageDir, 'path.txt'), 'electron');
    const found = findElectronBinary(packageDir);
    expect(found.ok).toBe(false);
    expect(!found.ok && found.reason).toContain('is missing');
  });

  it('finds the binary named by path.txt under dist/', () => {
    fs.writeFileSync(path.join(packageDir, 'path.txt'), 'electron');
    fs.mkdirSync(path.join(packageDir, 'dist'));
    fs.writeFileSync(path.join(packageDir, 'dist', 'electron'), '');
    expect(findElectronBinary(packageDir)).toEqual({
      ok: true,
      path: path.join(packageDir, 'dist', 'electron'),
    });
  });
});

describe('noElectronMessage', () => {
  it('is one line that points to the web preview', () => {
    const message = noElectronMessage('its binary was never downloaded');
    expect(message).not.toContain('\n');
    expect(message).toContain('npm run preview');
    expect(message).toContain('its binary was never downloaded');
  });
});
