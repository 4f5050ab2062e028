// Runs in: Node (tools).
// `content:check --pack` as a function: the kiosk's own verification of a content pack (the same
// verifyPack the staff panel runs before installing), then the full content check of the pack's
// content.json, which also decodes every image, so a curator can test a stick before the trip.
import { verifyPack, describePackRefusal } from '../../electron/main/content/pack/verify-pack';
import {
  checkContentFolder,
  EXIT_OK,
  EXIT_PROBLEMS,
  exitCodeFor,
  formatReport,
} from './check-content';

export interface PackCheckResult {
  report: string;
  exitCode: number;
}

export async function checkPackFolder(
  directory: string,
  options: { strict?: boolean } = {},
): Promise<PackCheckResult> {
  const lines = [`Checked content pack ${directory}`];
  const verification = await verifyPack(directory);
  if (!verification.ok) {
    lines.push(`  REFUSED  ${describePackRefusal(verification.refusal)}`);
    lines.push('NOT OK: a kiosk would refuse this pack and keep its current content.');
    return { report: lines.join('\n'), exitCode: EXIT_PROBLEMS };
  }
  const { manifest, hash, content } = verification.pack;
  lines.push(
    `  "${manifest.label}", made ${manifest.createdAt} by version ${manifest.appVersion}; hash ${hash.slice(0, 12)}`,
    `  ${manifest.files.length} files, every size and sha256 as listed; ${content.heroes.length} heroes.`,
    'A kiosk would install this pack. The content inside it:',
  );
  const contentReport = await checkContentFolder(directory, { strict: options.strict ?? false });
  lines.push(formatReport(contentReport));
  const exitCode = exitCodeFor(contentReport) === EXIT_OK ? EXIT_OK : EXIT_PROBLEMS;
  return { report: lines.join('\n'), exitCode };
}
