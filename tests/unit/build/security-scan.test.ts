// Runs in: Node (vitest). What `npm run security:scan` scans and which findings fail it.
import { describe, expect, it } from 'vitest';
import {
  blockingFindings,
  electronVersionOf,
  scanFileName,
  type ScanIssue,
} from '../../../tools/security-scan/scan-findings';

const finding = (id: string, severity: string): ScanIssue => ({
  id,
  severity: { name: severity },
  confidence: { name: 'CERTAIN' },
  file: 'electron/main.js',
  location: { line: 1, column: 0 },
  description: id,
});

describe('security scan', () => {
  it('fails on MEDIUM, HIGH and CRITICAL findings and lets LOW ones through for reading', () => {
    const issues = ['LOW', 'INFORMATIONAL', 'MEDIUM', 'HIGH', 'CRITICAL'].map((severity) =>
      finding(`CHECK_${severity}`, severity),
    );
    expect(blockingFindings(issues).map((issue) => issue.id)).toEqual([
      'CHECK_MEDIUM',
      'CHECK_HIGH',
      'CHECK_CRITICAL',
    ]);
  });

  it('scans the .cjs bundles under .js names and skips source maps', () => {
    expect(scanFileName('main.cjs')).toBe('main.js');
    expect(scanFileName('index.html')).toBe('index.html');
    expect(scanFileName('main-abc.js')).toBe('main-abc.js');
    expect(scanFileName('main.cjs.map')).toBeNull();
  });

  it('assumes the Electron version the app is built with', () => {
    expect(electronVersionOf({ devDependencies: { electron: '^45.5.0' } })).toBe('45.5.0');
    expect(() => electronVersionOf({ devDependencies: {} })).toThrow(/Electron/);
  });
});
