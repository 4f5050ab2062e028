// Runs in: Node (tools).
// `npm run content:check [-- --strict] [--content-dir <dir>]`
// Exit codes: 0 no problems, 1 problems found (with --strict also drafts and placeholder photos),
// 2 usage error (unknown option, stray argument).
import { resolve } from 'node:path';
import { parseCuratorArguments, UsageError } from './content/cli-arguments';
import {
  checkContentFolder,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  exitCodeFor,
  formatReport,
} from './content/check-content';

const USAGE = 'Usage: npm run content:check -- [--strict] [--content-dir <folder>]';

async function main(argv: readonly string[]): Promise<number> {
  let contentDir: string | undefined;
  let strict: boolean;
  try {
    ({ contentDir, strict } = parseCuratorArguments(argv, { strict: true }));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const report = await checkContentFolder(resolve(contentDir ?? '.'), { strict });
  console.log(formatReport(report));
  return exitCodeFor(report);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(EXIT_PROBLEMS);
  },
);
