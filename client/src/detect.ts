import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DocumentSelector, LanguageClient } from 'vscode-languageclient/node';

/** the languages the extension checks whatever their content (server/src/lsp/visible.ts: REPORT_LANGUAGES) */
const REPORT_LANGUAGES = new Set(['gkreport', 'markdown', 'plaintext']);
/** the language a saved report's extension says, when VS Code kept the one it guessed for the untitled document */
const LANGUAGE_OF_EXTENSION: Readonly<Record<string, string>> = { '.gkr': 'gkreport', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'plaintext' };
/** globalState: the user chose 不再询问 */
const NEVER_OFFER = 'gkreport.languageOffer.never';

/**
 * The documents the server hears of besides those of the report languages: every untitled document (a report pasted
 * into a new editor is often guessed to be Ini or another language) and the files with a report's extension in any
 * language (one saved from such an untitled document keeps the guessed language). The server is silent on them unless
 * their content is evidently an annual report (server/src/lsp/visible.ts: two prescribed sections or a prescribed table,
 * not a title alone); completion, outline, folding and fix-all too.
 */
export const DETECTED_DOCUMENTS: DocumentSelector = [
  { scheme: 'untitled' },
  { scheme: 'file', pattern: '**/*.{md,markdown,txt,gkr}' },
];

export type LanguageChoice = 'gkreport' | 'markdown' | 'never';

/** An offer to switch a report's language, as the extension's API shows it (its e2e test answers it there). */
export interface LanguageOffer {
  readonly uri: string;
  readonly languageId: string;
  /** answers the offer as the information message's buttons would; the first answer wins */
  readonly answer: (choice: LanguageChoice | undefined) => void;
}

/**
 * Untitled and mis-detected reports. When the server has checked a document whose language is not a report language
 * (or an untitled one in plain text) and says it is evidently an annual report (gkreport/isReport): a saved file gets back the
 * language of its extension; an untitled document gets one offer (per document; 不再询问 is remembered) to switch to
 * the report language or Markdown.
 */
export function registerLanguageDetection(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  checkFinished: vscode.Event<{ readonly uri: string; readonly version: number; readonly state: 'started' | 'finished' }>,
): vscode.Event<LanguageOffer> {
  const offers = new vscode.EventEmitter<LanguageOffer>();
  /**
   * untitled documents already offered: once each. The document itself, not its uri: a new untitled document reuses
   * a closed one's name (Untitled-1), and it is the same object through a change of language.
   */
  const handled = new WeakSet<vscode.TextDocument>();

  const candidate = (document: vscode.TextDocument): 'untitled' | 'file' | undefined => {
    if (document.uri.scheme === 'untitled') return document.languageId === 'gkreport' || document.languageId === 'markdown' ? undefined : 'untitled';
    if (document.uri.scheme === 'file' && !REPORT_LANGUAGES.has(document.languageId) && LANGUAGE_OF_EXTENSION[path.extname(document.uri.fsPath).toLowerCase()]) return 'file';
    return undefined;
  };

  const isReport = async (document: vscode.TextDocument): Promise<boolean> => {
    try {
      const result = await client.sendRequest<{ isReport: boolean } | null>('gkreport/isReport', { textDocument: { uri: document.uri.toString() }, version: document.version });
      return result?.isReport ?? false;
    } catch {
      // the server is restarting: the next check asks again
      return false;
    }
  };

  const offer = async (document: vscode.TextDocument) => {
    const uri = document.uri.toString();
    handled.add(document);
    let answered: (choice: LanguageChoice | undefined) => void = () => undefined;
    const fromApi = new Promise<LanguageChoice | undefined>((resolve) => (answered = resolve));
    offers.fire({ uri, languageId: document.languageId, answer: (choice) => answered(choice) });
    const report = vscode.l10n.t('Switch to 年度报告'), markdown = vscode.l10n.t('Switch to Markdown'), never = vscode.l10n.t("Don't ask again");
    const fromMessage = vscode.window.showInformationMessage(
      vscode.l10n.t('This document looks like an annual report (政府信息公开工作年度报告). Switch its language to 年度报告 for snippets and highlighting, or to Markdown?'),
      report, markdown, never,
    ).then((picked) => (picked === report ? 'gkreport' : picked === markdown ? 'markdown' : picked === never ? 'never' : undefined));
    const choice = await Promise.race([fromApi, fromMessage]);
    if (choice === 'never') await context.globalState.update(NEVER_OFFER, true);
    else if (choice && !document.isClosed) await vscode.languages.setTextDocumentLanguage(document, choice);
  };

  const consider = async (document: vscode.TextDocument) => {
    const kind = candidate(document);
    if (!kind || (kind === 'untitled' && (handled.has(document) || context.globalState.get<boolean>(NEVER_OFFER)))) return;
    if (!(await isReport(document)) || document.isClosed) return;
    if (kind === 'file') {
      // re-detected: what its extension says (it was saved from an untitled document in the guessed language)
      await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_OF_EXTENSION[path.extname(document.uri.fsPath).toLowerCase()]);
    } else if (!handled.has(document)) await offer(document);
  };

  context.subscriptions.push(offers, checkFinished((event) => {
    if (event.state !== 'finished') return;
    const document = vscode.workspace.textDocuments.find((candidateDocument) => candidateDocument.uri.toString() === event.uri);
    // a document closed while it was considered: nothing to switch
    if (document && document.version === event.version) void consider(document).catch(() => undefined);
  }));
  return offers.event;
}
