import { findingCounts, msg, render, reviewedMessage, RULES, SHARED, type Finding, type Locale, type Report, type Severity } from '../core';
// the type only: the audit page's writer loads with the first page (dist/writers.js), not with the CLI
import type { AuditEntry } from '../writers/audit/entry';

/**
 * One checked file: what the audit page takes (its entry: path, report, findings, error, source, facts — the facts
 * computed only for the page and --summary csv), and the exported files that are this report again.
 */
export interface FileResult extends AuditEntry {
  /** the exported files of the same name that are this report again, not checked apart */
  readonly sameAs?: readonly string[];
}

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { line: number; column: number; endLine: number; endColumn: number; text: string };
  /** for an imported file: the text of the finding's line, to find it in the original */
  context?: string;
  /** a reviewer checked it (.gkreport-review.json): it keeps its severity and is counted apart (summary.reviewed) */
  reviewed?: { reason: string };
}

function range(report: Report, span: { start: number; end: number }) {
  const start = report.lines.positionAt(span.start);
  const end = report.lines.positionAt(span.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export function toJsonDiagnostic(report: Report, finding: Finding): JsonDiagnostic {
  const diagnostic: JsonDiagnostic = { rule: finding.ruleId, severity: finding.severity, message: finding.message, ...range(report, finding.span) };
  if (finding.fix) diagnostic.fix = { ...range(report, finding.fix.edit.span), text: finding.fix.edit.text };
  if (finding.reviewed) diagnostic.reviewed = { reason: finding.reviewed.reason };
  return diagnostic;
}

export function summarize(results: readonly FileResult[]) {
  // hints apart from infos (cli.md): an unfilled template's 200 cells to fill are hints, not 200 infos; what a reviewer
  // checked apart from all of them, and it sets no exit code
  const counts = findingCounts(results.flatMap((result) => result.findings));
  return { files: results.length, errors: counts.error, warnings: counts.warning, infos: counts.info, hints: counts.hint, reviewed: counts.reviewed };
}

function tablesOf(report: Report) {
  return report.tables.map((table) => ({
    table: table.kind === 'standard' ? table.spec.id : 'other',
    format: table.kind === 'standard' ? table.spec.era : null,
    layout: table.grid.layout,
    caption: table.grid.caption?.text ?? null,
    line: report.lines.positionAt(table.grid.span.start).line + 1,
    endLine: report.lines.positionAt(table.grid.span.end).line + 1,
    rows: table.kind === 'standard' ? table.rows.length : table.grid.rows.length,
  }));
}

export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((result) => ({
    path: result.path,
    format: result.report?.format ?? 'unknown',
    year: result.report?.year?.year ?? null,
    script: result.report?.script ?? 'simplified',
    source: result.source ?? 'text',
    diagnostics: result.report ? result.findings.map((finding) => withContext(result, toJsonDiagnostic(result.report!, finding))) : [],
    tables: result.report ? tablesOf(result.report) : [],
    ...(result.sameAs ? { sameAs: result.sameAs } : {}),
    ...(result.error ? { error: result.error } : {}),
  }));
  return JSON.stringify({ version: 1, files, summary: summarize(results) }, null, 2);
}

/** cli.md: a docx/html file's findings carry the text of their line (the lines are the imported text's) */
function withContext(result: FileResult, diagnostic: JsonDiagnostic): JsonDiagnostic {
  if (result.source === undefined || result.source === 'text' || !result.report) return diagnostic;
  return { ...diagnostic, context: result.report.lines.lines[diagnostic.line - 1]?.text ?? '' };
}

export function formatText(results: readonly FileResult[], locale: Locale): string {
  const lines: string[] = [];
  for (const result of results) {
    if (result.error) lines.push(`${result.path}: error ${result.error}`);
    for (const skipped of result.sameAs ?? []) lines.push(render(msg(SHARED.cli['same-report'], { skipped, checked: result.path }), locale));
    if (!result.report) continue;
    for (const finding of result.findings) {
      // a hint is a detail of a finding that is listed (全文有 201 处半角标点 → each mark): the editor fades it and
      // leaves it out of the Problems panel; here it is counted, not listed (JSON, SARIF and CSV have every one)
      if (finding.severity === 'hint') continue;
      const { line, column } = range(result.report, finding.span);
      lines.push(`${result.path}:${line}:${column}: ${finding.severity} ${finding.ruleId} ${reviewedMessage(finding, locale)}`);
    }
  }
  const summary = summarize(results);
  const counts = { files: summary.files, errors: summary.errors, warnings: summary.warnings, infos: summary.infos, hints: summary.hints };
  lines.push(render(summary.reviewed > 0 ? msg(SHARED.cli['summary-reviewed'], { ...counts, reviewed: summary.reviewed }) : msg(SHARED.cli.summary, counts), locale));
  if (results.some((result) => result.findings.some((finding) => finding.severity === 'hint'))) lines.push(render(msg(SHARED.cli['hints-apart']), locale));
  return lines.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(results: readonly FileResult[], version: string, locale: Locale): string {
  const rules = RULES.map((rule) => ({
    id: rule.meta.id,
    // the rule's display name first, as in the editor (全角标点：中文之间使用了半角标点)
    shortDescription: { text: locale === 'en' ? `${rule.meta.name.en}: ${rule.meta.description.en}` : `${rule.meta.name.zh}：${rule.meta.description.zh}` },
    defaultConfiguration: { level: SARIF_LEVEL[rule.meta.defaultSeverity] },
  }));
  const sarifResults = results.flatMap((result) => {
    if (!result.report) return [];
    return result.findings.map((finding) => {
      const { line, column, endLine, endColumn } = range(result.report!, finding.span);
      return {
        ruleId: finding.ruleId,
        level: SARIF_LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: result.path.split('\\').join('/') },
            region: { startLine: line, startColumn: column, endLine, endColumn },
          },
        }],
        // SARIF 2.1.0 §3.35: a result a reviewer accepted, recorded outside the report (.gkreport-review.json)
        ...(finding.reviewed ? { suppressions: [{ kind: 'external', status: 'accepted', justification: finding.reviewed.reason }] } : {}),
      };
    });
  });
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'gkreport', version, informationUri: 'https://www.npmjs.com/package/gkreport', rules } }, results: sarifResults }],
  }, null, 2);
}
