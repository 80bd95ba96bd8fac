import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, Span } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const DOCS = 'https://github.com/gkreport/gkreport#';

/** The fix travels with the diagnostic, so code actions need no server-side state. */
export interface DiagnosticData {
  readonly version: number;
  readonly fix?: { readonly title: string; readonly range: Range; readonly text: string };
}

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = {
    version: document.version,
    fix: finding.fix ? { title: finding.fix.title, range: toRange(document, finding.fix.edit.span), text: finding.fix.edit.text } : undefined,
  };
  return {
    range: toRange(document, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: `${DOCS}${finding.ruleId}` },
    source: 'gkreport',
    message: finding.message,
    data,
  };
}

export function quickFix(uri: string, diagnostic: Diagnostic): CodeAction | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!data?.fix) return undefined;
  const action = CodeAction.create(data.fix.title, { changes: { [uri]: [{ range: data.fix.range, newText: data.fix.text }] } }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}
