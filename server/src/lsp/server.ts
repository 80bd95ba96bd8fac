import { fileURLToPath, pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import {
  CodeActionKind, FileChangeType, ResponseError, TextDocumentSyncKind, type CodeAction, type Connection, type InitializeParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  completionsAt, convertDocument, createChecker, foldingRanges, hoverAt, minimalEdit, newReport, normalizeLocale, outline, reportTemplate,
  codeLenses, msg, render, SHARED, type Analysis, type CheckInput, type Config, type Locale,
} from '../core';
import { IGNORED, readReport, REPORT_GLOBS } from '../node/files';
import { Checks } from './checks';
import { toCompletionItem, toDiagnostic, toDocumentSymbol, quickFixes, versionedEdit } from './convert';
import { OpenDocuments } from './documents';
import { fixAllActions, FIX_ALL, resolveFixAll } from './fix-all';
import { documentArgument, newReportArguments } from './params';
import { CONFIG_FILE, ConfigLoader, type Settings } from './settings';

const DEBOUNCE_MS = 150;
/** Above this many characters a document is checked when the typing stops or on save, not after each keystroke. */
export const IDLE_CHECK_SIZE = 2_000_000;
const IDLE_MS = 1500;
export const CHECK_WORKSPACE = 'gkreport.server.checkWorkspace';
export const CONVERT_DOCUMENT = 'gkreport.server.convertToSimplified';
export const NEW_REPORT = 'gkreport.server.newReport';
/** {uri, version, state: 'started' | 'finished'} around every check of an open document (a status for the client, and how tests see a check in flight) */
export const CHECK_STATE = 'gkreport/checkState';

/**
 * Wires LSP to the core's checker: documents, debounced checks run in slices off the request loop, code actions
 * from the analysis of the version they edit, conversions. No analysis happens here. Nothing a client sends ends
 * the process: every handler and timer is guarded, and what fails is logged.
 */
export function startServer(connection: Connection): void {
  const log = (message: string) => connection.console.log(message);
  const documents = new OpenDocuments(log);
  const timers = new Map<string, NodeJS.Timeout>();
  let displayLocale: Locale = 'zh-CN';
  let locale: Locale = 'zh-CN';
  let folders: string[] = [];
  const loader = new ConfigLoader(connection, () => locale);
  /** the configuration of a document (its .gkreportrc.json), or of the workspace */
  const config = (uri?: string): Config => loader.forPath(uri ? uriToPath(uri) : undefined);

  const loggedErrors = new Set<string>();
  /** A rule that throws is left out of that check; the error goes to the output channel once per rule. */
  const checker = createChecker({
    onRuleError: (ruleId, error) => {
      if (loggedErrors.has(ruleId)) return;
      loggedErrors.add(ruleId);
      connection.console.error(`gkreport: rule ${ruleId} failed and was skipped: ${describe(error)}`);
    },
  });
  const checks = new Checks(checker, {
    started: (input) => connection.sendNotification(CHECK_STATE, { uri: input.uri, version: input.version, state: 'started' }),
    finished: (input) => void connection.sendNotification(CHECK_STATE, { uri: input.uri, version: input.version, state: 'finished' }),
    failed: (input, error) => connection.console.error(`gkreport: the check of ${input.uri} failed: ${describe(error)}`),
  });

  const inputOf = (document: TextDocument): CheckInput => ({
    uri: document.uri, version: document.version, text: document.getText(), config: config(document.uri), always: document.languageId === 'gkreport',
  });
  const isLarge = (document: TextDocument) => document.getText().length > IDLE_CHECK_SIZE;

  /** The analysis of the document's current version: kept, being checked, or checked now (in slices). */
  const analysisOf = async (document: TextDocument): Promise<Analysis | undefined> => {
    const result = await checks.analysis(inputOf(document));
    if (!result) return undefined;
    result.affected.forEach(invalidate);
    return result.analysis.version === document.version && documents.get(document.uri) === document ? result.analysis : undefined;
  };

  /**
   * The analysis a request reads: the current version's, waiting for its check if one is due. A large document is
   * checked only when the typing stops: a request does not start its check, and reads the last analysis when `stale`
   * is acceptable (the outline, folding), else nothing until the check is done.
   */
  const analysisForRequest = async (document: TextDocument, stale = false): Promise<Analysis | undefined> => {
    const ready = checks.ready(inputOf(document));
    if (ready) return ready;
    if (isLarge(document)) return stale ? checker.kept(document.uri) : undefined;
    return analysisOf(document);
  };

  /** Re-checks an open report whose last year's report changed. */
  const invalidate = (uri: string) => {
    const document = documents.get(uri);
    if (document) schedule(document, true);
  };

  const shown = (analysis: Analysis) => loader.settings.enable !== false && analysis.applies;

  /** nothing is published before the settings are read: not a first batch in the wrong language or severities */
  let settingsRead = false;
  /** the analysis last published per document: one publication per version and analysis */
  const published = new Map<string, Analysis>();

  const publish = async (document: TextDocument) => {
    if (!settingsRead) return;
    const analysis = await analysisOf(document);
    if (!analysis || published.get(document.uri) === analysis) return;
    published.set(document.uri, analysis);
    const diagnostics = shown(analysis) ? analysis.findings.map((finding) => toDiagnostic(document, finding)) : [];
    void connection.sendDiagnostics({ uri: document.uri, version: analysis.version, diagnostics });
  };

  /** large documents announced as checked when the typing stops (once each) */
  const announcedLarge = new Set<string>();

  /** `stale`: the document's text did not change but what its check reads did (last year's report) */
  const schedule = (document: TextDocument, stale = false, delay = isLarge(document) ? IDLE_MS : DEBOUNCE_MS) => {
    if (stale) {
      checker.forget(document.uri);
      published.delete(document.uri);
    }
    if (isLarge(document) && !announcedLarge.has(document.uri)) {
      announcedLarge.add(document.uri);
      void connection.window.showInformationMessage(render(msg(SHARED.server['checked-when-idle'], { size: IDLE_CHECK_SIZE.toLocaleString('en') }), locale));
    }
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(guarded('a scheduled check', () => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void publish(current).catch((error) => log(`gkreport: publishing ${document.uri} failed: ${describe(error)}`));
    }), delay));
  };

  const refreshAll = async () => {
    try {
      loader.settings = ((await connection.workspace.getConfiguration('gkreport')) as Settings | null) ?? {};
    } catch {
      // a client without workspace/configuration: the defaults
    }
    const chosen = loader.settings.locale;
    locale = chosen === 'zh-CN' || chosen === 'en' ? chosen : displayLocale;
    loader.clear();
    settingsRead = true;
    published.clear();
    documents.all().forEach((document) => schedule(document, false, 0));
  };

  /** Reads a workspace file the editor does not have open, as the CLI would (encodings, binary files). */
  const readFile = (file: string): string | undefined => {
    const read = readReport(file);
    return 'error' in read ? undefined : read.text;
  };

  const indexFile = (file: string): string[] => {
    const uri = pathToFileURL(file).toString();
    const text = readFile(file);
    return text === undefined ? checker.removeFile(uri) : checker.addFile({ uri, text, config: config(uri) });
  };

  const workspaceFiles = () => folders.flatMap((folder) => globSync(REPORT_GLOBS, { cwd: folder, absolute: true, ignore: IGNORED }));

  const scanWorkspace = () => {
    for (const file of workspaceFiles()) indexFile(file).forEach(invalidate);
  };

  /** Checks every report file of the workspace folders the editor does not have open and publishes its diagnostics. */
  const checkWorkspace = () => {
    const summary = { files: 0, reports: 0, errors: 0, warnings: 0 };
    for (const file of workspaceFiles()) {
      summary.files++;
      const uri = pathToFileURL(file).toString();
      if (documents.get(uri)) continue;
      const text = readFile(file);
      if (text === undefined) continue;
      const { analysis, affected } = checker.check({ uri, text, config: config(uri), always: file.endsWith('.gkr'), open: false });
      affected.forEach(invalidate);
      if (!analysis.applies) continue;
      summary.reports++;
      summary.errors += analysis.findings.filter((finding) => finding.severity === 'error').length;
      summary.warnings += analysis.findings.filter((finding) => finding.severity === 'warning').length;
      const document = TextDocument.create(uri, 'gkreport', 0, text);
      void connection.sendDiagnostics({ uri, diagnostics: analysis.findings.map((finding) => toDiagnostic(document, finding)) });
    }
    return summary;
  };

  connection.onInitialize((params: InitializeParams) => {
    displayLocale = normalizeLocale(params.locale);
    locale = displayLocale;
    // folders that are not on this machine's disk (a network share's host, vscode-vfs:, untitled:) are not scanned
    folders = (params.workspaceFolders ?? []).flatMap((folder) => uriToPath(folder.uri) ?? []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL], resolveProvider: true },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['#', '|', '-', ' '] },
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        executeCommandProvider: { commands: [CHECK_WORKSPACE, CONVERT_DOCUMENT, NEW_REPORT] },
      },
    };
  });
  connection.onInitialized(guarded('initialized', () => {
    // build the OpenCC converter and exercise every rule once now, not on the first document
    createChecker().check({ uri: 'warm-up:', text: reportTemplate({ era: '2021', year: '2024', unit: '示例单位' }) });
    void refreshAll().catch(() => undefined).then(() => setImmediate(guarded('the workspace scan', scanWorkspace)));
  }));

  connection.onDidChangeWatchedFiles(guarded('watched files', (params) => {
    if (params.changes.some((change) => change.uri.endsWith(CONFIG_FILE))) {
      loader.clear();
      documents.all().forEach((document) => schedule(document));
    }
    for (const change of params.changes) {
      const file = uriToPath(change.uri);
      if (change.uri.endsWith(CONFIG_FILE) || !file || documents.get(change.uri)) continue;
      const affected = change.type === FileChangeType.Deleted ? checker.removeFile(change.uri) : indexFile(file);
      affected.forEach(invalidate);
    }
  }));
  connection.onDidChangeConfiguration(() => void refreshAll().catch(() => undefined));

  documents.listen(connection, {
    opened: guarded('didOpen', (document: TextDocument) => {
      // opened again: whatever was kept of the uri belongs to another text
      checks.stop(document.uri);
      checker.forget(document.uri);
      published.delete(document.uri);
      clearTimeout(timers.get(document.uri));
      timers.delete(document.uri);
      void publish(document).catch((error) => log(`gkreport: publishing ${document.uri} failed: ${describe(error)}`));
    }),
    changed: guarded('didChange', (document: TextDocument) => schedule(document)),
    saved: guarded('didSave', (document: TextDocument) => {
      if (isLarge(document)) schedule(document, false, 0);
    }),
    closed: guarded('didClose', (uri: string) => {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      checks.stop(uri);
      published.delete(uri);
      checker.close(uri).forEach(invalidate);
      const file = uriToPath(uri);
      if (file) indexFile(file).forEach(invalidate);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  });

  /**
   * Code actions answer from the last analysis, without waiting for a check: their edits are edits of that
   * analysis's version. When the document has moved past it, nothing is offered until its new analysis is there.
   */
  connection.onCodeAction(guardedRequest('codeAction', [], (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && checker.kept(document.uri, document.version);
    if (!document || !analysis) return [];
    const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'gkreport');
    const actions: CodeAction[] = quickFixes(document, analysis, ours);
    const wanted = (kind: string) => !params.context.only || params.context.only.some((only) => kind.startsWith(only));
    if (wanted(FIX_ALL) || wanted(CodeActionKind.QuickFix)) actions.push(...fixAllActions(analysis, ours, locale));
    if (params.context.only) return actions.filter((action) => params.context.only!.some((kind) => action.kind?.startsWith(kind)));
    return actions;
  }));

  connection.onCodeActionResolve((action) =>
    guardedRequest('codeAction/resolve', action, () => resolveFixAll(action, (uri) => documents.get(uri), checker, config))(action));

  connection.onHover(guardedRequest('hover', null, async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && await analysisForRequest(document);
    const hover = document && analysis && hoverAt(analysis, document.offsetAt(params.position), locale);
    return hover && loader.settings.enable !== false ? { contents: { kind: 'markdown' as const, value: hover.markdown } } : null;
  }));
  connection.onCompletion(guardedRequest('completion', [], async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && await analysisForRequest(document);
    return document && analysis ? completionsAt(analysis.report, document.offsetAt(params.position), locale).map(toCompletionItem) : [];
  }));
  connection.onCodeLens(guardedRequest('codeLens', [], async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && await analysisForRequest(document);
    if (!document || !analysis || loader.settings.enable === false) return [];
    return codeLenses(analysis, locale).map((lens) => {
      const at = document.positionAt(lens.offset);
      return { range: { start: at, end: at }, command: { title: lens.title, command: '' } };
    });
  }));
  connection.onDocumentSymbol(guardedRequest('documentSymbol', [], async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && await analysisForRequest(document, true);
    return document && analysis ? outline(analysis.report).map((symbol) => toDocumentSymbol(document, symbol)) : [];
  }));
  connection.onFoldingRanges(guardedRequest('foldingRange', [], async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && await analysisForRequest(document, true);
    return analysis ? foldingRanges(analysis.report) : [];
  }));

  connection.onExecuteCommand(guardedRequest('executeCommand', undefined, async (params) => {
    if (params.command === NEW_REPORT) {
      const request = newReportArguments(params.arguments);
      return newReport(request, checker.findReport(request.unit, request.year - 1));
    }
    if (params.command === CHECK_WORKSPACE) return checkWorkspace();
    if (params.command === CONVERT_DOCUMENT) {
      const document = documents.get(documentArgument(CONVERT_DOCUMENT, params.arguments));
      if (!document) return false;
      const text = document.getText();
      const edit = minimalEdit(text, convertDocument(text));
      if (edit.span.start === edit.span.end && edit.text === '') return true;
      const result = await connection.workspace.applyEdit({
        label: render(msg(SHARED.command['convert-simplified']), locale),
        edit: versionedEdit(document, [edit]),
      });
      return result.applied;
    }
    return undefined;
  }));

  /** A notification or timer that fails is logged; the server goes on. */
  function guarded<A extends unknown[]>(what: string, handler: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      try {
        handler(...args);
      } catch (error) {
        connection.console.error(`gkreport: ${what} failed: ${describe(error)}`);
      }
    };
  }

  /** A request that fails unexpectedly is logged and answered with its empty result; InvalidParams and the like go back as they are. */
  function guardedRequest<P, R, E>(what: string, empty: E, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R | E> {
    return async (params) => {
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        connection.console.error(`gkreport: ${what} failed: ${describe(error)}`);
        return empty;
      }
    };
  }

  connection.listen();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

/** The file a uri names on this machine; none for other schemes, a host (a network share's UNC path off Windows), an encoded slash. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
