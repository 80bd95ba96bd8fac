import { DEFAULT_CONFIG, type Config } from './config';
import { lint, type Finding, type LintOptions } from './lint';
import { render } from './messages';
import type { Severity } from './rules/define';
import { toHalfWidth } from './text/fold';
import { LineIndex as Lines } from './text/line-index';
import type { RuleContext } from './rules/define';
import type { Report } from './model/types';
import { parseReport } from './parse/report';
import { clearConversionCache } from './text/fold';
import { clearCellCache } from './text/numbers';
import { clearTableCache } from './parse/table-cache';
import { clearHeadingCache } from './parse/headings';
import { clearSentenceCache } from './prose/quantities';

export { DEFAULT_CONFIG, configSchema, mergeConfigs, resolveConfig, type Config, type ConfigProblem } from './config';
export { applyEdits, fixAll, lint, minimalEdit, type Finding, type Fix, type LintOptions } from './lint';
export { normalizeLocale, render, type Locale } from './messages';
export type { Position, Span, TextEdit } from './model/span';
export type * from './model/types';
export { parseReport, type ParseOptions } from './parse/report';
export { describeEvaluation } from './reconcile/describe';
export { describeProseAt } from './prose/describe';
export { equationInstances, evaluate, type EquationInstance, type Evaluation } from './reconcile/equations';
export { RULES, ruleById } from './rules';
export type { Rule, RuleContext, RuleMeta, Severity, SeveritySetting } from './rules/define';
export { ERAS, eraForYear } from './formats';
export type { EraId, EraSpec, TableSpec, RowSpec, ColumnSpec, SectionSpec, EquationSpec } from './formats/schema';
export { renderTable } from './formats/render';
export { LineIndex } from './text/line-index';
export { numericValue, parseCellValue } from './text/numbers';
export { convertDocument } from './script/artifacts';
export { buildSnippets, TAB_STOPS, type Snippet, type SnippetFill } from './authoring/snippets';
export { reportTemplate, PLACEHOLDER, type TemplateOptions } from './authoring/templates';
export { configJsonSchema } from './authoring/schema';
export { parseDirectives } from './suppress';

export interface Analysis {
  readonly report: Report;
  readonly findings: Finding[];
  /** why the document was not checked in full */
  readonly limited?: 'binary' | 'too-large';
}

/** Empties the caches that survive between checks (converted lines, parsed cells, recognised tables, prose sentences, headings): for measuring a cold check. */
export function clearCaches(): void {
  clearConversionCache();
  clearCellCache();
  clearTableCache();
  clearSentenceCache();
  clearHeadingCache();
}

/** Parse once, run every rule: what the CLI, the server and the tests call. */
export function analyze(text: string, config: Config = DEFAULT_CONFIG, context: RuleContext = {}, options: LintOptions = {}): Analysis {
  if (looksBinary(text)) return { report: plainReport(''), findings: [], limited: 'binary' };
  const limit = config.maxFileSize ?? DEFAULT_CONFIG.maxFileSize!;
  if (text.length > limit) {
    const report = plainReport(text);
    const findings = lint(report, config, context, { ...options, cheapOnly: true });
    if (config.rules['file-too-large'] !== 'off') {
      const first = report.lines.lines[0];
      findings.unshift({
        ruleId: 'file-too-large',
        severity: (config.rules['file-too-large'] as Severity | undefined) ?? 'info',
        message: render({ key: 'file-too-large/message', params: { size: text.length, limit } }, config.locale),
        span: { start: first.start, end: first.end },
      });
    }
    return { report, findings, limited: 'too-large' };
  }
  const report = parseReport(text, { format: config.format });
  return { report, findings: lint(report, config, context, options) };
}

/** NUL characters, or mostly replacement characters (bytes that were not text): not a report. */
export function looksBinary(text: string): boolean {
  // a slice, not the text itself: an edited text is often a concatenation, slow to read a character at a time
  const sample = text.slice(0, 8192);
  const length = sample.length;
  let replaced = 0;
  for (let index = 0; index < length; index++) {
    const code = sample.charCodeAt(index);
    if (code === 0) return true;
    if (code === 0xfffd) replaced++;
  }
  return length > 0 && replaced / length > 0.1;
}

/** A report model with no structure: lines and the half-width text only, for the cheap rules. */
function plainReport(text: string): Report {
  return {
    text, folded: toHalfWidth(text), lines: new Lines(text), format: 'unknown', isAnnualReport: false,
    script: 'simplified', traditionalLines: [], headings: [], sections: [], tables: [],
  };
}

/** The key under which reports of one unit are found year by year: the unit name, folded and without spaces. */
export function unitKey(report: Report): string | undefined {
  return report.unitName?.replace(/\s+/g, '');
}
