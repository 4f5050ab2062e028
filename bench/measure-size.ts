// Runs in: Node (tools). What the kiosk ships: the renderer's JS and CSS (raw and gzip), its fonts,
// and the content assets content.json refers to. The JS figure is what a kiosk can load (every chunk
// but the curator studio's); the JS a visitor loads at start is reported beside it.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
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

/** `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` in a built chunk. */
const STATIC_IMPORT =
  /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g;
/** `import("./x.js")` (Vite writes them with backticks). */
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;
/** The entry's <script type="module" src="…"> in the built index.html. */
const ENTRY_SCRIPT = /<script\b[^>]*\bsrc="\.?\/?([^"]+\.js)"/;

const importsOf = (code: string, pattern: RegExp): string[] =>
  [...code.matchAll(pattern)].map((match) => match[1] ?? '');

/**
 * The JS a visitor's kiosk loads at start: the page's entry (renderer/src/boot.ts), every chunk the
 * entry imports (its dynamic imports, the early content request and the app, run at start
 * unconditionally), and everything those import statically. Lazy screens, the staff layer and the
 * studio come later or never. Paths are absolute; none without an index.html that names its entry.
 */
export async function startChunks(rendererDir: string): Promise<string[]> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8').catch(() => '');
  const entry = ENTRY_SCRIPT.exec(html)?.[1];
  if (!entry) return [];
  const entryPath = join(rendererDir, entry);
  const found = new Set<string>();
  const visit = async (path: string, withDynamic: boolean): Promise<void> => {
    if (found.has(path)) return;
    found.add(path);
    const code = await readFile(path, 'utf8');
    const files = [
      ...importsOf(code, STATIC_IMPORT),
      ...(withDynamic ? importsOf(code, DYNAMIC_IMPORT) : []),
    ];
    for (const file of files) await visit(join(dirname(path), file), false);
  };
  await visit(entryPath, true);
  return [...found];
}

const FONT_EXTENSIONS = new Set(['.woff2', '.woff', '.ttf', '.otf']);

export async function measureSize(rendererDir: string, contentDir: string): Promise<SizeResult> {
  const built = await filesUnder(rendererDir);
  const allJs = built.filter((path) => extname(path) === '.js');
  const js = await sizes(allJs.filter((path) => !isStudioChunk(path)));
  const studioJs = await sizes(allJs.filter(isStudioChunk));
  const start = await startChunks(rendererDir);
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
    ...(start.length > 0 ? { startJsGzipBytes: (await sizes(start)).gzip } : {}),
    rendererCssBytes: css.raw,
    rendererCssGzipBytes: css.gzip,
    fontBytes,
    fontFiles: fonts.length,
    contentAssetBytes,
    contentAssetFiles: assets.length,
  };
}
