import { stringify } from 'csv-stringify/sync';
import { reviewedMessage, type Locale, type Ratio } from '../core';
import type { FileResult } from './output';

/** cli.md: one row per finding, these columns, then a row per file that could not be read (rule file-error) */
const HEADER = ['path', 'unit', 'year', 'rule', 'severity', 'line', 'column', 'message', 'context'];

/**
 * `--format csv`, for a spreadsheet: UTF-8 with a BOM (Excel then shows Chinese), RFC 4180 (CRLF between records,
 * a field with a comma, a quote or a line break quoted). csv-stringify writes it: quoting is where hand-written CSV
 * goes wrong, and it is the csv project's own writer, without dependencies.
 */
export function formatCsv(results: readonly FileResult[], locale: Locale = 'zh-CN'): string {
  const rows: (string | number)[][] = [HEADER];
  for (const result of results) {
    const { report } = result;
    if (result.error !== undefined || !report) {
      rows.push([result.path, '', '', 'file-error', 'error', '', '', result.error ?? '', '']);
      continue;
    }
    for (const finding of result.findings) {
      const start = report.lines.positionAt(finding.span.start);
      rows.push([
        result.path, report.unitName ?? '', report.year?.year ?? '', finding.ruleId, finding.severity,
        start.line + 1, start.character + 1, reviewedMessage(finding, locale), report.lines.lines[start.line]?.text ?? '',
      ]);
    }
  }
  return csvText(rows);
}

/**
 * `--summary csv`: one row per report (README, CLI help). Counts leave reviewed findings out of their severity;
 * a share is a fraction 0 … 1 with four decimals; a figure the report does not state (or states unreadably) is an
 * empty field, never 0. An unreadable file is a row with its path and the reason in `error`.
 */
export const SUMMARY_HEADER = [
  'path', 'unit', 'year', 'format', 'script', 'errors', 'warnings', 'infos', 'hints', 'reviewed',
  'equations-held', 'equations-total', 'prose-mismatches', 'script-mixing', 'punctuation-width',
  'content-repeat', 'published', 'deadline', 'days-late',
  'new-requests', 'disclosed-share', 'reconsideration-corrected-share', 'litigation-corrected-share', 'error',
] as const;

export function formatSummaryCsv(results: readonly FileResult[]): string {
  const rows: (string | number)[][] = [[...SUMMARY_HEADER]];
  const share = (ratio: Pick<Ratio, 'share'> | undefined) => (ratio ? Number(ratio.share.toFixed(4)) : '');
  for (const result of results) {
    const { facts } = result;
    if (result.error !== undefined || !facts) {
      rows.push([result.path, ...Array<string>(SUMMARY_HEADER.length - 2).fill(''), result.error ?? '']);
      continue;
    }
    const { counts, applications, publication } = facts;
    rows.push([
      result.path, facts.unit ?? '', facts.year ?? '', facts.format, facts.script,
      counts.error, counts.warning, counts.info, counts.hint, counts.reviewed,
      facts.equations.held, facts.equations.total, facts.proseMismatches, facts.scriptMixing, facts.punctuation,
      share(facts.contentRepeat), publication?.date ?? '', publication?.deadline ?? '', publication?.daysLate ?? '',
      applications.newRequests ?? '', share(applications.disclosed), share(applications.reconsiderationCorrected), share(applications.litigationCorrected), '',
    ]);
  }
  return csvText(rows);
}

function csvText(rows: readonly (readonly (string | number)[])[]): string {
  // a line break inside a field must be quoted too, not only the record delimiter (RFC 4180 §2.6); the last record's
  // line break is the one the output adds after it
  return stringify(rows as (string | number)[][], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ }).replace(/\r\n$/, '');
}
