// Runs in: Node (tools).
// `npm run content:check [-- --strict] [--content-dir <dir>]`, or `-- --pack <folder> [--strict]` to
// verify a content pack exactly as a kiosk does before installing it.
// Exit codes: 0 no problems, 1 problems found (with --strict also drafts and placeholder photos; for a
// pack, also anything a kiosk would refuse), 2 usage error (unknown option, stray argument).
import { resolve } from 'node:path';
import { parseCuratorArguments, UsageError } from './content/cli-arguments';
import {
  checkContentFolder,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  exitCodeFor,
  formatReport,
} from './content/check-content';
import { checkPackFolder } from './content/check-pack';

const USAGE =
  'Usage: npm run content:check -- [--strict] [--content-dir <folder>]\n' +
  '       npm run content:check -- --pack <pack folder> [--strict]';

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCuratorArguments(argv, { strict: true, values: ['pack'] });
    if (parsed.pack !== undefined && parsed.contentDir !== undefined) {
      throw new UsageError('give either --pack or --content-dir, not both');
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.pack !== undefined) {
    const result = await checkPackFolder(resolve(parsed.pack), { strict: parsed.strict });
    console.log(result.report);
    return result.exitCode;
  }
  const report = await checkContentFolder(resolve(parsed.contentDir ?? '.'), {
    strict: parsed.strict,
  });
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
