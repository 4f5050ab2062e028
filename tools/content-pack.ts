// Runs in: Node (tools).
// `npm run content:pack -- [--content-dir <dir>] [--out <dir>] [--label <text>]`: writes a content
// pack (content.json, only the images it names, pack.json with every file's size and sha256) into
// `<out>/heroes-content-<date>-<hash>/`, ready to copy onto a USB stick for every kiosk.
// Exit codes as content:check: 0 written, 1 the content is not fit to pack, 2 usage error.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePack } from '../electron/main/content/pack/write-pack';
import { parseCuratorArguments, UsageError } from './content/cli-arguments';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './content/check-content';

const USAGE =
  'Usage: npm run content:pack -- [--content-dir <folder>] [--out <folder>] [--label <text>]';
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCuratorArguments(argv, { values: ['out', 'label'] });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const packageJson = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const result = await writePack({
    contentDir: resolve(parsed.contentDir ?? '.'),
    outDir: resolve(parsed.out ?? '.'),
    label: parsed.label ?? '',
    appVersion: packageJson.version,
  });
  if (!result.ok) {
    console.error(`Not packed: ${result.message}`);
    return EXIT_PROBLEMS;
  }
  console.log(
    `Wrote ${result.folder}\n  "${result.manifest.label}", ${result.manifest.files.length} files, ` +
      `hash ${result.hash.slice(0, 12)}\nCopy this folder to the root of a USB stick; on each kiosk ` +
      'open the staff panel and choose "Load content from USB".',
  );
  return EXIT_OK;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(EXIT_PROBLEMS);
  },
);
