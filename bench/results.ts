// Runs in: Node (tools). The shape of bench/results/latest.json: every figure the report prints.
import type { FrameSummary } from './stats';
import type { ThreadCpuSummary } from './thread-cpu';

export interface PageStart {
  /** Median time the first portrait was painted, ms after navigation start (see paintSources). */
  portraitPaintMs: number;
  /** Median time until a touch on the first screen was accepted, ms after navigation start. */
  firstTouchMs: number;
  /** Median first animation frame in which the portrait was complete and visible, ms. */
  portraitShownMs: number;
  /** How many runs took the paint time from each source, best first. */
  paintSources: { elementTiming: number; lcp: number; firstSeenComplete: number };
  runsPortraitPaintMs: number[];
  runsFirstTouchMs: number[];
}

export interface ColdStartResult {
  runs: number;
  kiosk: PageStart;
  /** The floor: a bare page with the same portrait in a plain <img>. */
  bare: PageStart;
  paintRatio: number;
  firstTouchRatio: number;
}

export interface SwipeRun {
  cpuThrottlingRate: number;
  swipes: number;
  /** Swipes that moved the carousel by exactly one hero. */
  swipesLanded: number;
  frames: FrameSummary;
  /** PerformanceObserver 'long-animation-frame' entries; null when the browser lacks it. */
  longAnimationFrames: number | null;
  longestAnimationFrameMs: number | null;
  /** Where the long animation frames spent their time (top causes). */
  longFrameCauses: LongFrameCause[];
  /** The same recorder on a page with nothing moving, same CPU rate: the machine's own drops. */
  idleFloor: FrameSummary;
  /** The same recorder on a page sliding three portrait layers by CSS alone: the compositor's own drops. */
  movingFloor?: FrameSummary;
  /**
   * The same swipes on a page of thirty plain cards moved by a few lines of script: what a
   * script-driven track drops here without the kiosk's framework, content and overlays.
   */
  scriptedFloor?: FrameSummary;
  /**
   * The same swipes on the kiosk's own screen, captured once its carousel had mounted and served
   * without its scripts, moved by the same few lines: its content and overlays without its code.
   */
  frozenFloor?: FrameSummary;
  /**
   * CPU time of Chromium's threads over the same swipes (null without /proc): on the kiosk, its
   * frozen screen and the plain cards. Absent in results from before it was measured.
   */
  threadCpu?: {
    kiosk: ThreadCpuSummary | null;
    frozenScreen: ThreadCpuSummary | null;
    plainCards: ThreadCpuSummary | null;
  };
  /** Every rAF interval, for the chart. */
  intervalsMs: number[];
  /**
   * Dropped shares of every repeat at this CPU rate, in the order they ran; this run is their
   * median. Absent in results from before repeats.
   */
  repeatDroppedShares?: number[];
}

export interface LongFrameCause {
  /** 'style, layout and paint', or a script's invoker and file. */
  name: string;
  frames: number;
  totalMs: number;
}

export interface SwipesResult {
  runs: SwipeRun[];
}

export interface PageCounts {
  heapUsedBytes: number;
  /** Nodes attached to the document (elements, text, comments). */
  nodes: number;
  /** Listeners on attached nodes, document and window (DOMDebugger.getEventListeners). */
  listeners: number;
  /** Memory.getDOMCounters after GC: every live node and JS listener, detached ones included. */
  liveNodes: number;
  liveJsListeners: number;
}

export interface EnduranceSample extends PageCounts {
  interactions: number;
  /** Simulated days passed in the idle fortnight (0 during the interactions). */
  day: number;
}

export interface EnduranceResult {
  interactions: number;
  warmUpInteractions: number;
  interactionMix: Record<string, number>;
  samples: EnduranceSample[];
  heapGrowthBytesPerThousand: number;
  /** The slope's standard error (bench/stats.ts, growthTrend); absent in runs before it was kept. */
  heapGrowthStandardErrorBytes?: number;
  /** Samples the heap slope was fitted to (after the warm-up). */
  heapGrowthSamples?: number;
  nodeGrowthPerThousand: number;
  listenerGrowthPerThousand: number;
  fortnight: { days: number; attractSlides: number; start: PageCounts; end: PageCounts };
  durationSeconds: number;
}

export interface MemoryBoundsResult {
  maxMounted: number;
  maxDecoded: number;
  /** Where the maxima were seen (swipes, endurance). */
  observedDuring: string[];
}

export interface SizeResult {
  /** The kiosk's own JS: every chunk but the curator studio's, which a visitor never loads. */
  rendererJsBytes: number;
  rendererJsGzipBytes: number;
  /** The curator studio's chunks (Curator*.js), lazy-loaded only on /curator or from the staff panel. */
  studioJsGzipBytes?: number;
  /** What a visitor's kiosk loads at start: the entry, the app and their static imports. */
  startJsGzipBytes?: number;
  rendererCssBytes: number;
  rendererCssGzipBytes: number;
  fontBytes: number;
  fontFiles: number;
  contentAssetBytes: number;
  contentAssetFiles: number;
}

export interface StudioResult {
  runs: number;
  /** The camera original uploaded each run (tests/support/camera-photo.ts), as stored. */
  photo: { width: number; height: number; bytes: number };
  /** Median ms from choosing the file to its portrait crop decoded and on screen. */
  photoToCropMs: number;
  /** Median ms from pressing Publish (right after) to the studio saying it is published. */
  publishMs: number;
  runsPhotoToCropMs: number[];
  runsPublishMs: number[];
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; loadAverage: number[]; chromium: string };
  coldStart: ColdStartResult | null;
  swipes: SwipesResult | null;
  endurance: EnduranceResult | null;
  memoryBounds: MemoryBoundsResult | null;
  size: SizeResult | null;
  /** The curator studio's waits; absent in results from before it was measured. */
  studio?: StudioResult | null;
  notes: string[];
}
