// Runs in: Node (tools). Bundles the main process and the preload into single CommonJS files:
// electron/main/index.ts -> dist/electron/main.cjs, electron/preload/index.ts -> dist/electron/preload.cjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ELECTRON_OUT_DIR = path.join(PROJECT_ROOT, 'dist', 'electron');

const shared: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 ships Node 22.
  target: 'node22',
  // sharp is a native module (the curator studio's photo pipeline): it is shipped beside the bundle,
  // as node_modules/sharp with its @img binaries (electron-builder.config.cjs), never inlined.
  external: ['electron', 'sharp'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: PROJECT_ROOT,
};

export async function buildElectron(options: { minify?: boolean } = {}): Promise<void> {
  await Promise.all([
    build({
      ...shared,
      entryPoints: ['electron/main/index.ts'],
      outfile: path.join(ELECTRON_OUT_DIR, 'main.cjs'),
      minify: options.minify ?? false,
    }),
    // The preload runs sandboxed: it may require only 'electron', so everything else is inlined.
    build({
      ...shared,
      entryPoints: ['electron/preload/index.ts'],
      outfile: path.join(ELECTRON_OUT_DIR, 'preload.cjs'),
      minify: options.minify ?? false,
    }),
  ]);
}

const invokedDirectly =
  process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  buildElectron()
    .then(() =>
      console.log(
        `Built ${path.relative(PROJECT_ROOT, ELECTRON_OUT_DIR)}/main.cjs and preload.cjs`,
      ),
    )
    .catch((error: unknown) => {
      console.error(
        `Electron build failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 1;
    });
}
