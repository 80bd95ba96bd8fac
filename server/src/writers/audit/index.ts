import { escapeHtml } from '../../core';
import { htmlPage, nonceAttribute } from '../shell/html-page';
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
  const nonce = nonceAttribute(options.nonce);
  const sections = entries.map((entry, index) => reportSection(entry, index, locale)).join('\n');
  const body = `<header class="top">
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
</script>`;
  return htmlPage({ lang, title, style: AUDIT_STYLE, body, ...(options.nonce === undefined ? {} : { nonce: options.nonce }) });
}
