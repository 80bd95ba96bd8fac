import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeFixes, minimalEdit, msg, render, ruleById, selectedFixes, SHARED, type Analysis, type Checker, type Config, type Locale } from '../core';
import { versionedEdit } from './convert';
import { fixAllData, type FixAllData } from './params';

export const FIX_ALL = `${CodeActionKind.SourceFixAll}.gkreport`;
/** a client command run after a fix-all's edit is applied (on save too): tells the user what changed, by rule */
export const FIXES_APPLIED = 'gkreport.fixesApplied';

/**
 * "Fix all of this kind" for each rule under the cursor with several fixable findings in the document (safe or
 * review: the user picks it for that rule), and source.fixAll.gkreport for code-actions-on-save, which applies
 * only the safe fixes (rules.md: fix safety). The edits are computed on resolve, not on every cursor move.
 */
export function fixAllActions(analysis: Analysis, atCursor: readonly Diagnostic[], locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  // what a reviewer checked stays as written: a fix-all leaves it
  const fixable = selectedFixes(analysis.findings, {});
  const document = { uri: analysis.uri, version: analysis.version };
  const rulesHere = new Set(atCursor.map((diagnostic) => String(diagnostic.code)));
  for (const rule of rulesHere) {
    if (fixable.filter((finding) => finding.ruleId === rule).length < 2) continue;
    const data: FixAllData = { uri: document.uri, version: document.version, rules: [rule] };
    const name = ruleById(rule)?.meta.name ?? rule;
    actions.push({ title: render(msg(SHARED.fixAll.rule, { rule: name }), locale), kind: CodeActionKind.QuickFix, data });
  }
  if (fixable.some((finding) => finding.fix!.safety === 'safe')) {
    const data: FixAllData = { uri: document.uri, version: document.version };
    actions.push({ title: render(msg(SHARED.fixAll.all), locale), kind: FIX_ALL, data });
  }
  return actions;
}

/**
 * The edit of a fix-all, computed from the text of the version it was offered for and sent as an edit of that
 * version: when the document has moved on, there is nothing to resolve (the client asks again). Its command, run by
 * the client once the edit is applied, carries what changed by rule.
 */
export function resolveFixAll(
  action: CodeAction, documentOf: (uri: string) => TextDocument | undefined, checker: Checker, configOf: (uri: string) => Config, locale: Locale,
): CodeAction {
  const data: FixAllData = fixAllData(action.data);
  const document = documentOf(data.uri);
  if (!document || document.version !== data.version) return action;
  const text = document.getText();
  const selection = data.rules ? { rules: new Set(data.rules) } : { safeOnly: true };
  const fixed = checker.fixAll(text, configOf(data.uri), selection, document.uri);
  if (fixed.text === text) return action;
  const summary = describeFixes(fixed.byRule, locale);
  const edit = versionedEdit(document, [minimalEdit(text, fixed.text)]);
  return { ...action, edit, ...(summary ? { command: { title: summary, command: FIXES_APPLIED, arguments: [summary] } } : {}) };
}
