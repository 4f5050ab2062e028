// Runs in: Node (Playwright). Whether the Electron smoke test can run here, and if not, why.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, type ElectronBinary } from '../../tools/electron-binary';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function electronBinary(): ElectronBinary {
  return findElectronBinary();
}

/** Null when the smoke test can run; otherwise the reason it is skipped. */
export function electronSkipReason(): string | null {
  const binary = findElectronBinary();
  if (!binary.ok) {
    return `no Electron binary here (${binary.reason}); the web preview tests cover the app`;
  }
  const hasDisplay =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay) return 'no display (DISPLAY/WAYLAND_DISPLAY unset); run it under xvfb-run';
  const built = ['dist/electron/main.cjs', 'dist/renderer/index.html'].every((file) =>
    fs.existsSync(path.join(PROJECT_ROOT, file)),
  );
  if (!built)
    return 'not built; `npm run build` first (npm run test:electron builds the main process)';
  return null;
}
