// Runs in: Node (tools). CPU time of Chromium's threads while a page is measured, read from Linux's
// /proc. Dropped frames on a shared 2-core machine move with the host's load from one run to the
// next; the CPU time each thread spent on the same swipes moves far less, and names the thread that
// costs (the page's main thread, its compositor, the GPU process's software compositor...).
// The parsing and the difference are pure, so tests/unit/bench checks them on fixtures.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** One thread's CPU time so far, in clock ticks (user and system). */
export interface ThreadTicks {
  pid: number;
  tid: number;
  /** 'browser', or the process's --type (renderer, gpu-process, utility: network...). */
  process: string;
  /** The thread's name as Linux keeps it (at most 15 characters); 'main' for the process's own. */
  thread: string;
  ticks: number;
}

/** CPU time spent between two samples by the threads of one process kind with one name. */
export interface ThreadCpuFigure {
  process: string;
  thread: string;
  ms: number;
}

export interface ThreadCpuSummary {
  totalMs: number;
  byProcess: { process: string; ms: number }[];
  /** The busiest threads first. */
  threads: ThreadCpuFigure[];
}

/** The fields of /proc/<pid>/stat that matter here; null for text that is not a stat line. */
export function parseStat(text: string): { name: string; parentPid: number; ticks: number } | null {
  // The name sits in parentheses and may itself hold spaces and parentheses: split after the last.
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const fields = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // fields[0] is the state (field 3 of proc(5)); ppid is field 4, utime 14 and stime 15.
  const parentPid = Number(fields[1]);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (![parentPid, utime, stime].every(Number.isFinite)) return null;
  return { name: text.slice(open + 1, close), parentPid, ticks: utime + stime };
}

/**
 * What a Chromium process is, from its command line: NUL-separated as started, or one string with
 * spaces once a child process has retitled itself.
 */
export function processKind(cmdline: string): string {
  const args = cmdline.split(/[\0 ]/);
  const type = args.find((arg) => arg.startsWith('--type='))?.slice('--type='.length);
  if (!type) return 'browser';
  const subType = args
    .find((arg) => arg.startsWith('--utility-sub-type='))
    ?.slice('--utility-sub-type='.length)
    .split('.')[0];
  return subType ? `${type}: ${subType}` : type;
}

/** Every process descended from `rootPid`, given each process's parent. */
export function descendantsOf(rootPid: number, parents: ReadonlyMap<number, number>): number[] {
  const found = new Set<number>([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!found.has(pid) && found.has(parent)) {
        found.add(pid);
        grew = true;
      }
    }
  }
  found.delete(rootPid);
  return [...found].sort((a, b) => a - b);
}

/**
 * What each process kind and thread name spent between two samples. A thread that is new in `after`
 * spent all its ticks in between; one that ended in between is lost (a dead renderer's last ticks).
 */
export function threadCpuBetween(
  before: readonly ThreadTicks[],
  after: readonly ThreadTicks[],
  msPerTick: number,
): ThreadCpuSummary {
  const earlier = new Map(before.map((thread) => [`${thread.pid}/${thread.tid}`, thread.ticks]));
  const threads = new Map<string, ThreadCpuFigure>();
  const processes = new Map<string, number>();
  for (const thread of after) {
    const ticks = thread.ticks - (earlier.get(`${thread.pid}/${thread.tid}`) ?? 0);
    if (ticks <= 0) continue;
    const ms = ticks * msPerTick;
    const key = `${thread.process}\0${thread.thread}`;
    const figure = threads.get(key) ?? { process: thread.process, thread: thread.thread, ms: 0 };
    figure.ms += ms;
    threads.set(key, figure);
    processes.set(thread.process, (processes.get(thread.process) ?? 0) + ms);
  }
  const byMs = <T extends { ms: number }>(a: T, b: T): number => b.ms - a.ms;
  return {
    totalMs: [...processes.values()].reduce((sum, ms) => sum + ms, 0),
    byProcess: [...processes].map(([process, ms]) => ({ process, ms })).sort(byMs),
    threads: [...threads.values()].sort(byMs),
  };
}

/** Milliseconds per clock tick of /proc's times (100 ticks a second on almost every Linux). */
export function msPerClockTick(): number {
  try {
    const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
    return ticksPerSecond > 0 ? 1000 / ticksPerSecond : 10;
  } catch {
    return 10;
  }
}

const readOrEmpty = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // The process or thread ended between the listing and the read.
    return '';
  }
};

/**
 * Every thread of every Chromium process this Node process started (the browser Playwright
 * launched and its children). Empty where there is no /proc: the report then says n/a.
 */
export function sampleChromiumThreads(rootPid: number = process.pid): ThreadTicks[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of entries) {
    const stat = parseStat(readOrEmpty(`/proc/${entry}/stat`));
    if (!stat) continue;
    parents.set(Number(entry), stat.parentPid);
    names.set(Number(entry), stat.name);
  }
  const sample: ThreadTicks[] = [];
  for (const pid of descendantsOf(rootPid, parents)) {
    if (!/chrom/i.test(names.get(pid) ?? '')) continue;
    const kind = processKind(readOrEmpty(`/proc/${pid}/cmdline`));
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = parseStat(readOrEmpty(`/proc/${pid}/task/${tid}/stat`));
      if (!stat) continue;
      // Chromium leaves its main threads unnamed on Linux (naming one renames the process).
      const thread = Number(tid) === pid ? 'main' : stat.name;
      sample.push({ pid, tid: Number(tid), process: kind, thread, ticks: stat.ticks });
    }
  }
  return sample;
}

/**
 * The report's table: the busiest threads of the first page (by its own time), then all of
 * Chromium, each page's time divided by `swipes`, in whole milliseconds per swipe.
 */
export function threadCpuPerSwipe(
  pages: readonly { label: string; summary: ThreadCpuSummary | null }[],
  swipes: number,
  top: number,
): { header: string[]; rows: string[][] } {
  const perSwipe = (ms: number | undefined): string =>
    ms === undefined ? '0' : String(Math.round(ms / swipes));
  const leading = pages[0]?.summary?.threads.slice(0, top) ?? [];
  const rows = leading.map((figure) => [
    `${figure.process}: ${figure.thread}`,
    ...pages.map((page) =>
      page.summary
        ? perSwipe(
            page.summary.threads.find(
              (other) => other.process === figure.process && other.thread === figure.thread,
            )?.ms,
          )
        : 'n/a',
    ),
  ]);
  rows.push([
    'all of Chromium',
    ...pages.map((page) => (page.summary ? perSwipe(page.summary.totalMs) : 'n/a')),
  ]);
  return { header: ['Thread', ...pages.map((page) => page.label)], rows };
}
