import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

type ExportTarget = 'docx' | 'html';
interface ExportResult { base64: string; version: number }

/** What a caller (an e2e test, another extension) may say instead of the dialogs: where to write, and that an existing file may go. */
interface ExportOptions { readonly target?: string | vscode.Uri; readonly overwrite?: boolean }

/**
 * 导出为 Word / 导出为网页: the active report in the official layout, written next to it (报告.md → 报告.docx). The
 * server makes the file (gkreport/export: the writers live with the core); this asks where it goes, never writes
 * over a file without asking, writes it, and offers to open its folder. Resolves to the file written, if any.
 */
export function registerExport(context: vscode.ExtensionContext, client: LanguageClient): void {
  const commands: [string, ExportTarget][] = [['gkreport.exportDocx', 'docx'], ['gkreport.exportHtml', 'html']];
  for (const [command, to] of commands) {
    context.subscriptions.push(vscode.commands.registerCommand(command, (options?: ExportOptions) => exportActiveReport(client, to, options ?? {})));
  }
}

const FILTERS: Record<ExportTarget, Record<string, string[]>> = {
  docx: { 'Word': ['docx'] },
  html: { 'HTML': ['html', 'htm'] },
};

async function exportActiveReport(client: LanguageClient, to: ExportTarget, options: ExportOptions): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open the report to export first.'));
    return undefined;
  }
  let target = options.target === undefined ? undefined : typeof options.target === 'string' ? vscode.Uri.file(options.target) : options.target;
  if (!target) {
    const beside = document.isUntitled ? undefined : document.uri.with({ path: document.uri.path.replace(/\.[^./]*$/, '') + `.${to}` });
    target = beside && document.uri.scheme === 'file' ? beside : await vscode.window.showSaveDialog({ defaultUri: beside, filters: FILTERS[to] });
    if (!target) return undefined;
  }
  if (!options.overwrite && (await exists(target))) {
    const overwrite = vscode.l10n.t('Overwrite');
    const saveAs = vscode.l10n.t('Save As…');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists.', path.basename(target.fsPath)), { modal: true }, overwrite, saveAs);
    if (answer === saveAs) target = await vscode.window.showSaveDialog({ defaultUri: target, filters: FILTERS[to] });
    else if (answer !== overwrite) return undefined;
    if (!target) return undefined;
  }
  let result: ExportResult | null;
  try {
    result = await client.sendRequest<ExportResult | null>('gkreport/export', { textDocument: { uri: document.uri.toString() }, version: document.version, to });
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  if (!result) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The report changed while it was exported; please export again.'));
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.base64, 'base64'));
  const openFolder = vscode.l10n.t('Open Containing Folder');
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}', path.basename(target.fsPath)), openFolder).then((answer) => {
    if (answer === openFolder) void vscode.commands.executeCommand('revealFileInOS', target);
  });
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
