// Runs in: Node (tools). Finds the Electron binary without `require('electron')`, which would try
// to download it and can hang on a closed network. Tries the download once, with a time limit.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

const DOWNLOAD_TIMEOUT_MS = 90_000;

function electronPackageDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The binary named by node_modules/electron/path.txt, if it is really there. */
export function findElectronBinary(
  packageDir: string | null = electronPackageDir(),
): ElectronBinary {
  if (!packageDir) return { ok: false, reason: 'the electron package is not installed' };
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  if (!relative) return { ok: false, reason: 'its binary was never downloaded' };
  const binary = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  return fs.existsSync(binary)
    ? { ok: true, path: binary }
    : { ok: false, reason: `${binary} is missing` };
}

/** Finds the binary, or tries Electron's own installer once (quietly, time-limited). */
export function ensureElectronBinary(): ElectronBinary {
  const found = findElectronBinary();
  if (found.ok) return found;
  const packageDir = electronPackageDir();
  if (!packageDir || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return found;
  const result = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    cwd: packageDir,
    stdio: 'ignore',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (result.status === 0) {
    const retried = findElectronBinary();
    if (retried.ok) return retried;
  }
  return { ok: false, reason: `${found.reason} and could not be downloaded now (offline?)` };
}

/** The one line printed where Electron cannot run. */
export function noElectronMessage(reason: string): string {
  return `Electron cannot run on this machine: ${reason}. Open the same kiosk in a browser instead: npm run preview`;
}

/** Environment for the Electron child: never as plain Node. */
export function electronEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}
