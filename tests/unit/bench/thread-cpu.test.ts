import { describe, expect, it } from 'vitest';
import {
  descendantsOf,
  parseStat,
  processKind,
  threadCpuBetween,
  threadCpuPerSwipe,
  type ThreadCpuFigure,
  type ThreadCpuSummary,
  type ThreadTicks,
} from '../../../bench/thread-cpu';

// A thread's /proc/<pid>/task/<tid>/stat as Linux writes it: utime 1200, stime 34.
const STAT =
  '4242 (VizCompositorTh) S 4200 4100 4100 0 -1 4194368 1500 0 0 0 1200 34 0 0 20 0 12 0 9000 1 2';

describe('parseStat', () => {
  it('reads the name, the parent and the user plus system ticks', () => {
    expect(parseStat(STAT)).toEqual({ name: 'VizCompositorTh', parentPid: 4200, ticks: 1234 });
  });

  it('keeps a name with spaces and parentheses whole', () => {
    const stat = STAT.replace('(VizCompositorTh)', '(Web (Content) 1)');
    expect(parseStat(stat)?.name).toBe('Web (Content) 1');
    expect(parseStat(stat)?.ticks).toBe(1234);
  });

  it('gives null for what is not a stat line', () => {
    expect(parseStat('')).toBeNull();
    expect(parseStat('4242 (cut) S')).toBeNull();
  });
});

describe('processKind', () => {
  it('names the browser, a renderer and a utility service', () => {
    expect(processKind('/usr/lib/chromium/chromium\0--headless\0--no-sandbox\0')).toBe('browser');
    expect(processKind('/usr/lib/chromium/chromium\0--type=gpu-process\0--no-sandbox\0')).toBe(
      'gpu-process',
    );
    expect(
      processKind(
        '/usr/lib/chromium/chromium\0--type=utility\0--utility-sub-type=network.mojom.NetworkService\0',
      ),
    ).toBe('utility: network');
  });

  it('reads a command line that a child process rewrote with spaces', () => {
    expect(processKind('/usr/lib/chromium/chromium --type=renderer --lang=en-US')).toBe('renderer');
  });
});

describe('descendantsOf', () => {
  it('finds children and grandchildren, not the root and not strangers', () => {
    const parents = new Map([
      [10, 1], // the browser, started by Node (1)
      [11, 10], // zygote
      [12, 11], // renderer, forked by the zygote
      [20, 2], // someone else's process
    ]);
    expect(descendantsOf(1, parents)).toEqual([10, 11, 12]);
  });
});

describe('threadCpuBetween', () => {
  const thread = (tid: number, process: string, name: string, ticks: number): ThreadTicks => ({
    pid: process === 'renderer' ? 30 : 40,
    tid,
    process,
    thread: name,
    ticks,
  });

  it('sums what threads of one kind and name spent, busiest first, in milliseconds', () => {
    // Each thread: its ticks before, and what it spent in between.
    const spent: [ThreadTicks, number][] = [
      [thread(30, 'renderer', 'main', 100), 60],
      [thread(31, 'renderer', 'Compositor', 50), 0],
      [thread(41, 'gpu-process', 'VizCompositorTh', 10), 30],
      [thread(42, 'gpu-process', 'ThreadPoolForeg', 5), 2],
      [thread(43, 'gpu-process', 'ThreadPoolForeg', 5), 3],
    ];
    const before = spent.map(([ticks]) => ticks);
    const after = spent.map(([ticks, more]) => ({ ...ticks, ticks: ticks.ticks + more }));
    const summary = threadCpuBetween(before, after, 10);
    expect(summary.threads).toEqual([
      { process: 'renderer', thread: 'main', ms: 600 },
      { process: 'gpu-process', thread: 'VizCompositorTh', ms: 300 },
      { process: 'gpu-process', thread: 'ThreadPoolForeg', ms: 50 },
    ]);
    expect(summary.byProcess).toEqual([
      { process: 'renderer', ms: 600 },
      { process: 'gpu-process', ms: 350 },
    ]);
    expect(summary.totalMs).toBe(950);
  });

  it('counts all of a thread that started in between', () => {
    const summary = threadCpuBetween([], [thread(31, 'renderer', 'Compositor', 3)], 10);
    expect(summary.threads).toEqual([{ process: 'renderer', thread: 'Compositor', ms: 30 }]);
  });
});

describe('threadCpuPerSwipe', () => {
  const summary = (threads: ThreadCpuFigure[]): ThreadCpuSummary => ({
    totalMs: threads.reduce((sum, figure) => sum + figure.ms, 0),
    byProcess: [],
    threads,
  });

  it("lists the first page's busiest threads and every page's time per swipe", () => {
    const kiosk = summary([
      { process: 'renderer', thread: 'main', ms: 2000 },
      { process: 'gpu-process', thread: 'VizCompositorTh', ms: 1000 },
      { process: 'browser', thread: 'main', ms: 400 },
    ]);
    const frozen = summary([{ process: 'gpu-process', thread: 'VizCompositorTh', ms: 900 }]);
    const table = threadCpuPerSwipe(
      [
        { label: 'kiosk', summary: kiosk },
        { label: 'frozen', summary: frozen },
        { label: 'cards', summary: null },
      ],
      20,
      2,
    );
    expect(table.header).toEqual(['Thread', 'kiosk', 'frozen', 'cards']);
    expect(table.rows).toEqual([
      ['renderer: main', '100', '0', 'n/a'],
      ['gpu-process: VizCompositorTh', '50', '45', 'n/a'],
      ['all of Chromium', '170', '45', 'n/a'],
    ]);
  });
});
