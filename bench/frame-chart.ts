// Runs in: Node (tools). An SVG chart of rAF frame intervals during the swipe runs, one line per CPU
// throttling rate, with the 60 Hz frame and the dropped-frame threshold marked. Pure: text in, text out.
import { DROPPED_FRAME_MS } from './stats';

export interface ChartSeries {
  label: string;
  intervalsMs: readonly number[];
}

const WIDTH = 900;
const HEIGHT = 320;
const MARGIN = { left: 48, right: 16, top: 28, bottom: 32 };
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd'];
/** Intervals above this are drawn at the top edge, so one long stall does not flatten the rest. */
const CEILING_MS = 100;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function frameChartSvg(series: readonly ChartSeries[]): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const longest = Math.max(1, ...series.map((line) => line.intervalsMs.length));
  const x = (index: number): number => MARGIN.left + (index / Math.max(1, longest - 1)) * plotWidth;
  const y = (ms: number): number =>
    MARGIN.top + plotHeight - (Math.min(ms, CEILING_MS) / CEILING_MS) * plotHeight;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${MARGIN.left}" y="18" font-size="14">Frame intervals while swiping (ms, capped at ${CEILING_MS})</text>`,
  ];
  for (const ms of [0, 25, 50, 75, 100]) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(ms)}" y2="${y(ms)}" stroke="#eee"/>`,
      `<text x="${MARGIN.left - 6}" y="${y(ms) + 4}" text-anchor="end">${ms}</text>`,
    );
  }
  const marker = (ms: number, colour: string, label: string): void => {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(ms).toFixed(1)}" y2="${y(ms).toFixed(1)}" stroke="${colour}" stroke-dasharray="4 3"/>`,
      `<text x="${WIDTH - MARGIN.right}" y="${(y(ms) - 4).toFixed(1)}" text-anchor="end" fill="${colour}">${label}</text>`,
    );
  };
  marker(1000 / 60, '#888', '16.7 ms (60 Hz)');
  marker(DROPPED_FRAME_MS, '#e6550d', `${DROPPED_FRAME_MS} ms: dropped`);
  series.forEach((line, index) => {
    const colour = COLOURS[index % COLOURS.length] ?? '#000';
    const points = line.intervalsMs
      .map((ms, frame) => `${x(frame).toFixed(1)},${y(ms).toFixed(1)}`)
      .join(' ');
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="1" opacity="0.8" points="${points}"/>`,
      `<text x="${MARGIN.left + 8 + index * 200}" y="${HEIGHT - 10}" fill="${colour}">${escapeXml(line.label)}</text>`,
    );
  });
  parts.push(
    `<text x="${WIDTH - MARGIN.right}" y="${HEIGHT - 10}" text-anchor="end">frame number</text>`,
    '</svg>',
  );
  return parts.join('\n');
}
