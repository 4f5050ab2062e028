// Runs in: main process (also Node tools). The report page's style sheet, inlined into report.html:
// a calm document on screen, and A4 pages on paper (charts keep their colours, sections and table
// rows are not split across pages).
export const REPORT_STYLE = `
:root { color-scheme: light; --ink: #1d2433; --muted: #5a6270; --line: #d8dde6; --cyan: #1cabe2; --paper: #ffffff; }
* { box-sizing: border-box; }
html { background: #eef1f5; }
body { margin: 0; color: var(--ink); font: 16px/1.5 'Noto Sans', 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; }
.report { max-width: 1040px; margin: 32px auto; padding: 40px 48px; background: var(--paper); border-top: 8px solid var(--cyan); box-shadow: 0 2px 12px rgb(0 0 0 / 8%); }
.eyebrow { margin: 0; color: var(--cyan); font-weight: 700; letter-spacing: 0.02em; }
h1 { margin: 4px 0 8px; font-size: 34px; line-height: 1.2; }
h2 { margin: 0 0 8px; font-size: 22px; }
h3 { margin: 16px 0 6px; font-size: 16px; }
.lede { margin: 0; font-size: 18px; }
.generated, .hint { margin: 4px 0 12px; color: var(--muted); font-size: 14px; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin: 28px 0; }
.figure { padding: 14px 16px; border-radius: 8px; background: #e8f6fc; }
.figure dt { color: var(--muted); font-size: 14px; }
.figure dd { margin: 2px 0 0; font-size: 30px; font-weight: 700; line-height: 1.2; }
.section { margin: 32px 0 0; padding-top: 24px; border-top: 1px solid var(--line); }
.chart { display: block; width: 100%; height: auto; margin: 8px 0 12px; }
.chart--share { border-radius: 6px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 20px; margin: 0 0 4px; padding: 0; list-style: none; font-size: 14px; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 8px; border-radius: 2px; vertical-align: -1px; }
.table { width: 100%; border-collapse: collapse; font-size: 14px; }
.table th, .table td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
.table thead th { color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); }
.table tbody th { font-weight: 600; }
.table .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.table--hours th, .table--hours td { padding: 4px 5px; font-size: 13px; }
.table--hours tr:nth-child(2) td, .table--hours tr:nth-child(4) td { font-weight: 600; }
.table--hours tr:nth-child(2) th, .table--hours tr:nth-child(2) td { border-bottom-width: 2px; }
.rank { color: var(--muted); width: 2.5em; }
.bar-cell { width: 30%; }
.bar { display: block; height: 12px; border-radius: 3px; background: var(--cyan); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.notes { margin: 0; padding-left: 20px; color: var(--muted); font-size: 14px; }
.notes li + li { margin-top: 4px; }
@media (max-width: 720px) {
  .report { margin: 0; padding: 24px 16px; }
  .figures { grid-template-columns: repeat(2, 1fr); }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  html { background: none; }
  body { font-size: 10pt; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .report { max-width: none; margin: 0; padding: 0; border-top: 6px solid var(--cyan); box-shadow: none; }
  h1 { font-size: 22pt; margin-top: 8px; }
  h2 { font-size: 14pt; break-after: avoid; }
  .figures { margin: 16px 0; gap: 8px; }
  .figure { padding: 8px 10px; }
  .figure dd { font-size: 18pt; }
  .section { margin-top: 18px; padding-top: 12px; break-inside: avoid; }
  #days, #heroes { break-inside: auto; }
  .table { font-size: 9pt; }
  .table th, .table td { padding: 3px 6px; }
  .bar-cell { width: 18%; }
  .table--heroes tbody th { white-space: nowrap; }
  tr, .chart, .legend { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
