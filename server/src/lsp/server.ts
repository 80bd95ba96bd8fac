import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import {
  CodeActionKind, FileChangeType, TextDocuments, TextDocumentSyncKind, type CodeAction, type Connection, type Diagnostic, type InitializeParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyze, convertDocument, lint, looksBinary, reportTemplate, minimalEdit, normalizeLocale, parseReport, RULES, type Analysis, type Config, type Locale,
} from '../core';
import { fixAllActions, FIX_ALL, resolveFixAll } from './fix-all';
import { newReport, type NewReportRequest } from './new-report';
import { REPORT_GLOBS, ReportIndex, uriToPath } from './report-index';
import { CONFIG_FILE, ConfigLoader, type Settings } from './settings';
import { quickFix, toDiagnostic, toRange, type DiagnosticData } from './convert';
import { completions } from './completion';
import { codeLenses, documentSymbols, foldingRanges, hoverAt } from './features';

const DEBOUNCE_MS = 150;
export const CHECK_WORKSPACE = 'gkreport.server.checkWorkspace';
export const CONVERT_DOCUMENT = 'gkreport.server.convertToSimplified';
export const NEW_REPORT = 'gkreport.server.newReport';

/** Wires LSP to the core: documents, debounced checks, and conversions. No analysis happens here. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, { version: number; analysis: Analysis }>();
  const index = new ReportIndex();
  const timers = new Map<string, NodeJS.Timeout>();
  let displayLocale: Locale = 'zh-CN';
  let locale: Locale = 'zh-CN';
  let folders: string[] = [];
  const loader = new ConfigLoader(connection, () => locale);
  /** the configuration of a document (its .gkreportrc.json), or of the workspace */
  const config = (uri?: string): Config => loader.forPath(uri ? uriToPath(uri) : undefined);

  const analysisOf = (document: TextDocument): Analysis => {
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const current = config(document.uri);
    const text = document.getText();
    if (looksBinary(text) || text.length > (current.maxFileSize ?? Infinity)) {
      const limited = analyze(text, current, {}, { onRuleError: logRuleError });
      analyses.set(document.uri, { version: document.version, analysis: limited });
      return limited;
    }
    const report = parseReport(text, { format: current.format });
    const dependents = index.set(document.uri, report, true);
    const previous = index.previousOf(document.uri, report);
    const analysis = { report, findings: lint(report, current, previous ? { previous } : {}, { onRuleError: logRuleError }) };
    analyses.set(document.uri, { version: document.version, analysis });
    for (const uri of dependents) invalidate(uri);
    return analysis;
  };

  const loggedErrors = new Set<string>();
  /** A rule that throws is left out of that check; the error goes to the output channel once per rule. */
  const logRuleError = (ruleId: string, error: unknown) => {
    if (loggedErrors.has(ruleId)) return;
    loggedErrors.add(ruleId);
    connection.console.error(`gkreport: rule ${ruleId} failed and was skipped: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  };

  /** Re-checks an open report whose last year's report changed. */
  const invalidate = (uri: string) => {
    analyses.delete(uri);
    const document = documents.get(uri);
    if (document) schedule(document);
  };

  const isChecked = (document: TextDocument, analysis: Analysis) =>
    loader.settings.enable !== false && (document.languageId === 'gkreport' || analysis.report.isAnnualReport || analysis.limited === 'too-large');

  /** nothing is published before the settings are read: not a first batch in the wrong language or severities */
  let settingsRead = false;

  const publish = (document: TextDocument) => {
    if (!settingsRead) return;
    const analysis = analysisOf(document);
    const diagnostics = isChecked(document, analysis) ? analysis.findings.map((finding) => toDiagnostic(document, finding)) : [];
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  const schedule = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) publish(current);
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
    analyses.clear();
    settingsRead = true;
    documents.all().forEach(publish);
  };

  const scanWorkspace = () => {
    for (const uri of index.scan(folders, config())) invalidate(uri);
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
    analyze(reportTemplate({ era: '2021', year: '2024', unit: '示例单位' }), config());
    void refreshAll().catch(() => undefined).then(() => setImmediate(scanWorkspace));
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => change.uri.endsWith(CONFIG_FILE))) {
      loader.clear();
      analyses.clear();
      documents.all().forEach(schedule);
    }
    for (const change of params.changes) {
      const file = uriToPath(change.uri);
      if (change.uri.endsWith(CONFIG_FILE)) continue;
      if (!file || index.isOpen(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) {
        index.delete(change.uri);
        continue;
      }
      for (const uri of index.indexFile(file, config())) invalidate(uri);
    }
  });
  connection.onDidChangeConfiguration(() => void refreshAll().catch(() => undefined));

  documents.onDidOpen((event) => publish(event.document));
  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    analyses.delete(event.document.uri);
    index.delete(event.document.uri);
    const file = uriToPath(event.document.uri);
    if (file) index.indexFile(file, config());
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'gkreport');
    const actions: CodeAction[] = ours.map((diagnostic) => quickFix(document.uri, diagnostic)).filter((action) => action !== undefined);
    const wanted = (kind: string) => !params.context.only || params.context.only.some((only) => kind.startsWith(only));
    if (wanted(FIX_ALL) || wanted(CodeActionKind.QuickFix)) actions.push(...fixAllActions(document, ours, analysisOf(document).findings, locale));
    if (params.context.only) return actions.filter((action) => params.context.only!.some((kind) => action.kind?.startsWith(kind)));
    return actions;
  });

  connection.onCodeActionResolve((action) => {
    const uri = (action.data as { uri?: string } | undefined)?.uri;
    return resolveFixAll(action, uri ? documents.get(uri) : undefined, config(uri));
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const analysis = analysisOf(document);
    return isChecked(document, analysis) ? hoverAt(analysis.report, document.offsetAt(params.position), locale) : null;
  });
  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? completions(document, analysisOf(document).report, params.position, locale) : [];
  });

  connection.onCodeLens((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const analysis = analysisOf(document);
    return isChecked(document, analysis) ? codeLenses(document, analysis.report, locale) : [];
  });
  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSymbols(document, analysisOf(document).report) : [];
  });
  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? foldingRanges(analysisOf(document).report) : [];
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === NEW_REPORT) return newReport(params.arguments?.[0] as NewReportRequest, index);
    if (params.command === CHECK_WORKSPACE) return checkWorkspace(connection, folders, config(), documents, index);
    if (params.command === CONVERT_DOCUMENT) {
      const document = documents.get(String(params.arguments?.[0] ?? ''));
      if (!document) return false;
      const text = document.getText();
      const edit = minimalEdit(text, convertDocument(text));
      if (edit.span.start === edit.span.end && edit.text === '') return true;
      const result = await connection.workspace.applyEdit({
        label: locale === 'en' ? 'Convert to simplified' : '全文转换为简体',
        edit: { changes: { [document.uri]: [{ range: toRange(document, edit.span), newText: edit.text }] } },
      });
      return result.applied;
    }
    return undefined;
  });

  documents.listen(connection);
  connection.listen();
}

/** Checks every report file in the workspace folders and publishes its diagnostics; returns the counts. */
function checkWorkspace(connection: Connection, folders: readonly string[], config: Config, documents: TextDocuments<TextDocument>, index: ReportIndex) {
  index.scan(folders, config);
  const summary = { files: 0, reports: 0, errors: 0, warnings: 0 };
  for (const folder of folders) {
    const files = globSync(REPORT_GLOBS, { cwd: folder, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
    for (const file of files) {
      summary.files++;
      const uri = pathToFileURL(file).toString();
      if (documents.get(uri)) continue;
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      const report = parseReport(text, { format: config.format });
      if (!report.isAnnualReport && !file.endsWith('.gkr')) continue;
      const previous = index.previousOf(uri, report);
      const analysis = { report, findings: lint(report, config, previous ? { previous } : {}) };
      summary.reports++;
      const document = TextDocument.create(uri, 'gkreport', 0, text);
      const diagnostics: Diagnostic[] = analysis.findings.map((finding) => toDiagnostic(document, finding));
      summary.errors += analysis.findings.filter((finding) => finding.severity === 'error').length;
      summary.warnings += analysis.findings.filter((finding) => finding.severity === 'warning').length;
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  }
  return summary;
}

export const RULE_IDS = RULES.map((rule) => rule.meta.id);
export type { DiagnosticData };
