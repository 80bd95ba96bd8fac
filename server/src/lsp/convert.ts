import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeAction, CodeActionKind, CompletionItemKind, DiagnosticSeverity, InsertTextFormat, SymbolKind,
  type CompletionItem, type Diagnostic, type DocumentSymbol, type Range, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { reviewedMessage, type Analysis, type Completion, type Finding, type Locale, type OutlineSymbol, type Severity, type Span, type TextEdit } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The link of a rule id in a diagnostic: the rule's page. */
export type RuleDocsLink = (ruleId: string) => string;

/**
 * Each rule's page, shipped in the extension (docs/rules/<id>.md): through the client's command when it names one in
 * its initializationOptions (`ruleDocsCommand`: the page shown as a Markdown preview from the installed extension's
 * folder, wherever that is), else the file beside dist/.
 */
export function ruleDocsLink(initializationOptions: unknown): RuleDocsLink {
  const command = typeof initializationOptions === 'object' && initializationOptions !== null
    ? (initializationOptions as { ruleDocsCommand?: unknown }).ruleDocsCommand : undefined;
  if (typeof command === 'string' && /^[\w.-]+$/.test(command)) {
    return (ruleId) => `command:${command}?${encodeURIComponent(JSON.stringify([ruleId]))}`;
  }
  const docs = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules')).href;
  return (ruleId) => `${docs}/${ruleId}.md`;
}

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** A finding as a diagnostic; one a reviewer checked (.gkreport-review.json) is a hint, its reason after the message. */
export function toDiagnostic(document: TextDocument, finding: Finding, docs: RuleDocsLink, locale: Locale): Diagnostic {
  return {
    range: toRange(document, finding.span),
    severity: finding.reviewed ? DiagnosticSeverity.Hint : SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: docs(finding.ruleId) },
    source: 'gkreport',
    message: reviewedMessage(finding, locale),
  };
}

/** The finding a diagnostic of this analysis's version stands for: the same rule, range and message. */
export function findingOf(document: TextDocument, analysis: Analysis, diagnostic: Diagnostic): Finding | undefined {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return analysis.findings.find((candidate) => candidate.ruleId === diagnostic.code && candidate.span.start === start && candidate.span.end === end
    && reviewedMessage(candidate, analysis.config.locale) === diagnostic.message);
}

/**
 * Edits of one version of a document: the client applies them only to that version, so an edit never lands on
 * text that moved since it was computed.
 */
export function versionedEdit(document: TextDocument, edits: readonly TextEdit[]): WorkspaceEdit {
  return {
    documentChanges: [{
      textDocument: { uri: document.uri, version: document.version },
      edits: edits.map((edit) => ({ range: toRange(document, edit.span), newText: edit.text })),
    }],
  };
}

/**
 * The quick fixes of the diagnostics under the cursor, from the analysis of `document`'s version (the caller
 * makes sure they are the same version): a diagnostic of another version finds no finding at its range.
 */
export function quickFixes(document: TextDocument, analysis: Analysis, diagnostics: readonly Diagnostic[]): CodeAction[] {
  return diagnostics.flatMap((diagnostic) => {
    const finding = findingOf(document, analysis, diagnostic);
    if (!finding?.fix) return [];
    const action = CodeAction.create(finding.fix.title, versionedEdit(document, [finding.fix.edit]), CodeActionKind.QuickFix);
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
