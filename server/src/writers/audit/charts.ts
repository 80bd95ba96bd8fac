import { displayWidth, escapeHtml, type Locale, type Ratio, type Severity } from '../../core';
import { entryName, openFindings, percent, ruleName, type AuditEntry } from './entry';
import { aside, colon, countOf, say } from './strings';

/**
 * The charts, drawn here as SVG: a horizontal bar chart is a label, a rect and a figure per row, and a chart
 * library would bring a runtime, a network fetch or a build step to a page that must open from disk.
 */
interface Bar {
  readonly label: string;
  /** written after the label, never cut off (a unit's year) */
  readonly suffix?: string;
  /** segments left to right; none when the figure is not known */
  readonly segments?: readonly { readonly value: number; readonly tone: string }[];
  /** the figure written after the bar (or why there is none) */
  readonly figure: string;
}

const ROW = 22;
const LABEL_WIDTH = 210;
const BAR_WIDTH = 260;
const FIGURE_WIDTH = 130;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + FIGURE_WIDTH;
/** display columns of a bar's label (a Han character is two): what fits left of the bars */
const MAX_LABEL = 30;

/** the text, or its start and "…" when wider than `columns` */
function cutToWidth(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let cut = '';
  for (const character of text) {
    if (displayWidth(cut + character) > columns - 1) break;
    cut += character;
  }
  return `${cut}…`;
}

function barChart(title: string, bars: readonly Bar[], max: number, locale: Locale): string {
  const height = bars.length * ROW + 8;
  const scale = (value: number) => (max > 0 ? (value / max) * BAR_WIDTH : 0);
  const rows = bars.map((bar, index) => {
    const y = index * ROW + 4;
    const cut = cutToWidth(bar.label, MAX_LABEL);
    const label = bar.suffix ? `${cut} ${bar.suffix}` : cut;
    const full = bar.suffix ? `${bar.label} ${bar.suffix}` : bar.label;
    let x = LABEL_WIDTH;
    const rects = (bar.segments ?? []).map((segment) => {
      const width = scale(segment.value);
      const rect = `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${Math.max(width, segment.value > 0 ? 1 : 0).toFixed(1)}" height="${ROW - 8}" class="${segment.tone}"/>`;
      x += width;
      return rect;
    }).join('');
    const figureX = bar.segments ? x + 6 : LABEL_WIDTH;
    return `<g><title>${escapeHtml(`${full}${colon(locale)}${bar.figure}`)}</title><text x="${LABEL_WIDTH - 8}" y="${y + ROW / 2 + 1}" class="lbl" text-anchor="end" dominant-baseline="middle">${escapeHtml(label)}</text>${rects}<text x="${figureX.toFixed(1)}" y="${y + ROW / 2 + 1}" class="${bar.segments ? 'val' : 'val na'}" dominant-baseline="middle">${escapeHtml(bar.figure)}</text></g>`;
  }).join('\n');
  return `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption>
<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(title)}">
<line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}" class="axis"/>
${rows}
</svg></figure>`;
}

const STACKED: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings by rule over every report, stacked by severity (errors first), the most frequent rule on top. */
export function findingsByRuleChart(entries: readonly AuditEntry[], locale: Locale): string {
  const byRule = new Map<string, Record<Severity, number>>();
  for (const entry of entries) {
    for (const finding of openFindings(entry)) {
      if (finding.severity === 'hint') continue;
      const counts = byRule.get(finding.ruleId) ?? { error: 0, warning: 0, info: 0, hint: 0 };
      counts[finding.severity]++;
      byRule.set(finding.ruleId, counts);
    }
  }
  const total = (counts: Record<Severity, number>) => counts.error + counts.warning + counts.info;
  const ranked = [...byRule].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  if (ranked.length === 0) return `<figure class="chart"><figcaption>${escapeHtml(say(locale, 'byRule'))}</figcaption><p class="ok">${escapeHtml(say(locale, 'noFindings'))}</p></figure>`;
  const bars: Bar[] = ranked.map(([ruleId, counts]) => {
    const name = ruleName(ruleId, locale);
    const parts = STACKED.filter((severity) => counts[severity] > 0).map((severity) => countOf(locale, severity, counts[severity]));
    return {
      label: name,
      segments: STACKED.map((severity) => ({ value: counts[severity], tone: `bar-${severity}` })),
      figure: parts.length === 1 ? parts[0] : `${total(counts)}${aside(locale, parts.join(' · '))}`,
    };
  });
  const legend = STACKED.map((severity) => `<span class="key"><span class="swatch bar-${severity}"></span>${escapeHtml(say(locale, severity))}</span>`).join('');
  return `${barChart(say(locale, 'byRule'), bars, Math.max(...ranked.map(([, counts]) => total(counts))), locale)}\n<p class="legend">${legend}</p>`;
}

/**
 * The 依申请 figures units are compared by, one chart each: 本年新收, the share disclosed in full or in part, the
 * shares of reconsideration and litigation cases corrected. A unit whose figure is not stated has no bar, and says so.
 */
export function applicationCharts(entries: readonly AuditEntry[], locale: Locale): string {
  // the 2008 format has no 表三 or 表四: its reports have nothing to compare here
  const reports = entries.filter((entry) => entry.facts && entry.error === undefined && entry.report?.isAnnualReport && (entry.facts.format === '2019' || entry.facts.format === '2021'));
  const figures = reports.map((entry) => ({ name: entryName(entry), year: entry.facts!.year, figures: entry.facts!.applications }));
  if (!figures.some(({ figures: known }) => Object.keys(known).length > 0)) {
    return `<h3>${escapeHtml(say(locale, 'applications'))}</h3><p class="muted">${escapeHtml(say(locale, 'noFigures'))}</p>`;
  }
  const notStated = say(locale, 'notStated');
  const counts = barChart(say(locale, 'newRequests'), figures.map(({ name, year, figures: known }) => (known.newRequests === undefined
    ? { label: name, suffix: yearText(year), figure: notStated }
    : { label: name, suffix: yearText(year), segments: [{ value: known.newRequests, tone: 'bar-count' }], figure: String(known.newRequests) })),
  Math.max(0, ...figures.map(({ figures: known }) => known.newRequests ?? 0)), locale);
  const shares = (title: string, pick: (known: (typeof figures)[number]['figures']) => Ratio | undefined) => barChart(title, figures.map(({ name, year, figures: known }) => {
    const ratio = pick(known);
    return ratio
      ? { label: name, suffix: yearText(year), segments: [{ value: ratio.share, tone: 'bar-share' }], figure: `${percent(ratio.share)}${aside(locale, `${ratio.part}/${ratio.whole}`)}` }
      : { label: name, suffix: yearText(year), figure: notStated };
  }), 1, locale);
  return `<h3>${escapeHtml(say(locale, 'applications'))}</h3>
<div class="chart-grid">
${counts}
${shares(say(locale, 'disclosedShare'), (known) => known.disclosed)}
${shares(say(locale, 'reconsiderationShare'), (known) => known.reconsiderationCorrected)}
${shares(say(locale, 'litigationShare'), (known) => known.litigationCorrected)}
</div>`;
}

/** a unit's year beside its name: a folder holds several years of one unit */
const yearText = (year: number | undefined) => (year === undefined ? undefined : String(year));
