import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeAction, CodeActionKind, CompletionItemKind, DiagnosticSeverity, InsertTextFormat, SymbolKind,
  type CompletionItem, type Diagnostic, type DocumentSymbol, type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Completion, Finding, OutlineSymbol, Severity, Span } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** each rule's page, shipped in the extension (docs/rules/<id>.md beside dist/) */
const DOCS = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules')).href;

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: toRange(document, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: `${DOCS}/${finding.ruleId}.md` },
    source: 'gkreport',
    message: finding.message,
  };
}

/**
 * The quick fixes of the diagnostics under the cursor, taken from the analysis of the document's current
 * version: a diagnostic from an older version finds no finding at its range and offers nothing.
 */
export function quickFixes(document: TextDocument, analysis: Analysis, diagnostics: readonly Diagnostic[]): CodeAction[] {
  return diagnostics.flatMap((diagnostic) => {
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const finding = analysis.findings.find((candidate) => candidate.ruleId === diagnostic.code && candidate.span.start === start && candidate.span.end === end
      && candidate.message === diagnostic.message);
    if (!finding?.fix) return [];
    const edit = { changes: { [document.uri]: [{ range: toRange(document, finding.fix.edit.span), newText: finding.fix.edit.text }] } };
    const action = CodeAction.create(finding.fix.title, edit, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
    return [action];
  });
}

const COMPLETION_KIND: Record<Completion['kind'], CompletionItemKind> = {
  directive: CompletionItemKind.Keyword,
  rule: CompletionItemKind.Value,
  section: CompletionItemKind.Module,
  row: CompletionItemKind.Field,
};

export function toCompletionItem(completion: Completion): CompletionItem {
  return {
    label: completion.label,
    kind: COMPLETION_KIND[completion.kind],
    ...(completion.detail !== undefined ? { detail: completion.detail } : {}),
    ...(completion.sortText !== undefined ? { sortText: completion.sortText } : {}),
    ...(completion.preselect ? { preselect: true } : {}),
    ...(completion.filterText !== undefined ? { filterText: completion.filterText } : {}),
    ...(completion.insertText !== undefined ? { insertText: completion.insertText, insertTextFormat: InsertTextFormat.PlainText } : {}),
  };
}

const SYMBOL_KIND: Record<OutlineSymbol['kind'], SymbolKind> = { section: SymbolKind.Namespace, subsection: SymbolKind.Field, table: SymbolKind.Array };

export function toDocumentSymbol(document: TextDocument, symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    kind: SYMBOL_KIND[symbol.kind],
    range: toRange(document, symbol.span),
    selectionRange: toRange(document, symbol.selection),
    ...(symbol.children.length > 0 || symbol.kind === 'section' ? { children: symbol.children.map((child) => toDocumentSymbol(document, child)) } : {}),
  };
}
