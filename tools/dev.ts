// Runs in: Node (tools). `npm run dev`: the Vite dev server (hot reload) plus Electron in a normal
// window with devtools, loading the renderer from the dev server.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createServer } from 'vite';
import { buildElectron, PROJECT_ROOT } from './build-electron';
import { electronEnvironment, ensureElectronBinary, noElectronMessage } from './electron-binary';

async function main(): Promise<void> {
  const binary = ensureElectronBinary();
  if (!binary.ok) {
    console.error(noElectronMessage(binary.reason));
    process.exitCode = 1;
    return;
  }
  await buildElectron();
  const server = await createServer({
    configFile: path.join(PROJECT_ROOT, 'renderer', 'vite.config.ts'),
    server: { host: '127.0.0.1', strictPort: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the Vite dev server did not report its address');
  console.log(`Renderer dev server: ${url}`);

  const child = spawn(
    binary.path,
    [
      '.',
      '--windowed',
      '--devtools',
      `--dev-server-url=${url.replace(/\/$/, '')}`,
      ...process.argv.slice(2),
    ],
    { cwd: PROJECT_ROOT, stdio: 'inherit', env: electronEnvironment() },
  );
  const stop = (): void => {
    child.kill();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => {
    void server.close().then(() => {
      process.exitCode = code ?? 0;
    });
  });
}

main().catch((error: unknown) => {
  console.error(`npm run dev failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
