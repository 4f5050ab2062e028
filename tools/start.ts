// Runs in: Node (tools). `npm start`: builds the renderer and the Electron bundles, then opens the
// kiosk. Extra arguments go to the app: `npm start -- --windowed --content-dir D:\Content`.
import { spawn, spawnSync } from 'node:child_process';
import { buildElectron, PROJECT_ROOT } from './build-electron';
import { electronEnvironment, ensureElectronBinary, noElectronMessage } from './electron-binary';

async function main(): Promise<void> {
  const renderer = spawnSync('npm', ['run', 'build:renderer'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (renderer.status !== 0) {
    console.error('The renderer build failed (see above).');
    process.exitCode = 1;
    return;
  }
  await buildElectron();

  const binary = ensureElectronBinary();
  if (!binary.ok) {
    console.error(noElectronMessage(binary.reason));
    process.exitCode = 1;
    return;
  }
  const child = spawn(binary.path, ['.', ...process.argv.slice(2)], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: electronEnvironment(),
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code) => {
    process.exitCode = code ?? 0;
  });
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
