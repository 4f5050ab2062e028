// Runs in: main process. One line of the statistics log: a validated visitor event plus the time the
// main process received it. Nothing else is ever written: no identifiers, no content of any kind.
import type { StatsEvent } from '../../../common/ipc-contract';
import { StatsEventSchema } from '../../../common/ipc-contract';

export type StatsRecord = StatsEvent & {
  /** Milliseconds since the epoch, stamped by main. */ t: number;
};

export function formatStatsLine(record: StatsRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** Parses one line; anything torn, garbled or unknown gives null instead of throwing. */
export function parseStatsLine(line: string): StatsRecord | null {
  if (line.length === 0 || line[0] !== '{') return null;
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const { t, ...event } = data as Record<string, unknown>;
  if (typeof t !== 'number' || !Number.isFinite(t)) return null;
  const parsed = StatsEventSchema.safeParse(event);
  return parsed.success ? { ...parsed.data, t } : null;
}
