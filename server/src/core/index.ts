import { DEFAULT_CONFIG, type Config } from './config';
import { lint, type Finding } from './lint';
import type { RuleContext } from './rules/define';
import type { Report } from './model/types';
import { parseReport } from './parse/report';
import { clearConversionCache } from './text/fold';
import { clearCellCache } from './text/numbers';

export { DEFAULT_CONFIG, configSchema, mergeConfigs, resolveConfig, type Config, type ConfigProblem } from './config';
export { applyEdits, fixAll, lint, minimalEdit, type Finding, type Fix } from './lint';
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
}

/** Empties the caches that survive between checks (converted lines, parsed cells): for measuring a cold check. */
export function clearCaches(): void {
  clearConversionCache();
  clearCellCache();
}

/** Parse once, run every rule: what the CLI, the server and the tests call. */
export function analyze(text: string, config: Config = DEFAULT_CONFIG, context: RuleContext = {}): Analysis {
  const report = parseReport(text, { format: config.format });
  return { report, findings: lint(report, config, context) };
}

/** The key under which reports of one unit are found year by year: the unit name, folded and without spaces. */
export function unitKey(report: Report): string | undefined {
  return report.unitName?.replace(/\s+/g, '');
}
