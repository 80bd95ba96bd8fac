import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic, type Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** A problem of a project file (.gkreportrc.json, .gkreport-review.json), and where in its text it is. */
export interface FileProblem {
  readonly message: string;
  /** the offset of what it is about; default the first line */
  readonly at?: { readonly start: number; readonly end: number };
}

/**
 * The problems of the project's own files as diagnostics on them, once per reading of a file (`reading`: the object
 * the reader made, read again when the file changed); cleared when a new reading has none.
 */
export class FileProblems {
  readonly #reported = new Set<string>();
  readonly #seen = new WeakSet<object>();

  constructor(private readonly connection: Connection) {}

  publish(reading: object, file: string, text: string, problems: readonly FileProblem[]): void {
    if (this.#seen.has(reading)) return;
    this.#seen.add(reading);
    this.connection.console.log(`gkreport: read ${file}: ${problems.length === 0 ? 'valid' : `${problems.length} problems`}`);
    const uri = pathToFileURL(file).toString();
    if (problems.length === 0 && !this.#reported.has(uri)) return;
    const document = TextDocument.create(uri, 'json', 0, text);
    const diagnostics: Diagnostic[] = problems.map((problem) => ({
      range: problem.at ? { start: document.positionAt(problem.at.start), end: document.positionAt(problem.at.end) } : firstLine(text),
      severity: DiagnosticSeverity.Error,
      source: 'gkreport',
      message: problem.message,
    }));
    void this.connection.sendDiagnostics({ uri, diagnostics });
    if (problems.length > 0) this.#reported.add(uri);
    else this.#reported.delete(uri);
  }
}

function firstLine(text: string): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: (text.split('\n')[0] ?? '').length } };
}
