// Runs in: Node (tools, and the browser tests that need a preview of their own). The kiosk's
// services, its content-folder follower and the preview's HTTP server, put together and started.
import { join } from 'node:path';
import type { Server } from 'node:http';
import { firstFrameFor } from '../common/first-frame';
import { followContentFolder } from '../electron/main/content/follow-content';
import { createCuratorStudio, studioWorkDir } from '../electron/main/curator/curator-studio';
import { createKioskServices } from '../electron/main/kiosk-services';
import type { KioskServices } from '../electron/main/kiosk-services';
import type { Logger } from '../electron/main/log/logger';
import { createPreviewApi } from './preview-api';
import { createPreviewServer } from './preview-server';

export interface PreviewAppOptions {
  /** 0 picks a free port. */
  port: number;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** The shipped content.json and assets/ (the repository root). */
  bundledDir: string;
  /** PIN, statistics and the override content folder (`<userDataDir>/content`). */
  userDataDir: string;
  contentDirArg?: string;
  /** Content packs are also looked for here, as on a USB stick (`--packs-dir`). */
  packsDir?: string;
  version: string;
  log: Logger;
}

export interface PreviewApp {
  url: string;
  port: number;
  services: KioskServices;
  server: Server;
  /** Where the curator studio publishes: --content-dir, else the override folder. */
  studioTarget: string;
  close(): Promise<void>;
}

export async function startPreviewApp(options: PreviewAppOptions): Promise<PreviewApp> {
  const startedAt = Date.now();
  const overrideDir = join(options.userDataDir, 'content');
  const studioTarget = options.contentDirArg ?? overrideDir;
  const services = createKioskServices({
    userDataDir: options.userDataDir,
    version: options.version,
    content: {
      contentDirArg: options.contentDirArg,
      overrideDir,
      bundledDir: options.bundledDir,
      assetBaseUrl: '/content/',
    },
    log: options.log,
    canQuit: false,
    quit: () => undefined,
    health: () => ({ startedAt, restarts: 0, lastCrashReason: null }),
    packsDir: options.packsDir,
    curator: (kiosk) =>
      createCuratorStudio({
        targetDir: studioTarget,
        workDir: studioWorkDir(options.userDataDir, studioTarget),
        services: kiosk,
        log: options.log,
      }),
  });
  // As in the kiosk: a change to the content folder is shown at the next attract loop.
  const follower = followContentFolder({
    dir: options.contentDirArg ?? overrideDir,
    reload: () => services.reloadContent(),
    log: options.log,
  });
  follower.check(await services.start());

  const server = createPreviewServer({
    rendererDir: options.rendererDir,
    contentFile: (urlPath) => services.contentFile(urlPath)?.file ?? null,
    api: createPreviewApi(services),
    firstFrame: () => firstFrameFor(services.currentContent()),
    curatorMediaFile: (urlPath) => services.curator.resolveMediaFile(urlPath),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    services,
    server,
    studioTarget,
    async close() {
      follower.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.dispose();
    },
  };
}
