// Runs in: Node (tools). `npm run preview [-- --port N] [--no-build] [--content-dir DIR]
// [--user-data DIR] [--packs-dir DIR] [--open]`: the kiosk in an ordinary browser, with the same
// services the Electron main process uses, and the curator studio at /curator (behind the staff PIN,
// as everywhere). `--open` opens the studio in the system's browser (what `npm run curator` passes).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CURATOR_PATH } from '../common/curator-constants';
import type { Logger } from '../electron/main/log/logger';
import { startPreviewApp } from './preview-app';

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
      'packs-dir': { type: 'string' },
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
  const preview = await startPreviewApp({
    port,
    rendererDir,
    bundledDir: repoRoot,
    userDataDir,
    contentDirArg: values['content-dir'] ? resolve(values['content-dir']) : undefined,
    packsDir: values['packs-dir'] ? resolve(values['packs-dir']) : undefined,
    version: packageJson.version,
    log: consoleLogger,
  });
  const curatorUrl = new URL(CURATOR_PATH, preview.url).href;
  console.log(`Heroes of Children preview: ${preview.url}`);
  console.log(`Curator studio: ${curatorUrl} (publishes to ${preview.studioTarget})`);
  if (values.open) openInBrowser(curatorUrl);

  const stop = (): void => {
    void preview.close().finally(() => process.exit(0));
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
