// Runs in: main process (also Node tools). The report's charts as inline SVG text: no script, no
// external file, the same on screen, printed and in a PDF. Each chart carries a text alternative.

/** UNICEF's palette: cyan, dark blue, green, orange, purple, yellow, red. */
export const SERIES_COLOURS = [
  '#1cabe2',
  '#374ea2',
  '#00833d',
  '#f26a21',
  '#6a1e74',
  '#ffc20e',
  '#e2231a',
];

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export function colourOf(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '#1cabe2';
}

/** A round top for the value axis: 1, 2 or 5 times a power of ten, at or above `max`. */
export function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** Five gridlines when they fall on round numbers (0, 100, … 500), else four (0, 50, … 200). */
export function tickCount(ceiling: number): number {
  const step = ceiling / 5;
  const leading = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5].some((nice) => Math.abs(leading - nice) < 1e-9) ? 5 : 4;
}

export interface BarSeries {
  name: string;
  values: readonly number[];
}

export interface BarChartOptions {
  /** Text alternative: what the chart shows, with its key figures. */
  label: string;
  categories: readonly string[];
  /** Stacked bottom to top, in this order. */
  series: readonly BarSeries[];
  /** Show every nth category label (1: all). */
  labelEvery?: number;
  format: (value: number) => string;
  width?: number;
  height?: number;
}

const FONT = "font-family=\"'Noto Sans', 'DejaVu Sans', Arial, sans-serif\"";

/** Vertical bars, stacked when there are several series, with the total above each bar. */
export function barChart(options: BarChartOptions): string {
  const width = options.width ?? 960;
  const height = options.height ?? 300;
  const margin = { top: 22, right: 8, bottom: 34, left: 52 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const totals = options.categories.map((_, index) =>
    options.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0),
  );
  const ceiling = niceCeiling(Math.max(0, ...totals));
  const slot = plotWidth / Math.max(1, options.categories.length);
  const barWidth = Math.max(2, slot * 0.72);
  const y = (value: number) => margin.top + plotHeight - (value / ceiling) * plotHeight;
  const parts: string[] = [];

  const ticks = tickCount(ceiling);
  for (let tick = 0; tick <= ticks; tick += 1) {
    const value = (ceiling / ticks) * tick;
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" stroke="#d8dde6" stroke-width="1"/>`,
      `<text x="${margin.left - 8}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end" font-size="13" fill="#5a6270">${escapeHtml(options.format(value))}</text>`,
    );
  }
  const labelEvery = options.labelEvery ?? 1;
  options.categories.forEach((category, index) => {
    const x = margin.left + slot * index + (slot - barWidth) / 2;
    let base = 0;
    options.series.forEach((series, seriesIndex) => {
      const value = series.values[index] ?? 0;
      if (value <= 0) return;
      const top = y(base + value);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(y(base) - top).toFixed(1)}" fill="${colourOf(seriesIndex)}"><title>${escapeHtml(`${category}, ${series.name}: ${options.format(value)}`)}</title></rect>`,
      );
      base += value;
    });
    const centre = (x + barWidth / 2).toFixed(1);
    if ((totals[index] ?? 0) > 0 && slot >= 24) {
      parts.push(
        `<text x="${centre}" y="${(y(base) - 5).toFixed(1)}" text-anchor="middle" font-size="12" fill="#1d2433">${escapeHtml(options.format(totals[index] ?? 0))}</text>`,
      );
    }
    if (index % labelEvery === 0) {
      parts.push(
        `<text x="${centre}" y="${height - margin.bottom + 18}" text-anchor="middle" font-size="13" fill="#5a6270">${escapeHtml(category)}</text>`,
      );
    }
  });
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(options.label)}" ${FONT} xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeHtml(options.label)}</title>${parts.join('')}</svg>`
  );
}

export interface ShareSlice {
  name: string;
  value: number;
}

/** One horizontal bar split by share (e.g. languages), each part labelled with its percentage. */
export function shareBar(
  label: string,
  slices: readonly ShareSlice[],
  colours: readonly string[],
): string {
  const width = 960;
  const height = 44;
  const total = slices.reduce((sum, slice) => sum + slice.value, 0);
  const parts: string[] = [];
  let x = 0;
  slices.forEach((slice, index) => {
    if (total === 0 || slice.value <= 0) return;
    const partWidth = (slice.value / total) * width;
    const percent = Math.round((slice.value / total) * 100);
    parts.push(
      `<rect x="${x.toFixed(1)}" y="0" width="${partWidth.toFixed(1)}" height="${height}" fill="${colours[index] ?? '#1cabe2'}"><title>${escapeHtml(`${slice.name}: ${percent} %`)}</title></rect>`,
    );
    if (partWidth > 70) {
      parts.push(
        `<text x="${(x + partWidth / 2).toFixed(1)}" y="28" text-anchor="middle" font-size="16" font-weight="600" fill="#ffffff">${escapeHtml(`${slice.name} ${percent} %`)}</text>`,
      );
    }
    x += partWidth;
  });
  if (parts.length === 0) {
    parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#eef1f5"/>`);
  }
  return (
    `<svg class="chart chart--share" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}" ${FONT} xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeHtml(label)}</title>${parts.join('')}</svg>`
  );
}
