import { CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { msg, render, reportRef, reviewKey, SHARED, type Analysis, type Locale, type ReportRef } from '../core';
import { findingOf } from './convert';

/** The client's command that asks for the reason and writes the decision into .gkreport-review.json (client/src/review.ts). */
export const MARK_REVIEWED = 'gkreport.markReviewed';

/** What the command is given: the decision but its reason (and the report by path when the title names no unit and year). */
export interface MarkReviewedArguments {
  readonly uri: string;
  /** unit and year; absent: the client names the report by its path relative to the review file */
  readonly report?: ReportRef;
  readonly rule: string;
  readonly key: string;
  /** the finding's message, shown while the reason is asked for */
  readonly message: string;
}

/**
 * 标记为已核实… on each finding under the cursor that a decision can name: a command, not an edit; the client writes
 * the file (the server writes nothing). Not on stale-review (its fix is deleting the decision), nor on what is reviewed.
 */
export function markReviewedActions(document: TextDocument, analysis: Analysis, diagnostics: readonly Diagnostic[], locale: Locale): CodeAction[] {
  // a decision is kept in a file beside the report: an untitled document has none
  if (!document.uri.startsWith('file:')) return [];
  const title = render(msg(SHARED.review.mark), locale);
  return diagnostics.flatMap((diagnostic) => {
    const finding = findingOf(document, analysis, diagnostic);
    if (!finding || finding.reviewed || finding.ruleId === 'stale-review') return [];
    const key = reviewKey(analysis.report, finding);
    if (key === undefined) return [];
    const report = reportRef(analysis.report);
    const args: MarkReviewedArguments = { uri: document.uri, ...(report ? { report } : {}), rule: finding.ruleId, key, message: finding.message };
    const action = CodeAction.create(title, { title, command: MARK_REVIEWED, arguments: [args] }, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    return [action];
  });
}
