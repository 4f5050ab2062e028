// Runs in: Node (tools). The markdown report: targets with pass or miss first, then every figure.
import type { BenchResults, PageStart } from './results';
import { judgeTargets } from './targets';
import type { TargetVerdict } from './targets';
import { threadCpuPerSwipe } from './thread-cpu';

const KB = 1024;
const fixed = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits);
const kb = (bytes: number): string => `${fixed(bytes / KB)} KB`;
const verdictText = ({ pass, unjudged }: TargetVerdict): string =>
  pass === null ? (unjudged ?? 'not measured') : pass ? '**pass**' : '**MISS**';

export function renderReport(results: BenchResults, chartFile: string): string {
  const lines: string[] = [];
  const { coldStart, swipes, endurance, memoryBounds, size, machine } = results;
  lines.push(
    '# Performance report',
    '',
    `Run ${results.startedAt} to ${results.finishedAt}${results.quick ? ' (**quick mode**: fewer runs, swipes and interactions)' : ''}.`,
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), load average at start ${machine.loadAverage.map((load) => load.toFixed(1)).join(' / ')}, ${machine.chromium}, headless, software rendering (--disable-gpu).`,
    '',
    '## Targets',
    '',
    '| Target | Limit | Measured | Verdict |',
    '| --- | --- | --- | --- |',
  );
  for (const verdict of judgeTargets(results)) {
    lines.push(
      `| ${verdict.name} | ${verdict.target} | ${verdict.measured} | ${verdictText(verdict)} |`,
    );
  }
  if (coldStart) {
    lines.push(
      '',
      `## 1. Cold start (median of ${coldStart.runs} runs, fresh browser context each)`,
      '',
      '| Page | Portrait painted | Portrait first seen complete | First accepted touch | Paint time from |',
      '| --- | --- | --- | --- | --- |',
      pageStartRow('Kiosk (attract loop)', coldStart.kiosk, coldStart.runs),
      pageStartRow('Bare page, same portrait in a plain <img>', coldStart.bare, coldStart.runs),
      `| Ratio | ${fixed(coldStart.paintRatio, 2)}x | | ${fixed(coldStart.firstTouchRatio, 2)}x | |`,
      '',
      'Painted: the Element Timing entry of the portrait (`elementtiming="first-portrait"` on both pages), the ' +
        'presentation time of the first frame that showed it. Largest-contentful-paint comes second: Chromium gives ' +
        'it no entry for an image that fills the viewport or has under 0.05 bits per pixel, which the draft ' +
        'placeholders do. Last comes the first animation frame in which the portrait was complete and visible.',
      '',
      `Runs (kiosk painted): ${coldStart.kiosk.runsPortraitPaintMs.map((ms) => fixed(ms, 0)).join(', ')} ms; ` +
        `bare: ${coldStart.bare.runsPortraitPaintMs.map((ms) => fixed(ms, 0)).join(', ')} ms.`,
    );
  }
  if (swipes) {
    lines.push(
      '',
      '## 2. Swipe smoothness (real touch events, requestAnimationFrame intervals)',
      '',
      '| CPU | Swipes landed | Frames | p50 | p95 | p99 | max | Dropped (> 25 ms) | Missed vsyncs | Long animation frames |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const run of swipes.runs) {
      const f = run.frames;
      lines.push(
        `| ${run.cpuThrottlingRate}x | ${run.swipesLanded}/${run.swipes} | ${f.frames} | ${fixed(f.p50Ms)} ms | ${fixed(f.p95Ms)} ms | ${fixed(f.p99Ms)} ms | ${fixed(f.maxMs, 0)} ms | ${fixed(f.droppedShare * 100, 2)} % | ${fixed(f.missedVsyncShare * 100, 2)} % | ${run.longAnimationFrames ?? 'n/a'} (longest ${fixed(run.longestAnimationFrameMs, 0)} ms) |`,
      );
    }
    const repeated = swipes.runs.filter((run) => (run.repeatDroppedShares?.length ?? 0) > 1);
    if (repeated.length > 0) {
      lines.push(
        '',
        'Each row is the median of its repeats by dropped share (a shared machine: one run can fall into ' +
          "another tenant's burst of work). All repeats, in the order they ran: " +
          repeated
            .map(
              (run) =>
                `${run.cpuThrottlingRate}x ${(run.repeatDroppedShares ?? []).map((share) => `${fixed(share * 100, 2)} %`).join(', ')}`,
            )
            .join('; ') +
          '.',
      );
    }
    lines.push(
      '',
      'The floors: the same recorder, same CPU rate, same machine, same time, on a page with nothing moving ' +
        '(the bare image page); on a page that slides three full-screen layers of the portrait by a CSS ' +
        "animation with no script at all (what this compositor drops for a track like the carousel's); and, " +
        'given the same swipes, on a page of thirty plain cards that a few lines of script move (what a ' +
        "script-driven track drops here without the kiosk's framework, content and overlays), and on the " +
        "kiosk's own screen, captured once its carousel had mounted and served without its scripts, moved " +
        'by the same few lines (its content and overlays without its code). The floors explain the ' +
        "kiosk's figure and judge nothing: they are measured once per CPU rate, in its first run:",
      '',
      '| CPU | Page | Frames | p95 | p99 | max | Dropped (> 25 ms) |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const run of swipes.runs) {
      const floors = [
        ['nothing moving', run.idleFloor],
        ['CSS-only sliding track', run.movingFloor],
        ['scripted track, same swipes', run.scriptedFloor],
        ["the kiosk's screen frozen, same swipes", run.frozenFloor],
      ] as const;
      for (const [page, f] of floors) {
        if (!f) continue;
        lines.push(
          `| ${run.cpuThrottlingRate}x | ${page} | ${f.frames} | ${fixed(f.p95Ms)} ms | ${fixed(f.p99Ms)} ms | ${fixed(f.maxMs, 0)} ms | ${fixed(f.droppedShare * 100, 2)} % |`,
        );
      }
    }
    const measuredThreads = swipes.runs.filter((run) => run.threadCpu?.kiosk);
    if (measuredThreads.length > 0) {
      lines.push(
        '',
        "CPU time of Chromium's threads over the same swipes, in ms per swipe (user and system time " +
          'from /proc, every process of the browser; the busiest threads of the kiosk first). It moves ' +
          "far less with the machine's load than the dropped frames do, and says which thread pays. At 4x " +
          "the throttled page's main thread also spins in DevTools' throttler whether it has work or not.",
      );
      for (const run of measuredThreads) {
        const table = threadCpuPerSwipe(
          [
            { label: 'Kiosk', summary: run.threadCpu?.kiosk ?? null },
            { label: 'Its screen frozen', summary: run.threadCpu?.frozenScreen ?? null },
            { label: 'Thirty plain cards', summary: run.threadCpu?.plainCards ?? null },
          ],
          run.swipes,
          8,
        );
        lines.push(
          '',
          `CPU ${run.cpuThrottlingRate}x:`,
          '',
          `| ${table.header.join(' | ')} |`,
          `| ${table.header.map(() => '---').join(' | ')} |`,
          ...table.rows.map((row) => `| ${row.join(' | ')} |`),
        );
      }
    }
    lines.push('', 'Where the long animation frames spent their time (top causes, summed):', '');
    for (const run of swipes.runs) {
      const causes = run.longFrameCauses
        .map((cause) => `${cause.name}: ${cause.totalMs} ms in ${cause.frames} frames`)
        .join('; ');
      lines.push(`- CPU ${run.cpuThrottlingRate}x: ${causes || 'none'}`);
    }
    lines.push('', `![Frame intervals while swiping](${chartFile})`);
  }
  if (endurance) {
    const first = endurance.samples[0];
    const last = endurance.samples.filter((sample) => sample.day === 0).at(-1);
    lines.push(
      '',
      `## 3. Endurance (${endurance.interactions} interactions, then ${endurance.fortnight.days} simulated days)`,
      '',
      `Mix: ${Object.entries(endurance.interactionMix)
        .map(([kind, count]) => `${kind} ${count}`)
        .join(', ')}. Warm-up: the first ${endurance.warmUpInteractions} interactions. ` +
        'Every sample is taken on the attract loop, after an idle reset and a forced GC. ' +
        `Took ${endurance.durationSeconds} s.`,
      '',
      '| Figure (after forced GC) | Start | After the interactions | Growth per 1,000 after warm-up |',
      '| --- | --- | --- | --- |',
      `| JS heap used | ${kb(first?.heapUsedBytes ?? Number.NaN)} | ${kb(last?.heapUsedBytes ?? Number.NaN)} | ${fixed(endurance.heapGrowthBytesPerThousand / KB)} KB |`,
      `| Live DOM nodes (Memory.getDOMCounters) | ${first?.liveNodes ?? 'n/a'} | ${last?.liveNodes ?? 'n/a'} | ${fixed(endurance.nodeGrowthPerThousand)} |`,
      `| Live JS event listeners (Memory.getDOMCounters) | ${first?.liveJsListeners ?? 'n/a'} | ${last?.liveJsListeners ?? 'n/a'} | ${fixed(endurance.listenerGrowthPerThousand)} |`,
      '',
      `Fortnight (${endurance.fortnight.attractSlides} attract slides shown, one visit and one idle reset a day), attract loop at start and end:`,
      '',
      '| | Start | End |',
      '| --- | --- | --- |',
      `| Nodes in the document | ${endurance.fortnight.start.nodes} | ${endurance.fortnight.end.nodes} |`,
      `| Listeners on document, window and nodes | ${endurance.fortnight.start.listeners} | ${endurance.fortnight.end.listeners} |`,
      `| Live DOM nodes | ${endurance.fortnight.start.liveNodes} | ${endurance.fortnight.end.liveNodes} |`,
      `| Live JS listeners | ${endurance.fortnight.start.liveJsListeners} | ${endurance.fortnight.end.liveJsListeners} |`,
      `| JS heap used | ${kb(endurance.fortnight.start.heapUsedBytes)} | ${kb(endurance.fortnight.end.heapUsedBytes)} |`,
    );
  }
  if (memoryBounds) {
    lines.push(
      '',
      '## 4. Memory bounds',
      '',
      `At most ${memoryBounds.maxMounted} full-size portraits mounted and ${memoryBounds.maxDecoded} decoded at once ` +
        `(<img> elements in the document, sampled every frame while swiping and after every endurance step; ` +
        `seen during: ${memoryBounds.observedDuring.join(', ')}). The attract loop also warms the next ` +
        'portrait in a detached Image, which this census does not see.',
    );
  }
  if (size) {
    lines.push(
      '',
      '## 5. Size',
      '',
      '| What | Raw | Gzip |',
      '| --- | --- | --- |',
      `| Renderer JS (kiosk) | ${kb(size.rendererJsBytes)} | ${kb(size.rendererJsGzipBytes)} |`,
      ...(size.startJsGzipBytes === undefined
        ? []
        : [`| of which a visitor loads at start | | ${kb(size.startJsGzipBytes)} |`]),
      `| Curator studio JS (lazy) | | ${kb(size.studioJsGzipBytes ?? 0)} |`,
      `| Renderer CSS | ${kb(size.rendererCssBytes)} | ${kb(size.rendererCssGzipBytes)} |`,
      `| Fonts (${size.fontFiles} files) | ${kb(size.fontBytes)} | (already compressed) |`,
      `| Content assets (${size.contentAssetFiles} files) | ${kb(size.contentAssetBytes)} | (already compressed) |`,
    );
  }
  const { studio } = results;
  if (studio) {
    const ms = (values: number[]): string => values.map((value) => fixed(value, 0)).join(', ');
    lines.push(
      '',
      `## 6. Curator studio (median of ${studio.runs} runs, a new original each)`,
      '',
      '| Wait | Median | Runs |',
      '| --- | --- | --- |',
      `| Camera original chosen to its portrait crop on screen | ${fixed(studio.photoToCropMs, 0)} ms | ${ms(studio.runsPhotoToCropMs)} ms |`,
      `| Publish of that one changed hero until "Published" | ${fixed(studio.publishMs, 0)} ms | ${ms(studio.runsPublishMs)} ms |`,
      '',
      `The studio page of a fresh preview at 1440x900, after the staff PIN, uploads a ` +
        `${studio.photo.width}x${studio.photo.height} JPEG with EXIF rotation and GPS ` +
        `(${kb(studio.photo.bytes)}, tests/support/camera-photo.ts: flat colours, so smaller and quicker ` +
        'to decode and encode than a real camera file). The first wait ends when the portrait crop ' +
        "shows the new original's preview, decoded, and a frame is drawn; Publish is pressed at " +
        'once, so a 4K portrait still rendering in the background is waited for.',
    );
  }
  if (results.notes.length > 0) {
    lines.push('', '## Notes', '', ...results.notes.map((note) => `- ${note}`));
  }
  lines.push(
    '',
    'Reproduce: `npm run bench` (full, about 20 minutes) or `npm run bench -- --quick` (about 10).',
    '',
  );
  return lines.join('\n');
}

function pageStartRow(label: string, start: PageStart, runs: number): string {
  const { elementTiming, lcp, firstSeenComplete } = start.paintSources;
  const sources = [
    elementTiming ? `Element Timing ${elementTiming}/${runs}` : '',
    lcp ? `LCP ${lcp}/${runs}` : '',
    firstSeenComplete ? `first seen ${firstSeenComplete}/${runs}` : '',
  ].filter(Boolean);
  return `| ${label} | ${fixed(start.portraitPaintMs, 0)} ms | ${fixed(start.portraitShownMs, 0)} ms | ${fixed(start.firstTouchMs, 0)} ms | ${sources.join(', ')} |`;
}
