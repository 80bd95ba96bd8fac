import { escapeHtml, findingCounts, type FindingCounts, type Locale } from '../../core';
import { SEVERITIES, type AuditEntry } from './entry';
import { say } from './strings';

export interface AuditTotals {
  readonly reports: number;
  readonly unreadable: number;
  /** the readable reports by format: 2021, 2019, 2008, unknown */
  readonly byFormat: Readonly<Record<string, number>>;
  readonly counts: FindingCounts;
  readonly equations: { readonly held: number; readonly total: number };
  readonly late: number;
  /** annual reports that state no publication date */
  readonly undated: number;
}

const FORMATS = ['2021', '2019', '2008', 'unknown'] as const;

/** The whole folder's figures: what the summary shows, and what the tests compare with hand-counted values. */
export function auditTotals(entries: readonly AuditEntry[]): AuditTotals {
  const read = entries.filter((entry) => entry.report && entry.error === undefined);
  const byFormat = Object.fromEntries(FORMATS.map((format) => [format, read.filter((entry) => entry.report!.format === format).length]));
  const counts = { error: 0, warning: 0, info: 0, hint: 0, reviewed: 0 };
  for (const entry of read) {
    const own = entry.facts?.counts ?? findingCounts(entry.findings);
    for (const key of [...SEVERITIES, 'reviewed'] as const) counts[key] += own[key];
  }
  const equations = { held: 0, total: 0 };
  for (const entry of read) {
    equations.held += entry.facts?.equations.held ?? 0;
    equations.total += entry.facts?.equations.total ?? 0;
  }
  return {
    reports: entries.length,
    unreadable: entries.length - read.length,
    byFormat,
    counts,
    equations,
    late: read.filter((entry) => (entry.facts?.publication?.daysLate ?? 0) > 0).length,
    undated: read.filter((entry) => entry.report!.isAnnualReport && entry.facts && !entry.facts.publication).length,
  };
}

/** The summary: four cards of figures, each with its words (data-total names the figure for the tests and scripts). */
export function summarySection(totals: AuditTotals, locale: Locale): string {
  const figure = (name: string, value: number, label: string, tone = '') =>
    `<div class="fig${tone ? ` ${tone}` : ''}"><span class="num" data-total="${name}">${value}</span><span class="lbl">${escapeHtml(label)}</span></div>`;
  const formatLabel = (format: string) => (format === 'unknown' ? say(locale, 'unknownFormat') : say(locale, 'formatEra', { era: format }));
  const formats = FORMATS.filter((format) => totals.byFormat[format] > 0)
    .map((format) => figure(`format-${format}`, totals.byFormat[format], formatLabel(format))).join('');
  const failed = totals.equations.total - totals.equations.held;
  return `<section id="summary" class="panel">
<h2>${escapeHtml(say(locale, 'summary'))}</h2>
<div class="cards">
<div class="card"><h3>${escapeHtml(say(locale, 'reports'))}</h3>
<div class="big"><span class="num" data-total="reports">${totals.reports}</span></div>
<div class="figs">${formats}${totals.unreadable > 0 ? figure('unreadable', totals.unreadable, say(locale, 'unreadable'), 'tone-error') : ''}</div></div>
<div class="card"><h3>${escapeHtml(say(locale, 'findings'))}</h3>
<div class="figs">${figure('errors', totals.counts.error, say(locale, 'error'), totals.counts.error > 0 ? 'tone-error' : '')}${figure('warnings', totals.counts.warning, say(locale, 'warning'), totals.counts.warning > 0 ? 'tone-warning' : '')}${figure('infos', totals.counts.info, say(locale, 'info'))}${figure('hints', totals.counts.hint, say(locale, 'hint'))}${figure('reviewed', totals.counts.reviewed, say(locale, 'reviewed'))}</div></div>
<div class="card"><h3>${escapeHtml(say(locale, 'equations'))}</h3>
<div class="big"><span class="num" data-total="equations-held">${totals.equations.held}</span><span class="of">/ <span class="num" data-total="equations-total">${totals.equations.total}</span> ${escapeHtml(say(locale, 'held'))}</span></div>
<div class="figs">${figure('equations-failed', failed, say(locale, 'failed'), failed > 0 ? 'tone-error' : '')}</div></div>
<div class="card"><h3>${escapeHtml(say(locale, 'late'))}</h3>
<div class="big"><span class="num" data-total="late">${totals.late}</span></div>
<div class="figs"><div class="fig"><span class="lbl">${escapeHtml(say(locale, 'lateNote'))}</span></div>${totals.undated > 0 ? figure('undated', totals.undated, say(locale, 'noDate')) : ''}</div></div>
</div>
</section>`;
}
