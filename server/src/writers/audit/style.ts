/**
 * The page's CSS: the system's CJK sans faces (nothing fetched), figures in tabular digits and right-aligned,
 * severity as a word in a coloured badge (never colour alone), a marked table cell also carrying a sign, and a
 * print layout without the controls, each report from a new page. It sets what a host's default styles would
 * otherwise decide (a VS Code webview puts its own before the page's: body padding, link and code colours), so the
 * page looks the same in a browser and in the editor.
 */
export const AUDIT_STYLE = `:root {
  --ink: #1b1f24; --muted: #5b6470; --line: #d5d9de; --soft: #f4f6f8; --accent: #1f4e8c;
  --error: #b3261e; --error-bg: #fdecea; --warning: #8a5300; --warning-bg: #fff3d6; --info: #1f5fa8; --info-bg: #e8f0fb; --hint: #5b6470; --hint-bg: #eef0f2;
}
* { box-sizing: border-box; }
html { scroll-padding-top: 4.5rem; }
body { margin: 0; padding: 0; color: var(--ink); background: #fff; font: 14px/1.55 -apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
code { font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; color: inherit; background: none; padding: 0; }
a { color: var(--accent); text-decoration: none; }
a:hover { color: var(--accent); text-decoration: underline; }
.top { position: sticky; top: 0; z-index: 10; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.4rem 1.5rem; padding: 0.7rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); box-shadow: 0 1px 3px rgba(0,0,0,0.04); }
.top h1 { margin: 0; font-size: 18px; font-weight: 600; letter-spacing: 0.02em; }
.top nav { display: flex; gap: 1rem; }
.top .muted { margin-left: auto; }
main { max-width: 1280px; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
.panel { margin: 1.25rem 0 2rem; }
.panel > h2 { margin: 0 0 0.75rem; font-size: 17px; font-weight: 600; padding-bottom: 0.35rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 15px; font-weight: 600; margin: 1.2rem 0 0.5rem; }
.muted { color: var(--muted); }
.num, td.n, th.n, .val, .figs { font-variant-numeric: tabular-nums; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 0.9rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem 1rem; background: var(--soft); }
.card h3 { margin: 0 0 0.35rem; font-size: 13px; font-weight: 600; color: var(--muted); }
.card .big { font-size: 30px; font-weight: 600; line-height: 1.2; }
.card .big .of { font-size: 15px; font-weight: 400; color: var(--muted); margin-left: 0.3rem; }
.figs { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; margin-top: 0.35rem; }
.fig .num { font-weight: 600; margin-right: 0.25rem; }
.fig .lbl { color: var(--muted); }
.tone-error, .fig.tone-error .num { color: var(--error); font-weight: 600; }
.tone-warning, .fig.tone-warning .num { color: var(--warning); font-weight: 600; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 0 0 0.6rem; }
.controls input[type=search] { width: 18rem; padding: 0.3rem 0.5rem; border: 1px solid var(--line); border-radius: 4px; font: inherit; }
.controls select { padding: 0.25rem 0.4rem; font: inherit; }
.scroll { overflow-x: auto; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid th, table.grid td { padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
table.grid thead th { background: #fff; border-bottom: 2px solid var(--ink); font-weight: 600; vertical-align: bottom; }
table.grid th.n, table.grid td.n { text-align: right; }
table.grid tbody tr:hover { background: #f7f9fb; }
#reports th button { all: unset; cursor: pointer; }
#reports th button::after { content: "\\00a0↕"; color: #aab; font-size: 11px; }
#reports th[aria-sort=ascending] button::after { content: "\\00a0↑"; color: var(--ink); }
#reports th[aria-sort=descending] button::after { content: "\\00a0↓"; color: var(--ink); }
#reports td:first-child { min-width: 12rem; }
#reports td:last-child { white-space: nowrap; }
.path { color: var(--muted); font-size: 0.86em; word-break: break-all; }
.na { color: #9aa2ac; }
.file-error { color: var(--error); }
.sev { display: inline-block; padding: 0 0.4rem; border-radius: 3px; font-size: 12px; line-height: 1.6; font-weight: 600; white-space: nowrap; border: 1px solid currentColor; }
.sev-error { color: var(--error); background: var(--error-bg); }
.sev-warning { color: var(--warning); background: var(--warning-bg); }
.sev-info { color: var(--info); background: var(--info-bg); }
.sev-hint { color: var(--hint); background: var(--hint-bg); }
.chart-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(600px, 1fr)); gap: 0.5rem 2rem; }
figure.chart { margin: 0.5rem 0 1rem; }
figure.chart figcaption { font-weight: 600; margin-bottom: 0.3rem; }
figure.chart svg { max-width: 100%; height: auto; }
svg .lbl { font-size: 12.5px; fill: var(--ink); }
svg .val { font-size: 12px; fill: var(--ink); }
svg .val.na { fill: #9aa2ac; }
svg .axis { stroke: var(--muted); stroke-width: 1; }
.bar-error { fill: var(--error); background: var(--error); }
.bar-warning { fill: #d99a1e; background: #d99a1e; }
.bar-info { fill: #6b9bd6; background: #6b9bd6; }
.bar-count { fill: #3d6fae; }
.bar-share { fill: #2f8a6b; }
.legend { display: flex; gap: 1.2rem; margin: -0.4rem 0 1rem; color: var(--muted); }
.swatch { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: -0.05rem; border-radius: 2px; }
.audit-report { border-top: 1px solid var(--line); padding-top: 0.25rem; }
.audit-report > h2 { border-bottom: none; font-size: 18px; }
.audit-report .year { color: var(--muted); font-weight: 400; margin-left: 0.4rem; }
.meta { display: flex; flex-wrap: wrap; gap: 0.2rem 1.5rem; color: var(--muted); margin: -0.3rem 0 0.6rem; }
.ok { color: #2f7d4f; }
table.findings { table-layout: fixed; min-width: 46rem; }
table.findings th:nth-child(1) { width: 5rem; }
table.findings th:nth-child(2) { width: 9.5rem; }
table.findings th:nth-child(3) { width: 3.5rem; }
table.findings th:nth-child(4) { width: 42%; }
table.findings td { overflow-wrap: anywhere; }
table.findings td.context { color: var(--muted); }
table.findings .rule-id { color: var(--muted); font-size: 11.5px; }
table.findings tr.is-reviewed td { color: var(--muted); }
.reviewed { display: inline-block; margin-left: 0.4rem; padding: 0 0.35rem; border: 1px dashed var(--muted); border-radius: 3px; font-size: 12px; }
details.hints { margin: 0.5rem 0; }
details.hints summary { cursor: pointer; color: var(--muted); }
.table-wrap { overflow-x: auto; margin: 0.6rem 0 1rem; }
.gkr-table { border-collapse: collapse; font-size: 12.5px; line-height: 1.4; }
.gkr-table caption { text-align: left; margin-bottom: 0.3rem; color: var(--muted); white-space: nowrap; }
.gkr-table th, .gkr-table td { border: 1px solid #444; padding: 3px 6px; vertical-align: middle; }
.gkr-table th { font-weight: normal; background: var(--soft); text-align: center; }
.gkr-table.gkr-t3 th, .gkr-table.gkr-t2 th { text-align: left; }
.gkr-table tr:first-child th { text-align: center; }
.gkr-table td { text-align: center; min-width: 2.5em; font-variant-numeric: tabular-nums; }
.gkr-table td.gkr-number { text-align: right; }
.gkr-table .gkr-unfilled { color: var(--muted); background: var(--hint-bg); }
.gkr-table td.gkr-error { background: var(--error-bg); outline: 2px solid var(--error); outline-offset: -2px; color: var(--error); font-weight: 600; cursor: help; }
.gkr-table td.gkr-warning { background: var(--warning-bg); outline: 2px dashed var(--warning); outline-offset: -2px; cursor: help; }
.gkr-table td.gkr-error::before { content: "✗ "; font-size: 10px; }
.gkr-table td.gkr-warning::before { content: "! "; font-size: 10px; font-weight: 700; color: var(--warning); }
.gkr-notes { margin: 0.3rem 0 0; padding-left: 1.2rem; font-size: 12.5px; }
.gkr-notes .gkr-error { color: var(--error); }
.gkr-notes .gkr-warning { color: var(--warning); }
.back { font-size: 12.5px; }
@media print {
  .top { position: static; box-shadow: none; }
  .top nav, .controls, .back { display: none; }
  main { max-width: none; padding: 0; }
  body { font-size: 11px; }
  .scroll, .table-wrap { overflow: visible; }
  #reports td:first-child, table.findings { min-width: 0; }
  #reports th button::after { content: none; }
  table.grid th, table.grid td { padding: 0.2rem 0.35rem; }
  .audit-report { break-before: page; border-top: none; }
  .table-wrap, figure.chart { break-inside: avoid; }
  a { color: inherit; }
  details.hints > :not(summary) { display: none; }
}`;
