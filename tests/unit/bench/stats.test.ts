import { describe, expect, it } from 'vitest';
import {
  growthPerThousand,
  growthTrend,
  median,
  medianRun,
  percentile,
  summarizeFrameIntervals,
} from '../../../bench/stats';

describe('percentile and median', () => {
  it('uses the nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
  });

  it('gives the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('summarizeFrameIntervals', () => {
  it('counts intervals over 25 ms as dropped and the vsyncs they missed', () => {
    const summary = summarizeFrameIntervals([16.7, 16.6, 16.7, 33.4, 16.7, 50]);
    expect(summary.frames).toBe(6);
    expect(summary.droppedShare).toBeCloseTo(2 / 6);
    // 4 single vsyncs + 2 + 3 = 9 vsyncs, 3 of them without a new frame.
    expect(summary.missedVsyncShare).toBeCloseTo(3 / 9);
    expect(summary.maxMs).toBe(50);
  });

  it('reports no drops for a steady 60 Hz', () => {
    const summary = summarizeFrameIntervals(Array.from({ length: 100 }, () => 16.7));
    expect(summary.droppedShare).toBe(0);
    expect(summary.p99Ms).toBe(16.7);
  });
});

describe('medianRun', () => {
  const share = (run: { share: number }) => run.share;

  it('takes the middle run, whichever order the runs came in', () => {
    const runs = [{ share: 0.05 }, { share: 0.004 }, { share: 0.009 }];
    expect(medianRun(runs, share)).toBe(runs[2]);
  });

  it('takes the upper middle of an even count, and the only run of one', () => {
    expect(medianRun([{ share: 0.01 }, { share: 0.03 }], share)).toEqual({ share: 0.03 });
    expect(medianRun([{ share: 0.2 }], share)).toEqual({ share: 0.2 });
    expect(() => medianRun([], share)).toThrow(/at least one/);
  });
});

describe('growthPerThousand', () => {
  it('finds the trend per 1,000 interactions despite noise', () => {
    const samples = [0, 1000, 2000, 3000].map((interactions, index) => ({
      interactions,
      value: 5_000_000 + interactions * 200 + (index % 2 === 0 ? 10_000 : -10_000),
    }));
    expect(growthPerThousand(samples)).toBeCloseTo(196_000, -1);
  });

  it('is zero for a flat series and NaN without enough samples', () => {
    expect(
      growthPerThousand([
        { interactions: 0, value: 7 },
        { interactions: 500, value: 7 },
      ]),
    ).toBe(0);
    expect(growthPerThousand([{ interactions: 0, value: 7 }])).toBeNaN();
  });
});

describe('growthTrend', () => {
  it('is certain of a slope the samples lie on exactly', () => {
    const samples = [0, 100, 200, 300, 400].map((interactions) => ({
      interactions,
      value: 5_000_000 + interactions * 90,
    }));
    const trend = growthTrend(samples);
    expect(trend.perThousand).toBeCloseTo(90_000, 3);
    expect(trend.standardErrorPerThousand).toBeCloseTo(0, 3);
    expect(trend.samples).toBe(5);
  });

  it('is uncertain where a few samples scatter, and less so over more interactions', () => {
    // The same ±150 KB scatter (a sample on a screen with more objects) around no growth at all.
    const scatter = [0, 150_000, -150_000, 150_000, -150_000, 0];
    const over = (span: number) =>
      growthTrend(
        scatter.map((offset, index) => ({
          interactions: (index * span) / (scatter.length - 1),
          value: 4_000_000 + offset,
        })),
      );
    const short = over(250);
    const long = over(2000);
    expect(short.standardErrorPerThousand).toBeGreaterThan(300_000);
    expect(long.standardErrorPerThousand).toBeCloseTo(short.standardErrorPerThousand / 8, 3);
  });

  it('has no standard error from two samples, and no slope from one', () => {
    const two = growthTrend([
      { interactions: 0, value: 1 },
      { interactions: 1000, value: 2 },
    ]);
    expect(two.perThousand).toBeCloseTo(1, 6);
    expect(two.standardErrorPerThousand).toBeNaN();
    expect(growthTrend([{ interactions: 0, value: 1 }]).perThousand).toBeNaN();
  });
});
