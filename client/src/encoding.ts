import * as vscode from 'vscode';

/**
 * file-encoding's quick fix: the file read again as GB 18030 (workspace.openTextDocument with an encoding, VS Code
 * 1.100). A document with unsaved changes cannot be reopened without losing them (the API throws): VS Code's own
 * "Reopen with Encoding" picker asks the user instead.
 */
export async function reopenWithGb18030(uriArgument?: string): Promise<void> {
  const uri = uriArgument ? vscode.Uri.parse(uriArgument) : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return;
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (uri.scheme !== 'file' || open?.isDirty) {
    if (open) await vscode.window.showTextDocument(open);
    await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
    return;
  }
  const document = await vscode.workspace.openTextDocument(uri, { encoding: 'gb18030' });
  await vscode.window.showTextDocument(document);
}
