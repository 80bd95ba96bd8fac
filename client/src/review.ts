import * as path from 'node:path';
import * as vscode from 'vscode';

/** The review file (server/src/core/review/decision.ts): found upward from the report, as the server and the CLI find it. */
const REVIEW_FILE = '.gkreport-review.json';

/** What the server's quick fix 标记为已核实… passes (server/src/lsp/review-actions.ts): the decision but its reason. */
interface MarkReviewedArguments {
  readonly uri: string;
  readonly report?: { readonly unit: string; readonly year: number };
  readonly rule: string;
  readonly key: string;
  readonly message: string;
}

const isArguments = (value: unknown): value is MarkReviewedArguments => {
  const given = value as Partial<MarkReviewedArguments> | null;
  return typeof given === 'object' && given !== null && typeof given.uri === 'string' && typeof given.rule === 'string' && typeof given.key === 'string';
};

/**
 * gkreport.markReviewed (from the quick fix): asks for the reason, then adds the decision to the nearest
 * .gkreport-review.json above the report within its workspace folder (else a new one at the folder's root, or beside a
 * report outside any folder), as a workspace edit, and saves it; the server hears the file change and shows the
 * finding as reviewed. `reason` given (tests, other extensions): nothing is asked.
 */
export function registerMarkReviewed(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('gkreport.markReviewed', (args: unknown, reason?: unknown) =>
    markReviewed(args, typeof reason === 'string' ? reason : undefined)));
}

async function markReviewed(args: unknown, given: string | undefined): Promise<vscode.Uri | undefined> {
  if (!isArguments(args)) return undefined;
  const report = vscode.Uri.parse(args.uri);
  if (report.scheme !== 'file') return undefined;
  const file = await reviewFileFor(report);
  const reason = (given ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Mark as reviewed: {0}', args.message),
    prompt: vscode.l10n.t('Why does this finding stay as written? The reason is written to {0}.', vscode.workspace.asRelativePath(file)),
    placeHolder: vscode.l10n.t('e.g. 含上年结转，已核实'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('A reason is needed.') : undefined),
  }))?.trim();
  if (!reason) return undefined;
  const existing = await readIfThere(file);
  const current = existing === undefined ? { version: 1, decisions: [] } : reviewFileOf(existing);
  if (!current) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a review file (it needs "version": 1 and a "decisions" list); it was not changed.', file.fsPath));
    return undefined;
  }
  const decision = {
    report: args.report ?? { path: path.relative(path.dirname(file.fsPath), report.fsPath).split(path.sep).join('/') },
    rule: args.rule,
    key: args.key,
    reason,
    date: today(),
  };
  // the file's other keys ($schema …) and its decisions stay as they are; the new decision goes last
  const text = `${JSON.stringify({ ...current, decisions: [...current.decisions, decision] }, null, 2)}\n`;
  const edit = new vscode.WorkspaceEdit();
  if (existing === undefined) {
    edit.createFile(file, { ignoreIfExists: true });
    edit.insert(file, new vscode.Position(0, 0), text);
  } else {
    const document = await vscode.workspace.openTextDocument(file);
    edit.replace(file, new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end), text);
  }
  const saved = await vscode.workspace.applyEdit(edit) && await (await vscode.workspace.openTextDocument(file)).save();
  if (!saved) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}.', file.fsPath));
    return undefined;
  }
  return file;
}

/** The nearest review file above the report within its workspace folder; none: where a new one goes. */
async function reviewFileFor(report: vscode.Uri): Promise<vscode.Uri> {
  const folder = vscode.workspace.getWorkspaceFolder(report);
  let directory = vscode.Uri.file(path.dirname(report.fsPath));
  for (;;) {
    const candidate = vscode.Uri.joinPath(directory, REVIEW_FILE);
    if (await readIfThere(candidate) !== undefined) return candidate;
    const parent = path.dirname(directory.fsPath);
    if (!folder || !isWithin(folder.uri.fsPath, parent) || parent === directory.fsPath) break;
    directory = vscode.Uri.file(parent);
  }
  return vscode.Uri.joinPath(folder ? folder.uri : vscode.Uri.file(path.dirname(report.fsPath)), REVIEW_FILE);
}

const isWithin = (folder: string, directory: string) => {
  const relative = path.relative(folder, directory);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** the file's text as the editor has it (unsaved edits included), or undefined when there is none */
async function readIfThere(file: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === file.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  } catch {
    return undefined;
  }
}

/** a review file's content, kept as it is; undefined when it is not one (it is left alone) */
function reviewFileOf(text: string): { readonly version: 1; readonly decisions: readonly unknown[] } | undefined {
  if (text.trim() === '') return { version: 1, decisions: [] };
  try {
    const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as { version?: unknown; decisions?: unknown } | null;
    return parsed !== null && typeof parsed === 'object' && parsed.version === 1 && Array.isArray(parsed.decisions)
      ? parsed as { version: 1; decisions: unknown[] } : undefined;
  } catch {
    return undefined;
  }
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
