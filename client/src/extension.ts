import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type MarkdownIt from 'markdown-it';
import { registerCellNavigation } from './cells';
import { AuditPageView } from './audit-view';
import { registerExport } from './export';
import { registerPasteTable } from './paste';
import { reportTablesPlugin } from './preview';
import { previewCheck } from './preview-check';
import { registerLensTargets } from './lens-targets';
import { newReport } from './new-report';
import { importReport } from './import-report';
import { registerReportStatusBar, type StatusBarView } from './status';
import { DETECTED_DOCUMENTS, registerLanguageDetection, type LanguageOffer } from './detect';
import { reopenWithGb18030 } from './encoding';
import { registerMarkReviewed } from './review';

let client: LanguageClient | undefined;

/** the server's fix-all code action kind (server/src/lsp/fix-all.ts) */
const FIX_ALL = 'source.fixAll.gkreport';

/** What the extension offers other extensions (and its own end-to-end tests). */
export interface GkreportApi {
  /** the uris whose check the server has started and not finished */
  readonly checksInFlight: () => readonly string[];
  /** fires when a check starts or finishes */
  readonly onDidChangeCheckState: vscode.Event<{ readonly uri: string; readonly version: number; readonly state: 'started' | 'finished' }>;
  /** the paste provider that turns a clipboard's tables into pipe tables (as registered for the report languages) */
  readonly pasteTable: vscode.DocumentPasteEditProvider;
  /** the Markdown preview's hook (contributes.markdown.markdownItPlugins): report tables in the template's layout */
  readonly extendMarkdownIt: (md: MarkdownIt) => MarkdownIt;
  /** the status bar item of the active report as shown ("年报 2021 · 错误 3 · 勾稽 40/43"; not visible for other documents) */
  readonly statusBar: () => StatusBarView;
  readonly onDidChangeStatusBar: vscode.Event<StatusBarView>;
  /** the version of a document (uri as a string) the server last published diagnostics for, and when it publishes */
  readonly publishedVersion: (uri: string) => number | undefined;
  readonly onDidPublish: vscode.Event<{ readonly uri: string; readonly version: number }>;
  /** fires when the extension offers to switch an untitled report's language (the information message's answer can be given here too) */
  readonly onDidOfferLanguage: vscode.Event<LanguageOffer>;
  /** fires after a fix-all (on save too) changed the document, with what it says to the user ("已修复：全角标点 230 处…") */
  readonly onDidApplyFixes: vscode.Event<string>;
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
      ...DETECTED_DOCUMENTS,
    ],
    // the diagnostics link each rule id to its page through a command of ours (a file in the extension, shown as a preview)
    initializationOptions: { ruleDocsCommand: OPEN_RULE_DOCS },
    synchronize: {
      configurationSection: 'gkreport',
      // last year's report may sit unopened in the workspace (carryover-mismatch); a project's configuration and review decisions
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt,gkr}'),
        vscode.workspace.createFileSystemWatcher('**/{.gkreportrc.json,.gkreport-review.json}'),
      ],
    },
  };
  client = new LanguageClient('gkreport', 'gkreport', serverOptions, clientOptions);
  const auditPage = new AuditPageView(context, () => client);
  const fixesApplied = new vscode.EventEmitter<string>();
  context.subscriptions.push(fixesApplied);
  context.subscriptions.push(
    vscode.commands.registerCommand('gkreport.checkWorkspace', async () => {
      const summary = (await client?.sendRequest('workspace/executeCommand', { command: 'gkreport.server.checkWorkspace', arguments: [] })) as
        { reports: number; errors: number; warnings: number } | undefined;
      if (!summary) return undefined;
      const open = vscode.l10n.t('Open Audit Page');
      // the command ends with the check; the notification's button may be pressed later, or never
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Checked {0} reports: {1} errors, {2} warnings', summary.reports, summary.errors, summary.warnings), open)
        .then((answer) => (answer === open ? auditPage.show() : undefined));
      return summary;
    }),
    vscode.commands.registerCommand('gkreport.openAuditPage', () => auditPage.show()),
    vscode.commands.registerCommand('gkreport.convertToSimplified', () => onActiveDocument('gkreport.server.convertToSimplified')),
    vscode.commands.registerCommand('gkreport.computeTotals', () => onActiveDocument('gkreport.server.computeTotals')),
    vscode.commands.registerCommand('gkreport.newReport', (unit?: string, year?: number, kind?: 'department' | 'region', folder?: vscode.Uri | string) =>
      newReport(client, unit, year, kind, folder)),
    vscode.commands.registerCommand('gkreport.importReport', (file?: vscode.Uri | string) => importReport(client, file)),
    vscode.commands.registerCommand('gkreport.fixAll', () => fixAllInActiveEditor()),
    vscode.commands.registerCommand('gkreport.fullWidthPunctuation', () => onActiveDocument('gkreport.server.fullWidthPunctuation')),
    vscode.commands.registerCommand(OPEN_RULE_DOCS, (ruleId: unknown) => openRuleDocs(context, ruleId)),
    vscode.commands.registerCommand('gkreport.fixesApplied', (summary: unknown) => {
      if (typeof summary !== 'string') return;
      fixesApplied.fire(summary);
      void vscode.window.showInformationMessage(summary);
    }),
    vscode.commands.registerCommand('gkreport.restartServer', () => client?.restart()),
    vscode.commands.registerCommand('gkreport.reopenWithGb18030', (uri?: string) => reopenWithGb18030(uri)),
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
  registerLensTargets(context);
  registerMarkReviewed(context);
  const languageOffers = registerLanguageDetection(context, client, checkState.event);
  const statusBar = registerReportStatusBar(context, client);
  await client.start();
  registerCellNavigation(context, client);
  const pasteTable = registerPasteTable(context, client);
  registerExport(context, client);
  const check = previewCheck();
  return {
    checksInFlight: () => [...inFlight],
    onDidChangeCheckState: checkState.event,
    extendMarkdownIt: (md) => md.use(reportTablesPlugin, check),
    statusBar: statusBar.view,
    onDidChangeStatusBar: statusBar.onDidChange,
    publishedVersion: statusBar.publishedVersion,
    onDidPublish: statusBar.onDidPublish,
    onDidOfferLanguage: languageOffers,
    onDidApplyFixes: fixesApplied.event,
    pasteTable,
  };
}

const OPEN_RULE_DOCS = 'gkreport.openRuleDocs';

/** A rule's page (docs/rules/<id>.md, shipped in the extension) as a Markdown preview; as text where there is no preview. */
async function openRuleDocs(context: vscode.ExtensionContext, ruleId: unknown): Promise<void> {
  if (typeof ruleId !== 'string' || !/^[a-z]+(-[a-z]+)*$/.test(ruleId)) return;
  const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch {
    await vscode.window.showTextDocument(page);
  }
}

/** Runs a server command on the active editor's document (the server edits it through workspace/applyEdit). */
async function onActiveDocument(command: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  await client?.sendRequest('workspace/executeCommand', { command, arguments: [editor.document.uri.toString()] });
}

/**
 * 修复所有可自动修复的问题 (the editor context menu): the server's source.fixAll.gkreport action for the active
 * document (the same edit as fix-on-save), asked of the server and resolved directly, so that nothing else the
 * editor does in the meantime cancels it.
 */
async function fixAllInActiveEditor(): Promise<boolean> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !client) return false;
  const action = ((await client.sendRequest('textDocument/codeAction', {
    textDocument: { uri: document.uri.toString() },
    range: { start: { line: 0, character: 0 }, end: { line: document.lineCount, character: 0 } },
    context: { diagnostics: [], only: [FIX_ALL] },
  })) as { kind?: string; data?: unknown }[] | null)?.find((candidate) => candidate.kind === FIX_ALL);
  const resolved = action && (await client.sendRequest('codeAction/resolve', action)) as { edit?: Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0] };
  if (!resolved?.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix automatically in this report.'));
    return false;
  }
  return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(resolved.edit));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
