import { escapeHtml, renderReportTables, type Finding, type Locale, type Report } from '../../core';
import { entryName, percent, ruleName, sectionId, severityBadge, type AuditEntry } from './entry';
import { aside, colon, say } from './strings';

/**
 * One report: its heading (unit, year, path), its findings with the text of their line (hints folded away: an
 * unfilled template has hundreds), and its tables in the official layout with the cells under an error or a warning
 * marked. A <section>, never <article class="gkr-report">: the web-page reader takes that for an exported report.
 */
export function reportSection(entry: AuditEntry, index: number, locale: Locale): string {
  const name = entryName(entry);
  const year = entry.facts?.year ?? entry.report?.year?.year;
  const heading = `<h2>${escapeHtml(name)}${year === undefined ? '' : ` <span class="year">${year}</span>`}</h2>`;
  const meta = [`<span>${escapeHtml(say(locale, 'path'))}${colon(locale)}<code>${escapeHtml(entry.path)}</code></span>`];
  if (entry.source === 'docx' || entry.source === 'html') meta.push(`<span>${escapeHtml(say(locale, entry.source === 'docx' ? 'sourceDocx' : 'sourceHtml'))}</span>`);
  const report = entry.error === undefined ? entry.report : undefined;
  if (report) meta.push(`<span>${escapeHtml(say(locale, 'format'))}${colon(locale)}${escapeHtml(report.format === 'unknown' ? say(locale, 'unknownFormat') : say(locale, 'formatEra', { era: report.format }))}</span>`);
  if (entry.facts?.contentRepeat) meta.push(`<span>${escapeHtml(say(locale, 'repeat'))} ${percent(entry.facts.contentRepeat.share)}${escapeHtml(aside(locale, say(locale, 'previous', { name: entry.facts.contentRepeat.previous })))}</span>`);
  if (report && !report.isAnnualReport) meta.push(`<span>${escapeHtml(say(locale, 'notAnnual'))}</span>`);
  const body = entry.error !== undefined
    ? `<p class="file-error">${severityBadge('error', locale)} ${escapeHtml(say(locale, 'unreadable'))}${colon(locale)}${escapeHtml(entry.error)}</p>`
    : report ? `${findingsHtml(report, entry.findings, locale)}\n${tablesHtml(report, entry.findings, locale)}` : '';
  return `<section id="${sectionId(index)}" class="panel audit-report" data-path="${escapeHtml(entry.path)}">
${heading}
<p class="meta">${meta.join('')}</p>
${body}
<p class="back"><a href="#list">↑ ${escapeHtml(say(locale, 'backToTop'))}</a></p>
</section>`;
}

/**
 * Hints listed per report at most: a pasted text with hundreds of half-width marks has a hint for each (and one
 * warning that counts them), and listing them all would make most of a folder's page.
 */
const MAX_HINTS = 100;

function findingsHtml(report: Report, findings: readonly Finding[], locale: Locale): string {
  if (findings.length === 0) return `<p class="ok">${escapeHtml(say(locale, 'noFindings'))}</p>`;
  const shown = findings.filter((finding) => finding.severity !== 'hint' || finding.reviewed);
  const hints = findings.filter((finding) => finding.severity === 'hint' && !finding.reviewed);
  const head = `<thead><tr><th scope="col">${escapeHtml(say(locale, 'severity'))}</th><th scope="col">${escapeHtml(say(locale, 'rule'))}</th><th scope="col" class="n">${escapeHtml(say(locale, 'line'))}</th><th scope="col">${escapeHtml(say(locale, 'message'))}</th><th scope="col">${escapeHtml(say(locale, 'lineText'))}</th></tr></thead>`;
  // in a narrow window (the webview beside a report) the table scrolls sideways rather than squeeze the line's text
  const table = (list: readonly Finding[]) => `<div class="scroll"><table class="grid findings">${head}<tbody>\n${list.map((finding) => findingRow(report, finding, locale)).join('\n')}\n</tbody></table></div>`;
  const main = shown.length > 0 ? table(shown) : '';
  const listed = hints.slice(0, MAX_HINTS);
  const rest = hints.length > listed.length ? `<p class="muted">${escapeHtml(say(locale, 'hintsCut', { shown: listed.length }))}</p>` : '';
  const folded = hints.length > 0 ? `<details class="hints"><summary>${escapeHtml(say(locale, 'moreHints', { count: hints.length }))}</summary>${table(listed)}${rest}</details>` : '';
  return `<h3>${escapeHtml(say(locale, 'findings') + aside(locale, String(findings.filter((finding) => !finding.reviewed).length)))}</h3>\n${main}${folded}`;
}

function findingRow(report: Report, finding: Finding, locale: Locale): string {
  const position = report.lines.positionAt(finding.span.start);
  const line = report.lines.lines[position.line]?.text ?? '';
  const reviewed = finding.reviewed ? ` <span class="reviewed">${escapeHtml(say(locale, 'reviewedMark', { reason: finding.reviewed.reason }))}</span>` : '';
  return `<tr${finding.reviewed ? ' class="is-reviewed"' : ''}><td>${severityBadge(finding.severity, locale)}</td><td>${escapeHtml(ruleName(finding.ruleId, locale))}<div class="rule-id">${escapeHtml(finding.ruleId)}</div></td><td class="n" data-line="${position.line + 1}">${position.line + 1}</td><td>${escapeHtml(finding.message)}${reviewed}</td><td class="context">${escapeHtml(line.trim())}</td></tr>`;
}

/** the tables as the template lays them out; a cell is marked when an open error or warning lies inside it */
function tablesHtml(report: Report, findings: readonly Finding[], locale: Locale): string {
  if (report.tables.length === 0) return '';
  const failing = findings.filter((finding) => !finding.reviewed && (finding.severity === 'error' || finding.severity === 'warning'));
  const rendered = renderReportTables(report, failing);
  const tables = rendered.length === 0 ? `<p class="muted">${escapeHtml(say(locale, 'noTables'))}</p>` : rendered.map((table) => `<div class="table-wrap">${table.html}</div>`).join('\n');
  return `<h3>${escapeHtml(say(locale, 'tables'))}</h3>\n${tables}`;
}
