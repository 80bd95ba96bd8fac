import { fileURLToPath } from 'node:url';
import { CodeActionKind, FileChangeType, TextDocumentSyncKind, type Connection, type InitializeParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  computeTotals, convertDocument, createChecker, minimalEdit, newReport, normalizeLocale, reportStatus, reportTemplate, msg, render, SHARED,
  type Analysis, type CheckInput, type Config, type Locale,
} from '../core';
import { shown } from './visible';
import { Checks } from './checks';
import { TimeSlices } from './slices';
import { ruleDocsLink, toDiagnostic, versionedEdit, type RuleDocsLink } from './convert';
import { OpenDocuments } from './documents';
import { FIX_ALL } from './fix-all';
import { describe, Guard } from './guard';
import { listenForImports } from './import-report';
import { documentArgument, newReportArguments } from './params';
import { listenForExport } from './export';
import { listenForRequests } from './requests';
import { listenForAuditPage } from './audit';
import { Workspace } from './workspace';
import { CONFIG_FILE, ConfigLoader, type Settings } from './settings';
import { REVIEW_FILE, ReviewLoader } from './reviews';

const DEBOUNCE_MS = 150;
/** Above this many characters a document is checked when the typing stops or on save, not after each keystroke. */
export const IDLE_CHECK_SIZE = 2_000_000;
const IDLE_MS = 1500;
/** A check that takes longer than this (from its start to its end, slices included) is logged to the output channel. */
const SLOW_CHECK_MS = 300;

declare const GKREPORT_VERSION: string;
const VERSION = typeof GKREPORT_VERSION === 'string' ? GKREPORT_VERSION : '0.0.0-dev';
export const CHECK_WORKSPACE = 'gkreport.server.checkWorkspace';
export const CONVERT_DOCUMENT = 'gkreport.server.convertToSimplified';
export const NEW_REPORT = 'gkreport.server.newReport';
export const COMPUTE_TOTALS = 'gkreport.server.computeTotals';
export const FULL_WIDTH_PUNCTUATION = 'gkreport.server.fullWidthPunctuation';
/** {uri, version, state: 'started' | 'finished'} around every check of an open document (a status for the client, and how tests see a check in flight) */
export const CHECK_STATE = 'gkreport/checkState';
/** {uri, version, status: ReportStatus | null} with each publication: the status bar item of the active report (null: not a report, or gkreport is off) */
export const REPORT_STATUS = 'gkreport/reportStatus';

/**
 * Wires LSP to the core's checker: documents, debounced checks run in slices off the request loop, code actions
 * from the analysis of the version they edit, conversions. No analysis happens here. Nothing a client sends ends
 * the process: every handler and timer is guarded, and what fails is logged.
 */
export function startServer(connection: Connection): void {
  const log = (message: string) => connection.console.log(message);
  const guard = new Guard(connection);
  const documents = new OpenDocuments(log);
  const timers = new Map<string, NodeJS.Timeout>();
  let displayLocale: Locale = 'zh-CN';
  let locale: Locale = 'zh-CN';
  let docs: RuleDocsLink = ruleDocsLink(undefined);
  const loader = new ConfigLoader(connection, () => locale);
  /** the configuration of a document (its .gkreportrc.json), or of the workspace */
  const config = (uri?: string): Config => loader.forPath(uri ? uriToPath(uri) : undefined);
  /** the review decisions of a document (its .gkreport-review.json): applied to its kept check when the file changes */
  const reviewLoader = new ReviewLoader(connection, () => locale);

  const loggedErrors = new Set<string>();
  /** A rule that throws is left out of that check; the error goes to the output channel once per rule. */
  const checker = createChecker({
    onRuleError: (ruleId, error) => {
      if (loggedErrors.has(ruleId)) return;
      loggedErrors.add(ruleId);
      connection.console.error(`gkreport: rule ${ruleId} failed and was skipped: ${describe(error)}`);
    },
  });
  /** when each running check started, for the slow-check log */
  const startedAt = new Map<string, number>();
  const checks = new Checks(checker, {
    started: (input) => {
      startedAt.set(input.uri, performance.now());
      return connection.sendNotification(CHECK_STATE, { uri: input.uri, version: input.version, state: 'started' });
    },
    finished: (input) => {
      const elapsed = performance.now() - (startedAt.get(input.uri) ?? performance.now());
      startedAt.delete(input.uri);
      if (elapsed > SLOW_CHECK_MS) log(`gkreport: slow check: ${input.uri} (version ${input.version}, ${input.text.length.toLocaleString('en')} characters) took ${Math.round(elapsed)} ms`);
      void connection.sendNotification(CHECK_STATE, { uri: input.uri, version: input.version, state: 'finished' });
    },
    failed: (input, error) => connection.console.error(`gkreport: the check of ${input.uri} failed: ${describe(error)}`),
  });

  const inputOf = (document: TextDocument): CheckInput => ({
    uri: document.uri, version: document.version, text: document.getText(), config: config(document.uri), always: document.languageId === 'gkreport',
    reviews: reviewLoader.forPath(uriToPath(document.uri)),
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

  const visible = (document: TextDocument, analysis: Analysis) => loader.settings.enable !== false && shown(document, analysis);

  /** nothing is published before the settings are read: not a first batch in the wrong language or severities */
  let settingsRead = false;
  /** the analysis last published per document: one publication per version and analysis */
  const published = new Map<string, Analysis>();

  const publish = async (document: TextDocument) => {
    if (!settingsRead) return;
    const analysis = await analysisOf(document);
    if (!analysis || published.get(document.uri) === analysis) return;
    published.set(document.uri, analysis);
    const diagnostics = visible(document, analysis) ? await inSlices(analysis.findings, (finding) => toDiagnostic(document, finding, docs, analysis.config.locale)) : [];
    // a newer version may have come while the diagnostics were converted: its own publication follows
    if (published.get(document.uri) !== analysis) return;
    void connection.sendDiagnostics({ uri: document.uri, version: analysis.version, diagnostics });
    void connection.sendNotification(REPORT_STATUS, { uri: document.uri, version: analysis.version, status: visible(document, analysis) ? reportStatus(analysis, locale) : null });
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
    timers.set(document.uri, setTimeout(guard.notification('a scheduled check', () => {
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
    log(`gkreport: settings ${settingsRead ? 'changed' : 'read'}: ${describeSettings(loader.settings, locale)}`);
    loader.clear();
    settingsRead = true;
    published.clear();
    documents.all().forEach((document) => schedule(document, false, 0));
  };

  const workspace = new Workspace({
    connection, checker, config, reviews: (file) => reviewLoader.forPath(file), isOpen: (uri) => documents.get(uri) !== undefined,
    docs: (ruleId) => docs(ruleId), invalidate: (uri) => invalidate(uri), openAnalysis: (uri) => checker.kept(uri),
  });

  connection.onInitialize((params: InitializeParams) => {
    displayLocale = normalizeLocale(params.locale);
    locale = displayLocale;
    log(`gkreport language server ${VERSION} started (Node.js ${process.version}, display language ${params.locale ?? 'unknown'}, ${params.workspaceFolders?.length ?? 0} workspace folders)`);
    docs = ruleDocsLink(params.initializationOptions);
    // folders that are not on this machine's disk (a network share's host, vscode-vfs:, untitled:) are not scanned
    workspace.folders = (params.workspaceFolders ?? []).flatMap((folder) => uriToPath(folder.uri) ?? []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL], resolveProvider: true },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['#', '|', '-', ' '] },
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        executeCommandProvider: { commands: [CHECK_WORKSPACE, CONVERT_DOCUMENT, NEW_REPORT, COMPUTE_TOTALS, FULL_WIDTH_PUNCTUATION] },
      },
    };
  });
  connection.onInitialized(guard.notification('initialized', () => {
    // build the OpenCC converter and exercise every rule once now, not on the first document
    createChecker().check({ uri: 'warm-up:', text: reportTemplate({ era: '2021', year: '2024', unit: '示例单位' }) });
    void refreshAll().catch(() => undefined).then(() => setImmediate(guard.notification('the workspace scan', () => void checks.exclusive(() => {
      const started = performance.now();
      const scanned = workspace.scan();
      log(`gkreport: indexed ${scanned.files} files of the workspace for the cross-year rules (annual reports: ${scanned.reports}) in ${Math.round(performance.now() - started)} ms`);
    }).catch((error) => log(`gkreport: the workspace scan failed: ${describe(error)}`)))));
  }));

  connection.onDidChangeWatchedFiles(guard.notification('watched files', (params) => {
    if (params.changes.some((change) => change.uri.endsWith(CONFIG_FILE))) {
      loader.clear();
      documents.all().forEach((document) => schedule(document));
    }
    // the decisions are applied again to each kept check (read when their file changed), and published
    if (params.changes.some((change) => change.uri.endsWith(REVIEW_FILE))) {
      reviewLoader.clear();
      documents.all().forEach((document) => schedule(document, false, 0));
    }
    const changes = params.changes;
    void checks.exclusive(() => {
      for (const change of changes) {
        const file = uriToPath(change.uri);
        if (change.uri.endsWith(CONFIG_FILE) || change.uri.endsWith(REVIEW_FILE) || !file || documents.get(change.uri)) continue;
        const affected = change.type === FileChangeType.Deleted ? checker.removeFile(change.uri) : workspace.index(file);
        affected.forEach(invalidate);
      }
    }).catch((error) => log(`gkreport: indexing changed files failed: ${describe(error)}`));
  }));
  connection.onDidChangeConfiguration(() => void refreshAll().catch(() => undefined));

  documents.listen(connection, {
    opened: guard.notification('didOpen', (document: TextDocument) => {
      // opened again: whatever was kept of the uri belongs to another text
      checks.stop(document.uri);
      checker.forget(document.uri);
      published.delete(document.uri);
      clearTimeout(timers.get(document.uri));
      timers.delete(document.uri);
      void publish(document).catch((error) => log(`gkreport: publishing ${document.uri} failed: ${describe(error)}`));
    }),
    changed: guard.notification('didChange', (document: TextDocument) => schedule(document)),
    saved: guard.notification('didSave', (document: TextDocument) => {
      if (isLarge(document)) schedule(document, false, 0);
    }),
    closed: guard.notification('didClose', (uri: string) => {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      checks.stop(uri);
      published.delete(uri);
      checker.close(uri).forEach(invalidate);
      const file = uriToPath(uri);
      if (file) void checks.exclusive(() => workspace.index(file).forEach(invalidate)).catch((error) => log(`gkreport: indexing ${uri} failed: ${describe(error)}`));
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  });

  listenForRequests({
    connection, guard, documents, checker, config, analysisForRequest,
    locale: () => locale, enabled: () => loader.settings.enable !== false, exclusive: (work) => checks.exclusive(work),
  });
  listenForExport({ connection, guard, documents });
  listenForAuditPage({ connection, guard, workspace, exclusive: (work) => checks.exclusive(work), locale: () => locale });

  listenForImports(connection, guard, () => locale);

  connection.onExecuteCommand(guard.request('executeCommand', undefined, async (params) => {
    if (params.command === NEW_REPORT) {
      const request = newReportArguments(params.arguments);
      return newReport(request, checker.findReport(request.unit, request.year - 1));
    }
    if (params.command === CHECK_WORKSPACE) return checks.exclusive(() => workspace.check());
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
    if (params.command === FULL_WIDTH_PUNCTUATION) {
      const document = documents.get(documentArgument(FULL_WIDTH_PUNCTUATION, params.arguments));
      if (!document) return false;
      const text = document.getText();
      // every half-width mark the rule finds (suppressed ones stay), as fix-all of that rule would change them
      const fixed = await checks.exclusive(() => checker.fixAll(text, config(document.uri), { rules: new Set(['punctuation-width']) }, document.uri));
      if (fixed.text === text) return true;
      const result = await connection.workspace.applyEdit({
        label: render(msg(SHARED.command['full-width-punctuation']), locale),
        edit: versionedEdit(document, [minimalEdit(text, fixed.text)]),
      });
      return result.applied;
    }
    if (params.command === COMPUTE_TOTALS) {
      const document = documents.get(documentArgument(COMPUTE_TOTALS, params.arguments));
      const analysis = document && await analysisOf(document);
      if (!document || !analysis || !shown(document, analysis)) return false;
      const edits = computeTotals(analysis);
      if (edits.length === 0) return true;
      const result = await connection.workspace.applyEdit({
        label: render(msg(SHARED.command['compute-totals']), locale),
        edit: versionedEdit(document, edits),
      });
      return result.applied;
    }
    return undefined;
  }));

  connection.listen();
}

/** Maps a long list (a large report's findings) in slices of about 10 ms, answering other messages between them. */
async function inSlices<T, U>(items: readonly T[], map: (item: T) => U): Promise<U[]> {
  const mapped: U[] = [];
  const slices = new TimeSlices();
  for (const item of items) {
    mapped.push(map(item));
    // the clock is read every 256 items, not for each
    if (mapped.length % 256 === 0) await slices.pause();
  }
  return mapped;
}

/** The settings in one line of the output channel: what differs from the defaults. */
function describeSettings(settings: Settings, locale: Locale): string {
  const rules = Object.entries(settings.rules ?? {}).filter(([, value]) => value && value !== 'default').map(([id, value]) => `${id}=${value}`);
  return [
    `enable=${settings.enable !== false}`, `locale=${locale}`, `reportFormat=${settings.reportFormat ?? 'auto'}`, `scriptPolicy=${settings.scriptPolicy ?? 'simplified'}`,
    ...(settings.maxFileSize ? [`maxFileSize=${settings.maxFileSize}`] : []),
    rules.length > 0 ? `rules: ${rules.join(', ')}` : 'rules: defaults',
  ].join(', ');
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
