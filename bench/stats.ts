// Runs in: Node (tools). Pure statistics for the benchmark: medians, percentiles, frame-interval
// summaries and growth rates. No I/O, so tests/unit/bench can check every figure the report prints.

/** Nearest-rank percentile (p in 0..100) of unsorted values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** A frame interval longer than this missed at least one 60 Hz vsync: a dropped frame. */
export const DROPPED_FRAME_MS = 25;
const VSYNC_MS = 1000 / 60;

export interface FrameSummary {
  frames: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Intervals over DROPPED_FRAME_MS, as a share of all intervals (0..1). */
  droppedShare: number;
  /** Vsyncs that showed no new frame, as a share of all vsyncs in the period (0..1). */
  missedVsyncShare: number;
}

export function summarizeFrameIntervals(intervalsMs: readonly number[]): FrameSummary {
  const dropped = intervalsMs.filter((interval) => interval > DROPPED_FRAME_MS).length;
  const vsyncs = intervalsMs.map((interval) => Math.max(1, Math.round(interval / VSYNC_MS)));
  const totalVsyncs = vsyncs.reduce((sum, count) => sum + count, 0);
  const missed = vsyncs.reduce((sum, count) => sum + count - 1, 0);
  return {
    frames: intervalsMs.length,
    p50Ms: percentile(intervalsMs, 50),
    p95Ms: percentile(intervalsMs, 95),
    p99Ms: percentile(intervalsMs, 99),
    maxMs: intervalsMs.length === 0 ? Number.NaN : Math.max(...intervalsMs),
    droppedShare: intervalsMs.length === 0 ? Number.NaN : dropped / intervalsMs.length,
    missedVsyncShare: totalVsyncs === 0 ? Number.NaN : missed / totalVsyncs,
  };
}

/**
 * The median of repeated runs, judged by a number each run yields (odd counts: the middle run; even:
 * the upper middle one, the less flattering). On a shared machine one run can fall into another
 * tenant's burst of work; the median of three is not moved by one such run.
 */
export function medianRun<Run>(runs: readonly Run[], value: (run: Run) => number): Run {
  const sorted = [...runs].sort((a, b) => value(a) - value(b));
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('medianRun needs at least one run');
  return middle;
}

export interface Sample {
  /** Interactions done when the sample was taken. */
  interactions: number;
  value: number;
}

export interface GrowthTrend {
  /** Least-squares slope of value over interactions, per 1,000 interactions. */
  perThousand: number;
  /**
   * The slope's standard error, per 1,000 interactions: how far the samples' scatter around the
   * line leaves the slope uncertain. NaN with fewer than three samples.
   */
  standardErrorPerThousand: number;
  samples: number;
}

/**
 * Least-squares slope of value over interactions, scaled to 1,000 interactions, with its standard
 * error: a trend that one noisy sample cannot swing the way first-to-last would, and a measure of
 * how much a short run can say. NaN with fewer than two distinct x.
 */
export function growthTrend(samples: readonly Sample[]): GrowthTrend {
  const n = samples.length;
  const none = { perThousand: Number.NaN, standardErrorPerThousand: Number.NaN, samples: n };
  if (n < 2) return none;
  const meanX = samples.reduce((sum, s) => sum + s.interactions, 0) / n;
  const meanY = samples.reduce((sum, s) => sum + s.value, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const sample of samples) {
    covariance += (sample.interactions - meanX) * (sample.value - meanY);
    variance += (sample.interactions - meanX) ** 2;
  }
  if (variance === 0) return none;
  const slope = covariance / variance;
  const residuals = samples.reduce(
    (sum, s) => sum + (s.value - meanY - slope * (s.interactions - meanX)) ** 2,
    0,
  );
  const standardError = n > 2 ? Math.sqrt(residuals / (n - 2) / variance) : Number.NaN;
  return { perThousand: slope * 1000, standardErrorPerThousand: standardError * 1000, samples: n };
}

/** growthTrend's slope alone. */
export function growthPerThousand(samples: readonly Sample[]): number {
  return growthTrend(samples).perThousand;
}
