import { fileURLToPath, pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import {
  CodeActionKind, FileChangeType, TextDocuments, TextDocumentSyncKind, type CodeAction, type Connection, type InitializeParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  completionsAt, convertDocument, createChecker, foldingRanges, hoverAt, minimalEdit, newReport, normalizeLocale, outline, reportTemplate,
  codeLenses, msg, render, SHARED, type Analysis, type Config, type Locale, type NewReportRequest,
} from '../core';
import { IGNORED, readReport, REPORT_GLOBS } from '../node/files';
import { toCompletionItem, toDiagnostic, toDocumentSymbol, toRange, quickFixes } from './convert';
import { fixAllActions, FIX_ALL, resolveFixAll } from './fix-all';
import { CONFIG_FILE, ConfigLoader, type Settings } from './settings';

const DEBOUNCE_MS = 150;
export const CHECK_WORKSPACE = 'gkreport.server.checkWorkspace';
export const CONVERT_DOCUMENT = 'gkreport.server.convertToSimplified';
export const NEW_REPORT = 'gkreport.server.newReport';
/** {uri, version, state: 'started' | 'finished'} around every check of an open document (a status for the client, and how tests see a check in flight) */
export const CHECK_STATE = 'gkreport/checkState';

/** Wires LSP to the core's checker: documents, debounced checks, conversions. No analysis happens here. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
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
      connection.console.error(`gkreport: rule ${ruleId} failed and was skipped: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    },
  });

  /** checks announced to the client ("started") and not yet run, by uri and version: the sending of the announcement */
  const announced = new Map<string, Promise<void>>();
  const stateOf = (document: TextDocument, state: 'started' | 'finished') =>
    connection.sendNotification(CHECK_STATE, { uri: document.uri, version: document.version, state });
  const inputOf = (document: TextDocument) => ({
    uri: document.uri, version: document.version, text: document.getText(), config: config(document.uri), always: document.languageId === 'gkreport',
  });

  /** The analysis of the document's current version: kept by the checker, checked now if it is not there yet. */
  const analysisOf = (document: TextDocument): Analysis => {
    const input = inputOf(document);
    const kept = checker.current(input);
    if (kept) return kept;
    // whoever asks first (diagnostics, folding, symbols, a hover) runs the check; the client hears when it starts and ends
    const key = `${document.uri}#${document.version}`;
    if (!announced.delete(key)) void stateOf(document, 'started');
    try {
      const { analysis, affected } = checker.check(input);
      affected.forEach(invalidate);
      return analysis;
    } finally {
      void stateOf(document, 'finished');
    }
  };

  /** Re-checks an open report whose last year's report changed. */
  const invalidate = (uri: string) => {
    const document = documents.get(uri);
    if (document) schedule(document, true);
  };

  const shown = (analysis: Analysis) => loader.settings.enable !== false && analysis.applies;

  /** nothing is published before the settings are read: not a first batch in the wrong language or severities */
  let settingsRead = false;

  /**
   * The analysis of the document's current version, for a request or a publication: a check to run waits until
   * the client has heard that it starts (the IPC writer sends one message at a time). Undefined when the document
   * changed meanwhile: the newer version has its own check coming.
   */
  const analysisSoon = async (document: TextDocument): Promise<Analysis | undefined> => {
    if (!checker.current(inputOf(document))) {
      const key = `${document.uri}#${document.version}`;
      let told = announced.get(key);
      if (!told) {
        told = stateOf(document, 'started');
        announced.set(key, told);
      }
      await told;
      if (documents.get(document.uri)?.version !== document.version) {
        if (announced.delete(key)) void stateOf(document, 'finished');
        return undefined;
      }
    }
    return analysisOf(document);
  };

  const publish = async (document: TextDocument) => {
    if (!settingsRead) return;
    if (await analysisSoon(document)) publishChecked(document);
  };

  const publishChecked = (document: TextDocument) => {
    const analysis = analysisOf(document);
    const diagnostics = shown(analysis) ? analysis.findings.map((finding) => toDiagnostic(document, finding)) : [];
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  /** `stale`: the document's text did not change but what its check reads did (last year's report) */
  const schedule = (document: TextDocument, stale = false) => {
    if (stale) checker.forget(document.uri);
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void publish(current);
    }, DEBOUNCE_MS));
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
    documents.all().forEach((document) => void publish(document));
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
    folders = (params.workspaceFolders ?? []).map((folder) => fileURLToPath(folder.uri));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
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
  connection.onInitialized(() => {
    // build the OpenCC converter and exercise every rule once now, not on the first document
    createChecker().check({ uri: 'warm-up:', text: reportTemplate({ era: '2021', year: '2024', unit: '示例单位' }) });
    void refreshAll().catch(() => undefined).then(() => setImmediate(scanWorkspace));
  });

  connection.onDidChangeWatchedFiles((params) => {
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
  });
  connection.onDidChangeConfiguration(() => void refreshAll().catch(() => undefined));

  documents.onDidOpen((event) => void publish(event.document));
  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    checker.close(event.document.uri).forEach(invalidate);
    const file = uriToPath(event.document.uri);
    if (file) indexFile(file).forEach(invalidate);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && await analysisSoon(document);
    if (!document || !analysis) return [];
    const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'gkreport');
    const actions: CodeAction[] = quickFixes(document, analysis, ours);
    const wanted = (kind: string) => !params.context.only || params.context.only.some((only) => kind.startsWith(only));
    if (wanted(FIX_ALL) || wanted(CodeActionKind.QuickFix)) actions.push(...fixAllActions(document, ours, analysis.findings, locale));
    if (params.context.only) return actions.filter((action) => params.context.only!.some((kind) => action.kind?.startsWith(kind)));
    return actions;
  });

  connection.onCodeActionResolve((action) => {
    const uri = (action.data as { uri?: string } | undefined)?.uri;
    return resolveFixAll(action, uri ? documents.get(uri) : undefined, checker, uri ? config(uri) : config());
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && await analysisSoon(document);
    const hover = document && analysis && hoverAt(analysis, document.offsetAt(params.position), locale);
    return hover && loader.settings.enable !== false ? { contents: { kind: 'markdown', value: hover.markdown } } : null;
  });
  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && await analysisSoon(document);
    return document && analysis ? completionsAt(analysis.report, document.offsetAt(params.position), locale).map(toCompletionItem) : [];
  });
  connection.onCodeLens(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && await analysisSoon(document);
    if (!document || !analysis || loader.settings.enable === false) return [];
    return codeLenses(analysis, locale).map((lens) => {
      const at = document.positionAt(lens.offset);
      return { range: { start: at, end: at }, command: { title: lens.title, command: '' } };
    });
  });
  connection.onDocumentSymbol(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && await analysisSoon(document);
    return document && analysis ? outline(analysis.report).map((symbol) => toDocumentSymbol(document, symbol)) : [];
  });
  connection.onFoldingRanges(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document && await analysisSoon(document);
    return analysis ? foldingRanges(analysis.report) : [];
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === NEW_REPORT) {
      const request = params.arguments?.[0] as NewReportRequest;
      return newReport(request, checker.findReport(request.unit, request.year - 1));
    }
    if (params.command === CHECK_WORKSPACE) return checkWorkspace();
    if (params.command === CONVERT_DOCUMENT) {
      const document = documents.get(String(params.arguments?.[0] ?? ''));
      if (!document) return false;
      const text = document.getText();
      const edit = minimalEdit(text, convertDocument(text));
      if (edit.span.start === edit.span.end && edit.text === '') return true;
      const result = await connection.workspace.applyEdit({
        label: render(msg(SHARED.command['convert-simplified']), locale),
        edit: { changes: { [document.uri]: [{ range: toRange(document, edit.span), newText: edit.text }] } },
      });
      return result.applied;
    }
    return undefined;
  });

  documents.listen(connection);
  connection.listen();
}

export function uriToPath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

