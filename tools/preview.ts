// Runs in: Node (tools). `npm run preview [-- --port N] [--no-build] [--content-dir DIR] [--user-data DIR]
// [--curator] [--open]`: the kiosk in an ordinary browser, with the same services the Electron main
// process uses, and the curator studio at /curator. `--curator` (what `npm run curator` passes) lets the
// studio answer without the staff PIN, as the app's curator mode does; `--open` opens the browser.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { firstFrameFor } from '../common/first-frame';
import { CURATOR_PATH } from '../common/curator-constants';
import { createCuratorStudio, studioWorkDir } from '../electron/main/curator/curator-studio';
import { createKioskServices } from '../electron/main/kiosk-services';
import type { Logger } from '../electron/main/log/logger';
import { createPreviewApi } from './preview-api';
import { createPreviewServer } from './preview-server';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const rendererDir = join(repoRoot, 'dist', 'renderer');

const consoleLogger: Logger = {
  info: (event, details) => console.log(`[info] ${event}`, details ?? ''),
  warn: (event, details) => console.warn(`[warn] ${event}`, details ?? ''),
  error: (event, details) => console.error(`[error] ${event}`, details ?? ''),
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4173' },
      'no-build': { type: 'boolean', default: false },
      'content-dir': { type: 'string' },
      'user-data': { type: 'string' },
      curator: { type: 'boolean', default: false },
      open: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`bad --port: ${values.port}`);

  if (!values['no-build']) {
    const { build } = await import('vite');
    await build({ configFile: join(repoRoot, 'renderer', 'vite.config.ts') });
  }

  const userDataDir = values['user-data']
    ? resolve(values['user-data'])
    : await mkdtemp(join(tmpdir(), 'heroes-preview-'));
  console.log(`User data (PIN, statistics): ${userDataDir}`);
  const packageJson = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const startedAt = Date.now();
  const contentDirArg = values['content-dir'] ? resolve(values['content-dir']) : undefined;
  const overrideDir = join(userDataDir, 'content');
  // The studio publishes where the kiosk reads: --content-dir, else the override folder.
  const studioTarget = contentDirArg ?? overrideDir;
  const services = createKioskServices({
    userDataDir,
    version: packageJson.version,
    content: {
      contentDirArg,
      overrideDir,
      bundledDir: repoRoot,
      assetBaseUrl: '/content/',
    },
    log: consoleLogger,
    canQuit: false,
    quit: () => undefined,
    health: () => ({ startedAt, restarts: 0, lastCrashReason: null }),
    curator: (kiosk) =>
      createCuratorStudio({
        targetDir: studioTarget,
        workDir: studioWorkDir(userDataDir, studioTarget),
        services: kiosk,
        log: consoleLogger,
      }),
    curatorMode: values.curator,
  });
  await services.start();

  const server = createPreviewServer({
    rendererDir,
    contentDir: () => {
      const state = services.currentContent();
      return state.status === 'ready' ? state.directory : repoRoot;
    },
    api: createPreviewApi(services),
    firstFrame: () => firstFrameFor(services.currentContent()),
    curatorMediaFile: (urlPath) => services.curator.resolveMediaFile(urlPath),
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const origin = `http://127.0.0.1:${actualPort}`;
    console.log(`Heroes of Children preview: ${origin}/`);
    console.log(`Curator studio: ${origin}${CURATOR_PATH} (publishes to ${studioTarget})`);
    if (values.open) openInBrowser(`${origin}${CURATOR_PATH}`);
  });

  const stop = (): void => {
    server.close();
    server.closeAllConnections();
    void services.dispose().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Opens the system's browser; where there is none (a server), the printed address is enough. */
function openInBrowser(url: string): void {
  const command =
    process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  try {
    spawn(command, [url], { detached: true, stdio: 'ignore' })
      .on('error', () => undefined)
      .unref();
  } catch {
    // nothing to open it with
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
