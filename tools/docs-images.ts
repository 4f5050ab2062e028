// Runs in: Node (tools). `npm run docs:images [-- --no-build] [--only name,name]`: remakes the
// documentation's screenshots from the web preview, so they show the screens as they are today.
// Builds the renderer once, serves it with `npm run preview -- --no-build` on a free port, drives
// Chromium through each shot in tools/docs-images/doc-shots.ts and writes docs/images/<file>.webp,
// each under 150 KB.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../tests/support/chromium';
import { compressScreenshot } from './docs-images/compress-image';
import { DOC_SHOTS } from './docs-images/doc-shots';
import { holdTimersStill } from './docs-images/kiosk-steps';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const imagesDir = join(repoRoot, 'docs', 'images');
const MAX_IMAGE_BYTES = 150 * 1024;
const PREVIEW_START_TIMEOUT_MS = 120_000;

/** Starts the preview on a port the system picks; resolves with its address once it listens. */
function startPreview(): Promise<{ child: ChildProcess; baseURL: string }> {
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  // Its own process group, so that stopping it stops tsx's node child as well.
  const child = spawn(tsx, ['tools/preview.ts', '--port', '0', '--no-build'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stopPreview(child);
      reject(new Error('the preview did not start within 2 minutes'));
    }, PREVIEW_START_TIMEOUT_MS);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /preview: (http:\/\/\S+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, baseURL: match[1] });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the preview stopped before it listened (exit code ${code})`));
    });
  });
}

function stopPreview(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function buildRenderer(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(repoRoot, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      only: { type: 'string' },
    },
    strict: true,
  });
  const wanted = values.only?.split(',').map((name) => name.trim());
  const unknown = wanted?.filter((name) => !DOC_SHOTS.some((shot) => shot.file === name)) ?? [];
  if (unknown.length > 0) {
    const known = DOC_SHOTS.map((shot) => shot.file).join(', ');
    throw new Error(`no shot named ${unknown.join(', ')}; the shots are: ${known}`);
  }
  const shots = DOC_SHOTS.filter((shot) => !wanted || wanted.includes(shot.file));

  if (!values['no-build']) await buildRenderer();
  await mkdir(imagesDir, { recursive: true });
  const { child, baseURL } = await startPreview();
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    for (const shot of shots) {
      // A fresh context per shot: its own clock, storage and staff session start.
      const context = await browser.newContext({
        baseURL,
        viewport: shot.viewport,
        hasTouch: true,
        // Settled pictures: no slide halfway through its zoom, no fade caught mid-way.
        reducedMotion: 'reduce',
      });
      try {
        const page = await context.newPage();
        await holdTimersStill(page);
        await shot.reach({ page, repoRoot });
        const png = await page.screenshot({ animations: 'disabled' });
        const decorated = shot.decorate ? await shot.decorate(png) : png;
        const image = await compressScreenshot(decorated, {
          width: shot.outputWidth,
          maxBytes: MAX_IMAGE_BYTES,
        });
        await writeFile(join(imagesDir, `${shot.file}.webp`), image);
        console.log(
          `docs/images/${shot.file}.webp  ${Math.round(image.length / 1024)} KB  (${shot.usedIn})`,
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    stopPreview(child);
  }
}

main().catch((error: unknown) => {
  console.error(`docs:images failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
