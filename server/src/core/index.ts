import { createChecker, type CheckerOptions } from './checker/checker';
import type { Analysis } from './checker/analysis';
import { DEFAULT_CONFIG, type Config } from './checker/config';
import type { PreviousReport } from './rules/kit/define';

export { CheckCancelled, type CancellationToken } from './cache/cancellation';
export { Analysis, type Limited } from './checker/analysis';
export { Checker, createChecker, looksBinary, type CheckerOptions, type CheckInput, type CheckResult } from './checker/checker';
export { unitKey } from './parse/meta';
export { DEFAULT_CONFIG, configSchema, mergeConfigs, resolveConfig, settingsConfig, type Config, type ConfigProblem, type EditorSettings } from './checker/config';
export { applyEdits, byPosition, lint, minimalEdit, type Finding, type Fix, type FixSelection, type LintOptions } from './checker/lint';
export { fixAll, selectedFixes, type FixAllResult } from './checker/fix-all';
export { findingCounts, type FindingCounts } from './checker/counts';
export { msg, normalizeLocale, render, type Locale } from './messages';
export { SHARED } from './messages/shared';
export type { Position, Span, TextEdit } from './text/span';
export type * from './model/types';
export { parseReport, type ParseOptions } from './parse/report';
export { describeEvaluation } from './reconcile/describe';
export { describeProseAt } from './prose/describe';
export { equationInstances, evaluate, type EquationInstance, type Evaluation } from './reconcile/equations';
export { RULES, ruleById } from './rules';
export type { FixSafety, PreviousReport, Rule, RuleContext, RuleMeta, Severity, SeveritySetting } from './rules/kit/define';
export { ERAS, eraForYear } from './formats';
export type { EraId, EraSpec, TableSpec, RowSpec, ColumnSpec, SectionSpec, EquationSpec } from './formats/schema';
export { renderTable } from './formats/render';
export { LineIndex } from './text/line-index';
export { numericValue, parseCellValue } from './text/numbers';
export { escapeHtml } from './text/html';
export { convertDocument } from './script/artifacts';
export { buildSnippets, TAB_STOPS, type Snippet, type SnippetFill } from './authoring/snippets';
export { reportTemplate, reportTitle, PLACEHOLDER, type TemplateOptions } from './authoring/templates';
export { configJsonSchema, reviewJsonSchema } from './authoring/schema';
export { parseDirectives } from './checker/suppress';
export { applyReviews, resolveReviews, reviewedMessage } from './checker/reviews';
export { REVIEW_FILE, type Decision, type ReportRef, type ReviewFile, type ReviewInput, type ReviewProblem } from './review/decision';
export { isThisReport, normalisedSentence, reportRef, reviewKey } from './review/key';

/**
 * One document checked by a checker of its own (nothing kept, nothing shared): for tests and one-off checks.
 * `previous` stands for last year's report of the same unit, as a host's index would find it.
 */
export function analyze(text: string, config: Config = DEFAULT_CONFIG, context: { readonly previous?: PreviousReport } = {}, options: CheckerOptions = {}): Analysis {
  const checker = createChecker(options);
  if (context.previous) checker.addFile({ uri: 'previous:', text: context.previous.report.text, name: context.previous.name, config });
  return checker.check({ uri: 'untitled:', text, config }).analysis;
}
export * from './features';
export { formatTables } from './features/format';
export { computeTotals } from './features/totals';
export { pipeTableConversions, type TableConversion } from './features/convert-table';
export { displayWidth } from './text/width';
export { joinLines, wideAt } from './text/join-lines';
export { renderReportTables, tableHtml, type RenderedTable } from './features/table-html';
export { reportFacts, type ApplicationFigures, type Ratio, type ReportFacts } from './features/report-facts';
export { layoutReportTables, type LayoutCell, type OfficialTable } from './features/table-layout';
export { documentBlocks, type DocumentBlock, type DocumentBlockOptions } from './features/document-blocks';
export { newReport, type NewReport, type NewReportRequest } from './authoring/new-report';
export { importedReport, pasteTables, pasteText, plainPipeTable, type PastedBlock, type PastedCell, type PasteTarget } from './features/paste-table';
