// Runs in: Node tools. `npm run security:scan`: builds the app (unless --no-build), copies dist/ to
// a temporary folder with the .cjs bundles under .js names, runs Electronegativity on it for the
// Electron version in package.json, prints every finding and fails on any MEDIUM, HIGH or CRITICAL
// one. The scanner lives in this folder's own node_modules: `npm ci --prefix tools/security-scan`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  blockingFindings,
  electronVersionOf,
  formatFinding,
  scanFileName,
  type ScanIssue,
} from './scan-findings';

type RunElectronegativity = (options: {
  input: string;
  electronVersionOverride: string;
  isRelative: boolean;
}) => Promise<{ issues: ScanIssue[] }>;

const root = fileURLToPath(new URL('../..', import.meta.url));

function copyForScan(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) {
      copyForScan(source, path.join(to, entry.name));
      continue;
    }
    const name = scanFileName(entry.name);
    if (name) fs.copyFileSync(source, path.join(to, name));
  }
}

function loadScanner(): RunElectronegativity {
  try {
    // Built with Babel's add-module-exports: the function is the module itself.
    const loaded = createRequire(import.meta.url)('@doyensec/electronegativity') as
      RunElectronegativity | { default: RunElectronegativity };
    return typeof loaded === 'function' ? loaded : loaded.default;
  } catch {
    console.error('Electronegativity is not installed: run `npm ci --prefix tools/security-scan`.');
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const run = loadScanner();
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(path.join(dist, 'electron')) || !fs.existsSync(path.join(dist, 'renderer'))) {
    console.error('dist/ is not built: run `npm run build` (or leave out --no-build).');
    process.exit(2);
  }
  const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const electronVersion = electronVersionOf(packageJson);
  const input = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-security-scan-'));
  try {
    copyForScan(dist, input);
    console.log(`Electronegativity on the built app, assuming Electron ${electronVersion}`);
    const { issues } = await run({
      input,
      electronVersionOverride: electronVersion,
      isRelative: true,
    });
    for (const issue of issues) console.log(formatFinding(issue));
    const blocking = blockingFindings(issues);
    console.log(
      `${issues.length} finding(s), ${blocking.length} of them MEDIUM or worse` +
        (blocking.length > 0 ? ': the scan fails.' : '.'),
    );
    process.exitCode = blocking.length > 0 ? 1 : 0;
  } finally {
    fs.rmSync(input, { recursive: true, force: true });
  }
}

await main();
