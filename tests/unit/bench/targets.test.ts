import { describe, expect, it } from 'vitest';
import type { BenchResults } from '../../../bench/results';
import { judgeTargets } from '../../../bench/targets';
import { frameChartSvg } from '../../../bench/frame-chart';
import { renderReport } from '../../../bench/report';
import { summarizeFrameIntervals } from '../../../bench/stats';

const counts = {
  heapUsedBytes: 4_000_000,
  nodes: 300,
  listeners: 40,
  liveNodes: 900,
  liveJsListeners: 60,
};

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  const steady = Array.from({ length: 200 }, () => 16.7);
  return {
    startedAt: '2026-01-01T00:00:00Z',
    finishedAt: '2026-01-01T00:10:00Z',
    quick: false,
    machine: { cpus: 2, cpuModel: 'test', loadAverage: [1, 1, 1], chromium: 'Chromium' },
    coldStart: {
      runs: 9,
      kiosk: {
        portraitPaintMs: 240,
        firstTouchMs: 400,
        portraitShownMs: 240,
        paintSources: { elementTiming: 5, lcp: 0, firstSeenComplete: 0 },
        runsPortraitPaintMs: [240],
        runsFirstTouchMs: [400],
      },
      bare: {
        portraitPaintMs: 200,
        firstTouchMs: 300,
        portraitShownMs: 200,
        paintSources: { elementTiming: 5, lcp: 0, firstSeenComplete: 0 },
        runsPortraitPaintMs: [200],
        runsFirstTouchMs: [300],
      },
      paintRatio: 1.2,
      firstTouchRatio: 1.33,
    },
    swipes: {
      runs: [1, 4].map((cpuThrottlingRate) => ({
        cpuThrottlingRate,
        swipes: 60,
        swipesLanded: 60,
        frames: summarizeFrameIntervals(steady),
        longAnimationFrames: 0,
        longestAnimationFrameMs: 0,
        longFrameCauses: [],
        idleFloor: summarizeFrameIntervals(steady),
        intervalsMs: steady,
        repeatDroppedShares: [0, 0, 0],
      })),
    },
    endurance: {
      interactions: 5000,
      warmUpInteractions: 500,
      interactionMix: { swipe: 5000 },
      samples: [{ interactions: 0, day: 0, ...counts }],
      heapGrowthBytesPerThousand: 20_000,
      heapGrowthStandardErrorBytes: 10_000,
      heapGrowthSamples: 16,
      nodeGrowthPerThousand: 0,
      listenerGrowthPerThousand: 0,
      fortnight: { days: 14, attractSlides: 56, start: counts, end: counts },
      durationSeconds: 300,
    },
    memoryBounds: { maxMounted: 3, maxDecoded: 3, observedDuring: ['swipes'] },
    size: {
      rendererJsBytes: 400_000,
      rendererJsGzipBytes: 120_000,
      rendererCssBytes: 20_000,
      rendererCssGzipBytes: 5_000,
      fontBytes: 100_000,
      fontFiles: 2,
      contentAssetBytes: 1_000_000,
      contentAssetFiles: 90,
    },
    studio: {
      runs: 5,
      photo: { width: 6000, height: 4000, bytes: 142_000 },
      photoToCropMs: 1800,
      publishMs: 1200,
      runsPhotoToCropMs: [1700, 1800, 1900, 1750, 2100],
      runsPublishMs: [1100, 1200, 1300, 1150, 1250],
    },
    notes: [],
    ...overrides,
  };
}

describe('judgeTargets', () => {
  it('passes every target when the figures are within the limits', () => {
    expect(judgeTargets(results()).map((verdict) => verdict.pass)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('misses the cold start over 1.3x, portraits over 3, JS over 129 KB, and leftover listeners', () => {
    const base = results();
    const verdicts = judgeTargets(
      results({
        coldStart: base.coldStart && { ...base.coldStart, paintRatio: 1.31 },
        memoryBounds: { maxMounted: 5, maxDecoded: 4, observedDuring: ['swipes'] },
        size: base.size && { ...base.size, rendererJsGzipBytes: 129 * 1024 + 1 },
        endurance: base.endurance && {
          ...base.endurance,
          fortnight: { ...base.endurance.fortnight, end: { ...counts, listeners: 41 } },
        },
      }),
    );
    const missed = verdicts
      .filter((verdict) => verdict.pass === false)
      .map((verdict) => verdict.name);
    expect(missed).toEqual([
      'First portrait painted vs bare <img> page',
      'DOM nodes and listeners after the simulated fortnight',
      'Full-size portraits decoded at once',
      'Renderer JS (gzip)',
    ]);
  });

  it('judges the median of repeated swipe runs and names every repeat', () => {
    const base = results();
    const runs = base.swipes?.runs ?? [];
    const verdicts = judgeTargets(
      results({
        swipes: {
          runs: runs.map((run) => ({
            ...run,
            frames: { ...run.frames, droppedShare: 0.012 },
            repeatDroppedShares: [0.004, 0.012, 0.03],
          })),
        },
      }),
    );
    const swipe = verdicts.find((verdict) => verdict.name.endsWith('CPU 4x'));
    expect(swipe?.pass).toBe(false);
    expect(swipe?.measured).toContain('median of 3 runs: 0.40 %, 1.20 %, 3.00 %');
  });

  it('misses the fortnight when detached nodes pile up although the document is back', () => {
    const base = results();
    const verdicts = judgeTargets(
      results({
        endurance: base.endurance && {
          ...base.endurance,
          fortnight: { ...base.endurance.fortnight, end: { ...counts, liveNodes: 1000 } },
        },
      }),
    );
    expect(verdicts.find((verdict) => verdict.name.startsWith('DOM nodes'))?.pass).toBe(false);
  });

  it('misses heap growth of 1 MB or more per 1,000 interactions, and says what did not run', () => {
    const base = results();
    const verdicts = judgeTargets(
      results({
        endurance: base.endurance && { ...base.endurance, heapGrowthBytesPerThousand: 1100 * 1024 },
        swipes: null,
      }),
    );
    expect(verdicts.find((verdict) => verdict.name.startsWith('JS heap'))?.pass).toBe(false);
    expect(verdicts.find((verdict) => verdict.name.startsWith('Dropped'))?.pass).toBeNull();
  });
});

describe('judgeTargets where a run measured too little (issue 23, item 3)', () => {
  const KB = 1024;
  const quick = (overrides: Partial<BenchResults>): BenchResults =>
    results({ quick: true, ...overrides });
  const heapVerdict = (
    endurance: Partial<NonNullable<BenchResults['endurance']>>,
    isQuick = true,
  ) => {
    const base = results();
    const run = (isQuick ? quick : results)({
      endurance: base.endurance && { ...base.endurance, ...endurance },
    });
    return judgeTargets(run).find((verdict) => verdict.name.startsWith('JS heap'));
  };

  it('does not judge the cold start from two runs, and says so', () => {
    const base = results();
    const verdict = judgeTargets(
      quick({ coldStart: base.coldStart && { ...base.coldStart, runs: 2, paintRatio: 1.48 } }),
    )[0];
    expect(verdict?.pass).toBeNull();
    expect(verdict?.unjudged).toBe(
      'not judged in quick mode: 2 cold starts of each page, 7 needed',
    );
    expect(verdict?.measured).toContain('1.48x');
  });

  it('judges the cold start from seven runs', () => {
    const base = results();
    const verdicts = judgeTargets(
      quick({ coldStart: base.coldStart && { ...base.coldStart, runs: 7, paintRatio: 1.31 } }),
    );
    expect(verdicts[0]?.pass).toBe(false);
  });

  it('does not judge dropped frames from a single run of the swipes', () => {
    const base = results();
    const verdicts = judgeTargets(
      quick({
        swipes: {
          runs: (base.swipes?.runs ?? []).map(({ repeatDroppedShares: _r, ...run }) => ({
            ...run,
            frames: { ...run.frames, droppedShare: 0.02 },
          })),
        },
      }),
    );
    const swipe = verdicts.find((verdict) => verdict.name.endsWith('CPU 4x'));
    expect(swipe?.pass).toBeNull();
    expect(swipe?.unjudged).toBe('not judged in quick mode: 1 run of the swipes, 3 needed');
  });

  it("leaves the quick run's noisy 1.45 MB heap slope unjudged instead of calling it a miss", () => {
    const verdict = heapVerdict({
      interactions: 300,
      warmUpInteractions: 50,
      heapGrowthBytesPerThousand: 1450 * KB,
      heapGrowthStandardErrorBytes: 700 * KB,
      heapGrowthSamples: 5,
    });
    expect(verdict?.pass).toBeNull();
    expect(verdict?.unjudged).toBe(
      'not judged in quick mode: the slope is uncertain by ±1400 KB over 250 interactions, too close to the limit to tell',
    );
  });

  it('passes a slope clearly under the limit and misses one clearly over it, in either mode', () => {
    const clear = { heapGrowthStandardErrorBytes: 60 * KB, heapGrowthSamples: 8 };
    expect(heapVerdict({ ...clear, heapGrowthBytesPerThousand: 90 * KB })?.pass).toBe(true);
    expect(heapVerdict({ ...clear, heapGrowthBytesPerThousand: 1450 * KB })?.pass).toBe(false);
    expect(heapVerdict({ ...clear, heapGrowthBytesPerThousand: 90 * KB }, false)?.pass).toBe(true);
  });

  it('does not judge a slope within two standard errors of the limit, even in a full run', () => {
    const verdict = heapVerdict(
      {
        heapGrowthBytesPerThousand: 900 * KB,
        heapGrowthStandardErrorBytes: 80 * KB,
        heapGrowthSamples: 16,
      },
      false,
    );
    expect(verdict?.pass).toBeNull();
    expect(verdict?.unjudged).toMatch(/^not judged: the slope is uncertain by ±160 KB/);
  });

  it('does not judge a slope from fewer than five samples, nor one without a standard error', () => {
    const few = heapVerdict({ heapGrowthSamples: 3, heapGrowthStandardErrorBytes: Number.NaN });
    expect(few?.pass).toBeNull();
    expect(few?.unjudged).toBe(
      'not judged in quick mode: 3 heap samples after the warm-up, 5 needed',
    );
    const noError = heapVerdict({ heapGrowthSamples: 5, heapGrowthStandardErrorBytes: Number.NaN });
    expect(noError?.pass).toBeNull();
  });

  it('prints the reason in the verdict column', () => {
    const base = results();
    const report = renderReport(
      quick({ coldStart: base.coldStart && { ...base.coldStart, runs: 2 } }),
      'frame-times.svg',
    );
    expect(report).toContain('| not judged in quick mode: 2 cold starts of each page, 7 needed |');
  });
});

describe('the curator studio figures (issue 20)', () => {
  const studioVerdicts = (overrides: Partial<BenchResults>) =>
    judgeTargets(results(overrides)).filter((verdict) => verdict.name.startsWith('Studio'));
  const base = results().studio;

  it('passes waits of at most 3 s and misses longer ones, naming every run', () => {
    const verdicts = studioVerdicts({
      studio: base && { ...base, photoToCropMs: 3000, publishMs: 3001 },
    });
    expect(verdicts.map((verdict) => verdict.pass)).toEqual([true, false]);
    expect(verdicts[0]?.measured).toBe('3000 ms (median of 1700, 1800, 1900, 1750, 2100 ms)');
  });

  it('does not judge fewer than three runs, and says when it did not run', () => {
    const few = studioVerdicts({ quick: true, studio: base && { ...base, runs: 2 } });
    expect(few[0]?.pass).toBeNull();
    expect(few[0]?.unjudged).toBe('not judged in quick mode: 2 studio runs, 3 needed');
    const absent = studioVerdicts({ studio: null });
    expect(absent.map((verdict) => [verdict.measured, verdict.pass])).toEqual([
      ['not run', null],
      ['not run', null],
    ]);
  });

  it('prints its own section with the runs', () => {
    const report = renderReport(results(), 'frame-times.svg');
    expect(report).toContain('## 6. Curator studio (median of 5 runs, a new original each)');
    expect(report).toContain('| Publish of that one changed hero until "Published" | 1200 ms |');
  });
});

describe('report and chart', () => {
  it('prints each target with its verdict and links the chart', () => {
    const report = renderReport(results(), 'frame-times.svg');
    expect(report).toContain('| Renderer JS (gzip) | <= 129 KB | 117.2 KB | **pass** |');
    expect(report).toContain('![Frame intervals while swiping](frame-times.svg)');
  });

  it('draws one line per run', () => {
    const svg = frameChartSvg([
      { label: 'CPU 1x', intervalsMs: [16, 17, 40] },
      { label: 'CPU 4x', intervalsMs: [16, 33] },
    ]);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('CPU 4x');
  });
});
