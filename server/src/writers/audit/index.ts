import { escapeHtml } from '../../core';
import { applicationCharts, findingsByRuleChart } from './charts';
import type { AuditEntry, AuditOptions } from './entry';
import { reportSection } from './report-section';
import { AUDIT_SCRIPT } from './script';
import { colon, say } from './strings';
import { AUDIT_STYLE } from './style';
import { auditTotals, summarySection } from './summary';
import { reportsTable } from './table';

export type { AuditEntry, AuditOptions } from './entry';
export { auditTotals, type AuditTotals } from './summary';

/**
 * The reviewer's audit page over a folder of checked reports (`gkreport check DIR --format html`): one
 * self-contained HTML page — inline CSS, one small inline script, SVG drawn here; nothing fetched, so it opens from
 * disk in any browser — with the summary, the sortable and filterable table of reports, the charts, and a section
 * per report with its findings and its tables in the official layout. Pure: it reads no file.
 */
export function auditPage(entries: readonly AuditEntry[], options: AuditOptions): string {
  const { locale } = options;
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  const title = say(locale, 'title');
  const generated = `${options.generated.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const nav = [['#summary', 'navSummary'], ['#list', 'navTable'], ['#charts', 'navCharts'], ['#reports-each', 'navReports']] as const;
  const nonce = options.nonce === undefined ? '' : ` nonce="${escapeHtml(options.nonce)}"`;
  const sections = entries.map((entry, index) => reportSection(entry, index, locale)).join('\n');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gkreport">
<title>${escapeHtml(title)}</title>
<style${nonce}>
${AUDIT_STYLE}
</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
<nav>${nav.map(([href, key]) => `<a href="${href}">${escapeHtml(say(locale, key))}</a>`).join('')}</nav>
<span class="muted">${escapeHtml(say(locale, 'generated') + colon(locale) + generated)}</span>
</header>
<main>
${summarySection(auditTotals(entries), locale)}
${reportsTable(entries, locale)}
<section id="charts" class="panel">
<h2>${escapeHtml(say(locale, 'charts'))}</h2>
${findingsByRuleChart(entries, locale)}
${applicationCharts(entries, locale)}
</section>
<div id="reports-each">
${sections || `<p class="muted">${escapeHtml(say(locale, 'noReports'))}</p>`}
</div>
</main>
<script${nonce}>
${AUDIT_SCRIPT}
</script>
</body>
</html>
`;
}
