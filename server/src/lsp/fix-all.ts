import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { minimalEdit, msg, render, SHARED, type Checker, type Config, type Finding, type Locale } from '../core';
import { toRange } from './convert';

export const FIX_ALL = `${CodeActionKind.SourceFixAll}.gkreport`;

interface FixAllData {
  readonly uri: string;
  readonly version: number;
  readonly rules?: readonly string[];
}

/**
 * "Fix all of this kind" for each rule under the cursor with several fixable findings in the document (safe or
 * review: the user picks it for that rule), and source.fixAll.gkreport for code-actions-on-save, which applies
 * only the safe fixes (rules.md: fix safety). The edits are computed on resolve, not on every cursor move.
 */
export function fixAllActions(document: TextDocument, atCursor: readonly Diagnostic[], findings: readonly Finding[], locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  const fixable = findings.filter((finding) => finding.fix);
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

export function resolveFixAll(action: CodeAction, document: TextDocument | undefined, checker: Checker, config: Config): CodeAction {
  const data = action.data as FixAllData | undefined;
  if (!data || !document || document.uri !== data.uri) return action;
  const text = document.getText();
  const selection = data.rules ? { rules: new Set(data.rules) } : { safeOnly: true };
  const fixed = checker.fixAll(text, config, selection, document.uri).text;
  if (fixed === text) return action;
  const edit = minimalEdit(text, fixed);
  return { ...action, edit: { changes: { [document.uri]: [{ range: toRange(document, edit.span), newText: edit.text }] } } };
}
