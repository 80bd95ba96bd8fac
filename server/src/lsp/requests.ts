import { CodeAction, CodeActionKind, type Connection, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  codeLenses, completionsAt, computeTotals, pasteTables, pasteText, foldingRanges, formatTables, hoverAt, msg, outline, pipeTableConversions, render, SHARED, tableCells,
  type Analysis, type Checker, type Config, type Locale, type Span,
} from '../core';
import { quickFixes, toCompletionItem, toDocumentSymbol, toRange, versionedEdit } from './convert';
import type { OpenDocuments } from './documents';
import { fixAllActions, FIX_ALL, resolveFixAll } from './fix-all';
import { markReviewedActions } from './review-actions';
import type { Guard } from './guard';
import { documentVersionParams, pasteTableParams } from './params';
import { isEvidentReport, offered, shown } from './visible';
import { readHtmlBlocks } from '../readers';

export interface RequestHost {
  readonly connection: Connection;
  readonly guard: Guard;
  readonly documents: OpenDocuments;
  readonly checker: Checker;
  config(uri: string): Config;
  /** the analysis a request reads (server.ts: the current version's, waiting for its check when one is due) */
  analysisForRequest(document: TextDocument, stale?: boolean): Promise<Analysis | undefined>;
  locale(): Locale;
  /** gkreport.enable */
  enabled(): boolean;
  /** runs work of the checker between checks, never inside one (server/src/lsp/checks.ts) */
  exclusive<T>(work: () => T): Promise<T>;
}

/** The requests that read an analysis: code actions and their resolve, hover, completion, lenses, outline, folding, table cells. */
export function listenForRequests(host: RequestHost): void {
  /** the totals 计算合计 would write, per analysis: the editor asks for code actions at every cursor move */
  const computed = new WeakMap<Analysis, ReturnType<typeof computeTotals>>();
  const totalsOf = (analysis: Analysis) => {
    let totals = computed.get(analysis);
    if (!totals) computed.set(analysis, (totals = computeTotals(analysis)));
    return totals;
  };

  /**
   * Code actions answer from the analysis of the document's current version (waiting for its check when it is not
   * there yet): their edits are edits of that version. A diagnostic of an older version finds its finding only where
   * the same finding stands at the same place in the current text.
   */
  host.connection.onCodeAction(host.guard.request('codeAction', [], async (params) => {
    const requested = host.documents.get(params.textDocument.uri);
    // no analysis of the current version yet (typed, or re-checked since last year's report was indexed): the request
    // waits for its check, or a save right after typing would fix nothing and a quick fix would be missing
    const analysis = requested && (host.checker.kept(requested.uri, requested.version) ?? await host.analysisForRequest(requested));
    const document = host.documents.get(params.textDocument.uri);
    // moved on while it waited: the client asks again for the new text
    if (!document || !analysis || analysis.version !== document.version) return [];
    const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'gkreport');
    const actions: CodeAction[] = [
      ...quickFixes(document, analysis, ours), ...reopenActions(document.uri, ours, host.locale()), ...markReviewedActions(document, analysis, ours, host.locale()),
    ];
    const wanted = (kind: string) => !params.context.only || params.context.only.some((only) => kind.startsWith(only));
    // fix-all (and so fix-on-save) and the refactorings only where the findings are shown: never code in an untitled editor, never a note
    const visible = host.enabled() && shown(document, analysis);
    if (visible && (wanted(FIX_ALL) || wanted(CodeActionKind.QuickFix))) actions.push(...fixAllActions(analysis, ours, host.locale()));
    if (visible && wanted(CodeActionKind.RefactorRewrite)) {
      const range = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
      for (const conversion of pipeTableConversions(analysis.report, range)) {
        actions.push(CodeAction.create(render(msg(SHARED.refactor['pipe-table']), host.locale()), versionedEdit(document, [conversion.edit]), CodeActionKind.RefactorRewrite));
      }
      // asked for, never part of fix-all or fix-on-save: the totals are the user's to write
      const totals = totalsOf(analysis);
      if (totals.length > 0) {
        const title = totals.length === 1 ? msg(SHARED.refactor['compute-totals-one']) : msg(SHARED.refactor['compute-totals'], { count: totals.length });
        actions.push(CodeAction.create(render(title, host.locale()), versionedEdit(document, totals), CodeActionKind.RefactorRewrite));
      }
    }
    if (params.context.only) return actions.filter((action) => params.context.only!.some((kind) => action.kind?.startsWith(kind)));
    return actions;
  }));

  host.connection.onCodeActionResolve((action) =>
    host.guard.request('codeAction/resolve', action, () => host.exclusive(() => resolveFixAll(action, (uri) => host.documents.get(uri), host.checker, host.config, host.locale())))(action));

  host.connection.onHover(host.guard.request('hover', null, async (params) => {
    const document = host.documents.get(params.textDocument.uri);
    const analysis = document && await host.analysisForRequest(document);
    const hover = document && analysis && shown(document, analysis) && hoverAt(analysis, document.offsetAt(params.position), host.locale());
    return hover && host.enabled() ? { contents: { kind: 'markdown' as const, value: hover.markdown } } : null;
  }));
  host.connection.onCompletion(host.guard.request('completion', [], async (params) => {
    const document = host.documents.get(params.textDocument.uri);
    const analysis = document && await host.analysisForRequest(document);
    return document && analysis && offered(document, analysis) ? completionsAt(analysis.report, document.offsetAt(params.position), host.locale()).map(toCompletionItem) : [];
  }));
  host.connection.onCodeLens(host.guard.request('codeLens', [], async (params) => {
    const document = host.documents.get(params.textDocument.uri);
    const analysis = document && await host.analysisForRequest(document);
    if (!document || !analysis || !host.enabled() || !shown(document, analysis)) return [];
    return codeLenses(analysis, host.locale()).map((lens) => {
      const at = document.positionAt(lens.offset);
      if (lens.targets.length === 0) return { range: { start: at, end: at }, command: { title: lens.title, command: '' } };
      const targets: LensTargetArgument[] = lens.targets.map((target) => ({ label: target.label, detail: target.detail, range: toRange(document, target.span) }));
      return { range: { start: at, end: at }, command: { title: lens.title, command: GO_TO_LENS_TARGET, arguments: [document.uri, targets] } };
    });
  }));
  host.connection.onDocumentSymbol(host.guard.request('documentSymbol', [], async (params) => {
    const document = host.documents.get(params.textDocument.uri);
    const analysis = document && await host.analysisForRequest(document, true);
    return document && analysis && offered(document, analysis) ? outline(analysis.report).map((symbol) => toDocumentSymbol(document, symbol)) : [];
  }));
  /**
   * Format Document and Format Selection (and so format on save): the report tables' pipes aligned, as edits of the
   * current text, from the analysis of its current version (waiting for its check when one is due).
   */
  const format = async (uri: string, range?: Span): Promise<TextEdit[]> => {
    const document = host.documents.get(uri);
    const analysis = document && await host.analysisForRequest(document);
    if (!document || !analysis || !host.enabled() || !shown(document, analysis)) return [];
    return formatTables(analysis.report, range).map((edit) => ({ range: toRange(document, edit.span), newText: edit.text }));
  };
  host.connection.onDocumentFormatting(host.guard.request('formatting', [], (params) => format(params.textDocument.uri)));
  host.connection.onDocumentRangeFormatting(host.guard.request('rangeFormatting', [], (params) => {
    const document = host.documents.get(params.textDocument.uri);
    return format(params.textDocument.uri, document && { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) });
  }));
  host.connection.onFoldingRanges(host.guard.request('foldingRange', [], async (params) => {
    const document = host.documents.get(params.textDocument.uri);
    const analysis = document && await host.analysisForRequest(document, true);
    return document && analysis && offered(document, analysis) ? foldingRanges(analysis.report) : [];
  }));

  /**
   * gkreport/tableCells: the number cells of the report tables, for Tab from cell to cell in the client, from the
   * analysis of the current version (waiting for its check). Null when the client's version is not the current one
   * (it asks again after the change), the document is no report or the extension is off.
   */
  host.connection.onRequest(TABLE_CELLS, host.guard.request('tableCells', null, async (params: unknown): Promise<TableCellsResult | null> => {
    const { textDocument, version } = documentVersionParams(params);
    const document = host.documents.get(textDocument.uri);
    if (!document || (version !== undefined && version !== document.version)) return null;
    const analysis = await host.analysisForRequest(document);
    if (!analysis || !host.enabled() || !shown(document, analysis)) return null;
    return {
      version: analysis.version,
      tables: tableCells(analysis.report).map((table) => ({ range: toRange(document, table.span), cells: table.cells.map((cell) => toRange(document, cell)) })),
    };
  }));

  /**
   * gkreport/isReport: whether the current version of a document is evidently an annual report by its content (not by
   * its language; visible.ts), for the client's offer to switch an untitled or mis-detected document to the report language. Null when
   * the client's version is not the current one or the document is not open.
   */
  host.connection.onRequest(IS_REPORT, host.guard.request('isReport', null, async (params: unknown): Promise<{ readonly isReport: boolean } | null> => {
    const { textDocument, version } = documentVersionParams(params, IS_REPORT);
    const document = host.documents.get(textDocument.uri);
    if (!document || (version !== undefined && version !== document.version)) return null;
    const analysis = await host.analysisForRequest(document);
    return analysis ? { isReport: isEvidentReport(analysis.report) } : null;
  }));

  /**
   * gkreport/pasteTable: what a paste into the document should insert when the clipboard holds a table: its HTML's
   * tables (Word, WPS, a web page) as pipe tables, or its plain text when that is a report table the core converts;
   * read with the document around the paste, so in its era and section. Here rather than in the client: the reader
   * and the core are already in the server bundle, and the client stays a relay. Null: nothing to convert (the
   * default paste stays), another version than the current one, or the extension off.
   */
  host.connection.onRequest(PASTE_TABLE, host.guard.request('pasteTable', null, async (params: unknown): Promise<PasteTableResult | null> => {
    const { textDocument, version, range, html, text } = pasteTableParams(params);
    const document = host.documents.get(textDocument.uri);
    if (!document || version !== document.version || !host.enabled()) return null;
    const target = {
      text: document.getText(),
      span: { start: document.offsetAt(range.start), end: document.offsetAt(range.end) },
      format: host.config(document.uri).format,
    };
    const converted = (html !== undefined && /<table/i.test(html) ? pasteTables(target, readHtmlBlocks(html)) : undefined) ?? (text !== undefined ? pasteText(target, text) : undefined);
    if (converted === undefined) return null;
    // a report's own paste (the default there); elsewhere one the user picks from the paste widget
    const report = document.languageId === 'gkreport' || (await host.analysisForRequest(document))?.applies === true;
    return { text: converted, report };
  }));
}

export const TABLE_CELLS = 'gkreport/tableCells';
export const IS_REPORT = 'gkreport/isReport';
/** the client's command that reads a file again as GB 18030 (file-encoding's quick fix: a command, not an edit) */
export const REOPEN_GB18030 = 'gkreport.reopenWithGb18030';

function reopenActions(uri: string, diagnostics: readonly Diagnostic[], locale: Locale): CodeAction[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === 'file-encoding').map((diagnostic) => {
    const title = render(msg(SHARED.command['reopen-gb18030']), locale);
    const action = CodeAction.create(title, { title, command: REOPEN_GB18030, arguments: [uri] }, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
    return action;
  });
}

export const PASTE_TABLE = 'gkreport/pasteTable';

/** The client's command a clickable lens runs: [uri, targets], the first target first in the document. */
export const GO_TO_LENS_TARGET = 'gkreport.goToLensTarget';

export interface LensTargetArgument {
  readonly label: string;
  readonly detail?: string;
  readonly range: Range;
}

export interface TableCellsResult {
  readonly version: number;
  readonly tables: readonly { readonly range: Range; readonly cells: readonly Range[] }[];
}

export interface PasteTableResult {
  readonly text: string;
  /** the document is an annual report */
  readonly report: boolean;
}
