import { SymbolKind, type CodeLens, type DocumentSymbol, type FoldingRange, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeEvaluation, describeProseAt, equationInstances, evaluate, render, type Locale, type Report, type Span } from '../core';
import { toRange } from './convert';

const within = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

/** The equations a number cell takes part in, with their current values. */
export function hoverAt(report: Report, offset: number, locale: Locale): Hover | null {
  const prose = describeProseAt(report, offset, locale);
  if (prose.length > 0) return { contents: { kind: 'markdown', value: prose.map((line) => `- ${line}`).join('\n') } };
  const instances = equationInstances(report).filter((instance) =>
    [...instance.left, ...instance.right].some((term) => within(term.span, offset)));
  if (instances.length === 0) return null;
  const lines = instances.map((instance) => {
    const evaluation = evaluate(instance);
    if (!evaluation.evaluated) return `- ${describeEvaluation(evaluation, locale)}`;
    const state = render({ key: evaluation.holds ? 'hover/equation-holds' : 'hover/equation-fails' }, locale);
    return `- ${evaluation.holds ? '✓' : '✗'} ${describeEvaluation(evaluation, locale)}（${state}）`;
  });
  return { contents: { kind: 'markdown', value: lines.join('\n') } };
}

/** "勾稽关系 12/12 成立" above every table that has equations. */
export function codeLenses(document: TextDocument, report: Report, locale: Locale): CodeLens[] {
  const instances = equationInstances(report);
  return report.tables.flatMap((table) => {
    const evaluations = instances.filter((instance) => instance.table === table).map(evaluate).filter((e) => e.evaluated);
    if (evaluations.length === 0) return [];
    const failed = evaluations.filter((evaluation) => !evaluation.holds).length;
    const title = render(failed === 0
      ? { key: 'lens/all-hold', params: { count: evaluations.length } }
      : { key: 'lens/some-fail', params: { failed, count: evaluations.length } }, locale);
    const start = document.positionAt(table.grid.span.start);
    return [{ range: { start, end: start }, command: { title, command: '' } }];
  });
}

export function documentSymbols(document: TextDocument, report: Report): DocumentSymbol[] {
  const tableSymbols = (span: Span): DocumentSymbol[] => report.tables
    .filter((table) => table.grid.span.start >= span.start && table.grid.span.start < span.end)
    .map((table) => {
      const name = table.kind === 'standard' ? table.spec.title : table.grid.caption?.text ?? '表格';
      const range = toRange(document, table.grid.span);
      return { name, kind: SymbolKind.Array, range, selectionRange: range };
    });
  const symbols: DocumentSymbol[] = report.sections.map((section) => {
    const range = toRange(document, section.span);
    return {
      name: `${section.heading.numberText}${section.heading.title}`.trim(),
      kind: SymbolKind.Namespace,
      range,
      selectionRange: toRange(document, section.heading.titleSpan),
      children: [
        ...section.children.map((child) => ({
          name: `${child.heading.numberText}${child.heading.title}`.trim(),
          kind: SymbolKind.Field,
          range: toRange(document, child.span),
          selectionRange: toRange(document, child.heading.titleSpan),
        })),
        ...tableSymbols(section.span),
      ],
    };
  });
  const firstSection = report.sections[0]?.span.start ?? report.text.length;
  return [...tableSymbols({ start: 0, end: firstSection }), ...symbols];
}

export function foldingRanges(report: Report): FoldingRange[] {
  return report.sections.map((section) => ({
    startLine: report.lines.positionAt(section.span.start).line,
    endLine: Math.max(report.lines.positionAt(section.span.start).line, report.lines.positionAt(Math.max(section.span.start, section.span.end - 1)).line),
  })).filter((range) => range.endLine > range.startLine);
}
