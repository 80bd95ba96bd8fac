import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Starts the language server and contributes the commands; all analysis happens in the server. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'gkreport' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'gkreport' },
    ],
    synchronize: {
      configurationSection: 'gkreport',
      // last year's report may sit unopened in the workspace (carryover-mismatch)
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt,gkr}'),
    },
  };
  client = new LanguageClient('gkreport', 'gkreport', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('gkreport.checkWorkspace', async () => {
      const summary = (await client?.sendRequest('workspace/executeCommand', { command: 'gkreport.server.checkWorkspace', arguments: [] })) as
        { reports: number; errors: number; warnings: number } | undefined;
      if (summary) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Checked {0} reports: {1} errors, {2} warnings', summary.reports, summary.errors, summary.warnings));
      }
    }),
    vscode.commands.registerCommand('gkreport.convertToSimplified', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await client?.sendRequest('workspace/executeCommand', {
        command: 'gkreport.server.convertToSimplified',
        arguments: [editor.document.uri.toString()],
      });
    }),
    vscode.commands.registerCommand('gkreport.restartServer', () => client?.restart()),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
