import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** the kind of our paste edit: a report table (or a table of the clipboard's HTML) as a pipe table */
export const PASTE_TABLE_KIND = vscode.DocumentDropOrPasteEditKind.Empty.append('gkreport', 'pipeTable');

interface PasteTableResult { text: string; report: boolean }

/**
 * Paste from Word, WPS, Excel or a web page: the clipboard's HTML tables (or a report table pasted as plain text)
 * become pipe tables. The server converts (gkreport/pasteTable); this only relays. In a report it is the default
 * paste: a clerk pasting 表三 from Word expects a table, and the paste widget still offers the plain text. In other
 * documents it yields to the plain text and waits in the widget.
 */
export function pasteTableProvider(client: LanguageClient): vscode.DocumentPasteEditProvider {
  return {
    async provideDocumentPasteEdits(document, ranges, dataTransfer, _context, token) {
      // one place to put one table; several cursors paste text as usual
      if (ranges.length !== 1) return undefined;
      const html = await dataTransfer.get('text/html')?.asString();
      const text = await dataTransfer.get('text/plain')?.asString();
      if (token.isCancellationRequested || (html === undefined && text === undefined)) return undefined;
      const range = ranges[0];
      let result: PasteTableResult | null;
      try {
        result = await client.sendRequest<PasteTableResult | null>('gkreport/pasteTable', {
          textDocument: { uri: document.uri.toString() },
          version: document.version,
          range: { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } },
          html,
          text,
        }, token);
      } catch {
        // the server is restarting or stopped: the default paste stays
        return undefined;
      }
      if (!result || token.isCancellationRequested) return undefined;
      const edit = new vscode.DocumentPasteEdit(result.text, vscode.l10n.t('Paste as an annual-report table'), PASTE_TABLE_KIND);
      if (!result.report) edit.yieldTo = [vscode.DocumentDropOrPasteEditKind.Text];
      return [edit];
    },
  };
}

export function registerPasteTable(context: vscode.ExtensionContext, client: LanguageClient): vscode.DocumentPasteEditProvider {
  const provider = pasteTableProvider(client);
  context.subscriptions.push(vscode.languages.registerDocumentPasteEditProvider(
    ['gkreport', 'markdown', 'plaintext'].map((language) => ({ language })),
    provider,
    { providedPasteEditKinds: [PASTE_TABLE_KIND], pasteMimeTypes: ['text/html', 'text/plain'] },
  ));
  return provider;
}
