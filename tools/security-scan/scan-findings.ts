// Runs in: Node tools. What the Electronegativity scan of the built app (run-security-scan.ts)
// reads and decides, kept pure so it is unit tested: which files it scans under which names, which
// Electron version it assumes, and which findings fail the scan.

/** A finding as Electronegativity's programmatic run() returns it. */
export interface ScanIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description: string;
}

/** Any of these fails the scan; LOW and INFORMATIONAL findings are printed for a person to read. */
export const BLOCKING_SEVERITIES: readonly string[] = ['MEDIUM', 'HIGH', 'CRITICAL'];

export function blockingFindings(issues: readonly ScanIssue[]): ScanIssue[] {
  return issues.filter((issue) => BLOCKING_SEVERITIES.includes(issue.severity.name.toUpperCase()));
}

/**
 * The name a built file is scanned under, or null when it is not scanned. Electronegativity reads
 * only .js, .ts and .html files, and our bundles are .cjs; source maps would be read as sources.
 */
export function scanFileName(fileName: string): string | null {
  if (fileName.endsWith('.map')) return null;
  return fileName.endsWith('.cjs') ? `${fileName.slice(0, -'.cjs'.length)}.js` : fileName;
}

/** "45.5.0" from the app's devDependencies ("^45.5.0"): the version the scan assumes (-e). */
export function electronVersionOf(packageJson: {
  devDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
}): string {
  const range = packageJson.devDependencies?.electron ?? packageJson.dependencies?.electron;
  const version = /\d+\.\d+\.\d+/.exec(range ?? '')?.[0];
  if (!version) throw new Error('package.json names no Electron version');
  return version;
}

export function formatFinding(issue: ScanIssue): string {
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const sample = issue.sample ? `\n    ${issue.sample.trim().slice(0, 200)}` : '';
  return `${issue.severity.name.padEnd(8)} ${issue.id} (${issue.confidence.name}) ${where}\n    ${issue.description}${sample}`;
}
