// Runs in: Node (tools).
// Argument parsing shared by the curator tools, built on node:util parseArgs.
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export interface CuratorToolArguments {
  contentDir: string | undefined;
  strict: boolean;
  dryRun: boolean;
  positionals: string[];
  /** content:pack: where the pack folder is written, and its label. */
  out: string | undefined;
  label: string | undefined;
  /** content:check: a content pack folder to verify as a kiosk would. */
  pack: string | undefined;
}

type ValueOption = 'out' | 'label' | 'pack';

/** Parses the options every curator tool understands; unknown options are a usage error. */
export function parseCuratorArguments(
  argv: readonly string[],
  allowed: {
    strict?: boolean;
    dryRun?: boolean;
    positionals?: number;
    values?: readonly ValueOption[];
  },
): CuratorToolArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'content-dir': { type: 'string' },
        strict: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        out: { type: 'string' },
        label: { type: 'string' },
        pack: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.strict && !allowed.strict) throw new UsageError('--strict is not an option here');
  if (values['dry-run'] && !allowed.dryRun) throw new UsageError('--dry-run is not an option here');
  for (const option of ['out', 'label', 'pack'] as const) {
    if (values[option] !== undefined && !allowed.values?.includes(option)) {
      throw new UsageError(`--${option} is not an option here`);
    }
  }
  if (positionals.length !== (allowed.positionals ?? 0)) {
    throw new UsageError(
      `expected ${allowed.positionals ?? 0} folder argument(s), got ${positionals.length}`,
    );
  }
  return {
    contentDir: values['content-dir'],
    strict: values.strict ?? false,
    dryRun: values['dry-run'] ?? false,
    positionals,
    out: values.out,
    label: values.label,
    pack: values.pack,
  };
}

export function readContentDirArgument(argv: readonly string[]): string | undefined {
  return parseCuratorArguments(argv, {}).contentDir;
}
