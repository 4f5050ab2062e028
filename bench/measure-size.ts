// Runs in: Node (tools). What the kiosk ships: the renderer's JS and CSS (raw and gzip), its fonts,
// and the content assets content.json refers to.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SizeResult } from './results';

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function sizes(paths: string[]): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const bytes = await readFile(path);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** The curator studio's lazy chunks (renderer/src/curator/Curator*.tsx): not part of the kiosk's JS. */
export function isStudioChunk(path: string): boolean {
  return /^Curator/.test(basename(path));
}

const FONT_EXTENSIONS = new Set(['.woff2', '.woff', '.ttf', '.otf']);

export async function measureSize(rendererDir: string, contentDir: string): Promise<SizeResult> {
  const built = await filesUnder(rendererDir);
  const allJs = built.filter((path) => extname(path) === '.js');
  const js = await sizes(allJs.filter((path) => !isStudioChunk(path)));
  const studioJs = await sizes(allJs.filter(isStudioChunk));
  const css = await sizes(built.filter((path) => extname(path) === '.css'));
  const fonts = built.filter((path) => FONT_EXTENSIONS.has(extname(path)));
  let fontBytes = 0;
  for (const path of fonts) fontBytes += (await stat(path)).size;
  const assets = await filesUnder(join(contentDir, 'assets'));
  let contentAssetBytes = 0;
  for (const path of assets) contentAssetBytes += (await stat(path)).size;
  return {
    rendererJsBytes: js.raw,
    rendererJsGzipBytes: js.gzip,
    studioJsGzipBytes: studioJs.gzip,
    rendererCssBytes: css.raw,
    rendererCssGzipBytes: css.gzip,
    fontBytes,
    fontFiles: fonts.length,
    contentAssetBytes,
    contentAssetFiles: assets.length,
  };
}
