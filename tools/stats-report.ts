// Runs in: Node (tools).
// `npm run stats:report -- <export folders...> [--out <dir>]`: one report of several kiosks.
// Exit codes: 0 written, 1 an input is not a valid export (nothing written), 2 usage error.
import { EXIT_BAD_INPUT, runStatsReport } from './stats/stats-report-command';

runStatsReport(process.argv.slice(2), {
  cwd: process.cwd(),
  now: Date.now(),
  out: (line) => console.log(line),
  error: (line) => console.error(line),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(EXIT_BAD_INPUT);
  },
);
