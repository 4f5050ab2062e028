// Runs in: main process. Keeps the crash history in a small JSON file in userData, so the restart
// budget survives app relaunches.
import fs from 'node:fs';
import path from 'node:path';
import { parseCrashHistory, type CrashHistory } from './restart-budget';
import type { HistoryStore } from './self-healing';

export function createHistoryFile(filePath: string): HistoryStore {
  return {
    load() {
      try {
        return parseCrashHistory(fs.readFileSync(filePath, 'utf8'));
      } catch {
        return parseCrashHistory(null);
      }
    },
    save(history: CrashHistory) {
      try {
        fs.mkdirSync(path.dirname(filePath), { recursive: true });
        fs.writeFileSync(filePath, JSON.stringify(history));
      } catch {
        // A read-only disk must not stop the kiosk from healing itself in this process.
      }
    },
  };
}
