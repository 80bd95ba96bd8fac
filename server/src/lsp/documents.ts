import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface DocumentEvents {
  /** a document opened, or opened again with new text (what was kept of it is stale) */
  opened(document: TextDocument): void;
  changed(document: TextDocument): void;
  saved(document: TextDocument): void;
  closed(uri: string): void;
}

/**
 * The open documents, kept in step with the editor. A change whose version is not newer than the document's
 * is not applied (it would apply edits to a text they were not made for) and is logged; a second open of an
 * open uri starts the document over. A message about a uri that is not open is logged and dropped.
 */
export class OpenDocuments {
  readonly #documents = new Map<string, TextDocument>();

  constructor(private readonly log: (message: string) => void) {}

  get(uri: string): TextDocument | undefined {
    return this.#documents.get(uri);
  }

  all(): TextDocument[] {
    return [...this.#documents.values()];
  }

  listen(connection: Connection, events: DocumentEvents): void {
    connection.onDidOpenTextDocument(({ textDocument }) => {
      const document = TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text);
      this.#documents.set(textDocument.uri, document);
      events.opened(document);
    });
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const document = this.#documents.get(textDocument.uri);
      if (!document) return this.log(`gkreport: a change of ${textDocument.uri}, which is not open, was ignored`);
      if (typeof textDocument.version !== 'number' || textDocument.version <= document.version) {
        return this.log(`gkreport: a change of ${textDocument.uri} to version ${textDocument.version}, not newer than ${document.version}, was ignored`);
      }
      if (contentChanges.length === 0) return;
      TextDocument.update(document, contentChanges as TextDocumentContentChangeEvent[], textDocument.version);
      events.changed(document);
    });
    connection.onDidSaveTextDocument(({ textDocument }) => {
      const document = this.#documents.get(textDocument.uri);
      if (document) events.saved(document);
    });
    connection.onDidCloseTextDocument(({ textDocument }) => {
      if (!this.#documents.delete(textDocument.uri)) return;
      events.closed(textDocument.uri);
    });
  }
}
