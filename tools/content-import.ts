// Runs in: Node (tools).
// `npm run content:import -- <folder> [--content-dir <dir>] [--dry-run]`
// <folder> holds heroes.csv and the original photos. Exit codes: 0 imported (or already up to date),
// 1 problems found (nothing was changed), 2 usage error.
import { resolve } from 'node:path';
import { parseCuratorArguments, UsageError } from './content/cli-arguments';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './content/check-content';
import { formatImportProblem } from '../electron/main/content/heroes-csv';
import { importHeroes } from './content/import-content';

const USAGE =
  'Usage: npm run content:import -- <folder with heroes.csv and photos> [--content-dir <folder>] [--dry-run]';

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCuratorArguments(argv, { dryRun: true, positionals: 1 });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const importDir = resolve(parsed.positionals[0] ?? '.');
  const contentDir = resolve(parsed.contentDir ?? '.');
  console.log(`Importing ${importDir} into ${contentDir}${parsed.dryRun ? ' (dry run)' : ''}`);
  const result = await importHeroes({
    importDir,
    contentDir,
    dryRun: parsed.dryRun,
    onProgress: ({ done, total, heroId, source }) =>
      console.log(`  [${done}/${total}] ${heroId} (${source})`),
  });
  for (const warning of result.warnings) console.log(`  warning  ${formatImportProblem(warning)}`);
  for (const problem of result.problems) console.log(`  PROBLEM  ${formatImportProblem(problem)}`);
  if (!result.ok) {
    console.log(`${result.problems.length} problem(s). Nothing was changed.`);
    return EXIT_PROBLEMS;
  }
  const summary = `${result.heroes} heroes: ${result.rendered} photos rendered, ${result.reused} unchanged, ${result.keptPhotos} keep their current photo.`;
  if (result.dryRun) console.log(`Dry run, nothing written. Would do: ${summary}`);
  else if (result.changed) console.log(`Done. ${summary}\nNext: npm run content:check -- --strict`);
  else console.log(`Already up to date, nothing written. ${summary}`);
  return EXIT_OK;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(EXIT_PROBLEMS);
  },
);
