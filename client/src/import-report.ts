import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { freeName } from './new-report';

/** the server's request (server/src/lsp/import-report.ts) and what it answers */
const IMPORT_REPORT = 'gkreport/importReport';
type ImportReportResult = { readonly markdown: string; readonly source: string } | { readonly problem: string; readonly message: string };

/**
 * 从 Word 或网页导入年报: a .docx (or a saved web page) → its Markdown report saved next to it, same base name, never
 * overwriting ("年报（2）.md"), and opened, so the server checks it. The server reads the file (one set of readers for
 * the extension and the CLI). Called with the file (a Uri or a uri string) it asks nothing; a file the readers refuse
 * gets their message.
 */
export async function importReport(client: LanguageClient | undefined, fileArgument?: vscode.Uri | string): Promise<vscode.TextDocument | undefined> {
  const file = fileArgument !== undefined
    ? (typeof fileArgument === 'string' ? vscode.Uri.parse(fileArgument) : fileArgument)
    : (await vscode.window.showOpenDialog({
      canSelectFiles: true, canSelectFolders: false, canSelectMany: false, defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      openLabel: vscode.l10n.t('Import'),
      filters: { [vscode.l10n.t('Word document or web page')]: ['docx', 'html', 'htm'], [vscode.l10n.t('All files')]: ['*'] },
    }))?.[0];
  if (!file || !client) return undefined;
  if (file.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Only files on this computer can be imported: {0}', file.toString()));
    return undefined;
  }
  const result = (await client.sendRequest(IMPORT_REPORT, { uri: file.toString() })) as ImportReportResult | null;
  if (!result) return undefined;
  if ('problem' in result) {
    void vscode.window.showErrorMessage(result.message);
    return undefined;
  }
  const folder = vscode.Uri.joinPath(file, '..');
  const base = file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '') || 'report';
  const target = await freeName(folder, base);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.markdown));
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document);
  void vscode.window.showInformationMessage(vscode.l10n.t('Imported as {0}: the findings are in the Problems panel.', vscode.workspace.asRelativePath(target, false)));
  return document;
}
