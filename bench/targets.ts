// Runs in: Node (tools). The performance targets, each judged pass or miss from the figures.
import type { BenchResults } from './results';

export interface TargetVerdict {
  name: string;
  target: string;
  /** The measured figure, as the report prints it. */
  measured: string;
  /** null when the part of the bench that measures it did not run. */
  pass: boolean | null;
}

const MB = 1024 * 1024;
const KB = 1024;

export const TARGETS = {
  coldStartRatio: 1.3,
  droppedShare: 0.01,
  heapGrowthBytesPerThousand: 1 * MB,
  decodedPortraits: 3,
  liveNodeSlack: 0.1,
  rendererJsGzipBytes: 150 * KB,
} as const;

const fixed = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
const percent = (share: number): string => `${fixed(share * 100, 2)} %`;
const judge = (value: number, limit: number): boolean | null =>
  Number.isFinite(value) ? value <= limit : null;

export function judgeTargets(results: BenchResults): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  const { coldStart, swipes, endurance, memoryBounds, size } = results;

  verdicts.push({
    name: 'First portrait painted vs bare <img> page',
    target: `<= ${TARGETS.coldStartRatio}x`,
    measured: coldStart
      ? `${fixed(coldStart.paintRatio, 2)}x (${fixed(coldStart.kiosk.portraitPaintMs, 0)} ms vs ${fixed(coldStart.bare.portraitPaintMs, 0)} ms)`
      : 'not run',
    pass: coldStart ? judge(coldStart.paintRatio, TARGETS.coldStartRatio) : null,
  });

  for (const run of swipes?.runs ?? []) {
    verdicts.push({
      name: `Dropped frames while swiping, CPU ${run.cpuThrottlingRate}x`,
      target: `<= ${percent(TARGETS.droppedShare)}`,
      measured:
        `${percent(run.frames.droppedShare)} of ${run.frames.frames} frames` +
        (run.repeatDroppedShares && run.repeatDroppedShares.length > 1
          ? ` (median of ${run.repeatDroppedShares.length} runs: ${run.repeatDroppedShares.map(percent).join(', ')})`
          : ''),
      pass: judge(run.frames.droppedShare, TARGETS.droppedShare),
    });
  }
  if (!swipes) {
    verdicts.push({
      name: 'Dropped frames while swiping',
      target: `<= ${percent(TARGETS.droppedShare)}`,
      measured: 'not run',
      pass: null,
    });
  }

  verdicts.push({
    name: 'JS heap growth after warm-up (after forced GC)',
    target: `< ${fixed(TARGETS.heapGrowthBytesPerThousand / MB, 1)} MB per 1,000 interactions`,
    measured: endurance
      ? `${fixed(endurance.heapGrowthBytesPerThousand / KB, 1)} KB per 1,000 interactions`
      : 'not run',
    pass: endurance
      ? Number.isFinite(endurance.heapGrowthBytesPerThousand)
        ? endurance.heapGrowthBytesPerThousand < TARGETS.heapGrowthBytesPerThousand
        : null
      : null,
  });

  const fortnight = endurance?.fortnight;
  verdicts.push({
    name: 'DOM nodes and listeners after the simulated fortnight',
    target: 'back to the starting counts (live nodes within 10 %)',
    measured: fortnight
      ? `nodes ${fortnight.start.nodes} -> ${fortnight.end.nodes}, ` +
        `listeners ${fortnight.start.listeners} -> ${fortnight.end.listeners}, ` +
        `live nodes ${fortnight.start.liveNodes} -> ${fortnight.end.liveNodes}`
      : 'not run',
    // Blink's live-node counter after a forced GC still wobbles by a few nodes, hence 10 %.
    pass: fortnight
      ? fortnight.end.nodes <= fortnight.start.nodes &&
        fortnight.end.listeners <= fortnight.start.listeners &&
        fortnight.end.liveNodes <= fortnight.start.liveNodes * (1 + TARGETS.liveNodeSlack)
      : null,
  });

  verdicts.push({
    name: 'Full-size portraits decoded at once',
    target: `<= ${TARGETS.decodedPortraits}`,
    measured: memoryBounds
      ? `${memoryBounds.maxDecoded} decoded, ${memoryBounds.maxMounted} mounted at most`
      : 'not run',
    pass: memoryBounds ? memoryBounds.maxDecoded <= TARGETS.decodedPortraits : null,
  });

  verdicts.push({
    name: 'Renderer JS (gzip)',
    target: `<= ${TARGETS.rendererJsGzipBytes / KB} KB`,
    measured: size ? `${fixed(size.rendererJsGzipBytes / KB, 1)} KB` : 'not run',
    pass: size ? size.rendererJsGzipBytes <= TARGETS.rendererJsGzipBytes : null,
  });

  return verdicts;
}
