import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCellNavigation } from './cells';
import { registerPasteTable } from './paste';

let client: LanguageClient | undefined;

/** What the extension offers other extensions (and its own end-to-end tests). */
export interface GkreportApi {
  /** the uris whose check the server has started and not finished */
  readonly checksInFlight: () => readonly string[];
  /** fires when a check starts or finishes */
  readonly onDidChangeCheckState: vscode.Event<{ readonly uri: string; readonly version: number; readonly state: 'started' | 'finished' }>;
  /** the paste provider that turns a clipboard's tables into pipe tables (as registered for the report languages) */
  readonly pasteTable: vscode.DocumentPasteEditProvider;
}

/** Starts the language server and contributes the commands; all analysis happens in the server. */
export async function activate(context: vscode.ExtensionContext): Promise<GkreportApi> {
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
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
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
    vscode.commands.registerCommand('gkreport.convertToSimplified', () => onActiveDocument('gkreport.server.convertToSimplified')),
    vscode.commands.registerCommand('gkreport.computeTotals', () => onActiveDocument('gkreport.server.computeTotals')),
    vscode.commands.registerCommand('gkreport.newReport', (unit?: string, year?: number, kind?: 'department' | 'region') => newReport(unit, year, kind)),
    vscode.commands.registerCommand('gkreport.restartServer', () => client?.restart()),
  );
  const inFlight = new Set<string>();
  const checkState = new vscode.EventEmitter<{ uri: string; version: number; state: 'started' | 'finished' }>();
  context.subscriptions.push(checkState, client.onNotification('gkreport/checkState', (event: { uri: string; version: number; state: 'started' | 'finished' }) => {
    if (event.state === 'started') inFlight.add(event.uri);
    else inFlight.delete(event.uri);
    checkState.fire(event);
  }));
  // a server that died takes its checks with it
  context.subscriptions.push(client.onDidChangeState(() => inFlight.clear()));
  await client.start();
  registerCellNavigation(context, client);
  const pasteTable = registerPasteTable(context, client);
  return { checksInFlight: () => [...inFlight], onDidChangeCheckState: checkState.event, pasteTable };
}

/** Runs a server command on the active editor's document (the server edits it through workspace/applyEdit). */
async function onActiveDocument(command: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  await client?.sendRequest('workspace/executeCommand', { command, arguments: [editor.document.uri.toString()] });
}

/** 新建年度报告: unit, year, kind → a new document from the template, with last year's carry-over when the workspace has it. */
async function newReport(unitArgument?: string, yearArgument?: number, kindArgument?: 'department' | 'region'): Promise<vscode.TextDocument | undefined> {
  const unit = unitArgument ?? (await vscode.window.showInputBox({ prompt: vscode.l10n.t('Unit name (as in the title, e.g. 某市某局)'), ignoreFocusOut: true }));
  if (!unit) return undefined;
  const defaultYear = String(new Date().getFullYear() - 1);
  const yearText = yearArgument !== undefined ? String(yearArgument) : await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Report year'), value: defaultYear, ignoreFocusOut: true,
    validateInput: (value) => (/^(19|20)\d{2}$/.test(value.trim()) ? undefined : vscode.l10n.t('A four-digit year, e.g. {0}', defaultYear)),
  });
  if (!yearText) return undefined;
  const kind = kindArgument ?? (await vscode.window.showQuickPick([
    { label: vscode.l10n.t("A department's report"), reportKind: 'department' as const },
    { label: vscode.l10n.t("A region's consolidated report (本级政府)"), reportKind: 'region' as const },
  ], { placeHolder: vscode.l10n.t('Kind of report') }))?.reportKind;
  if (!kind) return undefined;
  const result = (await client?.sendRequest('workspace/executeCommand', {
    command: 'gkreport.server.newReport',
    arguments: [{ unit: unit.trim(), year: Number(yearText), kind }],
  })) as { text: string; carriedFrom?: number } | undefined;
  if (!result) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
  await vscode.window.showTextDocument(document);
  if (result.carriedFrom) void vscode.window.showInformationMessage(vscode.l10n.t('上年结转 and 现行有效件数 carried over from the {0} report.', result.carriedFrom));
  return document;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
