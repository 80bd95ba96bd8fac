import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { minimalEdit, msg, render, SHARED, type Analysis, type Checker, type Config, type Locale } from '../core';
import { versionedEdit } from './convert';
import { fixAllData, type FixAllData } from './params';

export const FIX_ALL = `${CodeActionKind.SourceFixAll}.gkreport`;

/**
 * "Fix all of this kind" for each rule under the cursor with several fixable findings in the document (safe or
 * review: the user picks it for that rule), and source.fixAll.gkreport for code-actions-on-save, which applies
 * only the safe fixes (rules.md: fix safety). The edits are computed on resolve, not on every cursor move.
 */
export function fixAllActions(analysis: Analysis, atCursor: readonly Diagnostic[], locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  const fixable = analysis.findings.filter((finding) => finding.fix);
  const document = { uri: analysis.uri, version: analysis.version };
  const rulesHere = new Set(atCursor.map((diagnostic) => String(diagnostic.code)));
  for (const rule of rulesHere) {
    if (fixable.filter((finding) => finding.ruleId === rule).length < 2) continue;
    const data: FixAllData = { uri: document.uri, version: document.version, rules: [rule] };
    actions.push({ title: render(msg(SHARED.fixAll.rule, { rule }), locale), kind: CodeActionKind.QuickFix, data });
  }
  if (fixable.some((finding) => finding.fix!.safety === 'safe')) {
    const data: FixAllData = { uri: document.uri, version: document.version };
    actions.push({ title: render(msg(SHARED.fixAll.all), locale), kind: FIX_ALL, data });
  }
  return actions;
}

/**
 * The edit of a fix-all, computed from the text of the version it was offered for and sent as an edit of that
 * version: when the document has moved on, there is nothing to resolve (the client asks again).
 */
export function resolveFixAll(action: CodeAction, documentOf: (uri: string) => TextDocument | undefined, checker: Checker, configOf: (uri: string) => Config): CodeAction {
  const data: FixAllData = fixAllData(action.data);
  const document = documentOf(data.uri);
  if (!document || document.version !== data.version) return action;
  const text = document.getText();
  const selection = data.rules ? { rules: new Set(data.rules) } : { safeOnly: true };
  const fixed = checker.fixAll(text, configOf(data.uri), selection, document.uri).text;
  if (fixed === text) return action;
  return { ...action, edit: versionedEdit(document, [minimalEdit(text, fixed)]) };
}
