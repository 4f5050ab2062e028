// Runs in: Node (tools).
// `npm run content:placeholders [-- --content-dir <dir>]`: draws the abstract placeholder portrait of
// every hero whose photo lives under assets/placeholders/, and records its blurred preview in
// content.json. Deterministic: the same hero id always gives the same picture.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { parseContentText } from '../common/content-schema';
import { isPlaceholderAsset } from '../electron/main/content/check-content-files';
import { serialiseContent, writeFileAtomic } from './content/atomic-write';
import { placeholderSvg } from './content/placeholder-art';
import { renderVariants } from '../electron/main/images/render-variants';
import { readContentDirArgument } from './content/cli-arguments';

async function main(): Promise<number> {
  const contentDir = resolve(readContentDirArgument(process.argv.slice(2)) ?? '.');
  const contentPath = join(contentDir, 'content.json');
  const parsed = parseContentText(await readFile(contentPath, 'utf8'));
  if (!parsed.ok) {
    for (const problem of parsed.problems) console.error(`${problem.field}: ${problem.message}`);
    return 1;
  }
  const content = parsed.content;
  let drawn = 0;
  for (const hero of content.heroes) {
    if (!isPlaceholderAsset(hero.photo.portrait)) continue;
    const svg = placeholderSvg({
      heroId: hero.id,
      kind: hero.status === 'ready' ? 'photo-pending' : 'draft',
    });
    const variants = await renderVariants(Buffer.from(svg), hero.photo.focalPoint, {
      make4k: false,
    });
    for (const [path, data] of [
      [hero.photo.portrait, variants.portrait],
      [hero.photo.thumbnail, variants.thumbnail],
    ] as const) {
      const target = join(contentDir, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, data);
    }
    hero.photo.portrait4k = undefined;
    hero.photo.placeholder = variants.blurDataUri;
    drawn += 1;
    process.stdout.write(`\r${drawn} placeholder portraits drawn (${hero.id})          `);
  }
  await writeFileAtomic(contentPath, serialiseContent(content));
  process.stdout.write(`\nDone: ${drawn} placeholders in ${contentDir}\n`);
  return 0;
}

sharp.cache(false);
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
