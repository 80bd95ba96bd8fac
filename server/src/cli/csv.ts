import { stringify } from 'csv-stringify/sync';
import { reviewedMessage, type Locale } from '../core';
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
  // a line break inside a field must be quoted too, not only the record delimiter (RFC 4180 §2.6); the last record's
  // line break is the one the output adds after it
  return stringify(rows, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ }).replace(/\r\n$/, '');
}
