import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** the context key of the Tab / Shift+Tab keybindings (package.json) */
const IN_REPORT_TABLE = 'gkreport.inReportTable';
/** asking the server again after typing: it checks 150 ms after the last change, and the request waits for that check */
const REFRESH_DELAY_MS = 200;

interface WireRange { start: { line: number; character: number }; end: { line: number; character: number } }
interface TableCellsResult { version: number; tables: { range: WireRange; cells: WireRange[] }[] }

interface KnownTables {
  /**
   * the document object itself, not its uri: a file closed and opened again, or a new untitled document that
   * reuses a closed one's name, starts again at version 1 with other text
   */
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly tables: readonly { readonly range: vscode.Range; readonly cells: readonly vscode.Range[] }[];
}

const toRange = (range: WireRange) => new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);

/**
 * Tab / Shift+Tab from number cell to number cell of a report table. The server says where the cells are
 * (gkreport/tableCells, per version); the context key says whether the active editor's cursor is in a table.
 */
export function registerCellNavigation(context: vscode.ExtensionContext, client: LanguageClient): void {
  let known: KnownTables | undefined;
  let inTable = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** the tables of the document's version at the time of asking; null from the server: no report (or no longer that version) */
  const ask = async (document: vscode.TextDocument): Promise<KnownTables | undefined> => {
    const uri = document.uri.toString();
    const version = document.version;
    try {
      const result = await client.sendRequest<TableCellsResult | null>('gkreport/tableCells', { textDocument: { uri }, version });
      if (!result) return { document, version, tables: [] };
      return { document, version: result.version, tables: result.tables.map((table) => ({ range: toRange(table.range), cells: table.cells.map(toRange) })) };
    } catch {
      // the server is restarting or stopped: no cells until it answers again
      return undefined;
    }
  };

  /** between an edit and the server's answer, the last version's tables stand in: typing in a cell moves no row */
  const updateContext = () => {
    const editor = vscode.window.activeTextEditor;
    const tables = editor && known?.document === editor.document ? known.tables : [];
    const now = editor !== undefined && tables.some((table) => table.range.contains(editor.selection.active));
    if (now === inTable) return;
    inTable = now;
    void vscode.commands.executeCommand('setContext', IN_REPORT_TABLE, now);
  };

  const refresh = async (document: vscode.TextDocument) => {
    const answer = await ask(document);
    if (answer && answer.version === document.version && vscode.window.activeTextEditor?.document === document) {
      known = answer;
      updateContext();
    }
  };

  const schedule = (document: vscode.TextDocument) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(document), REFRESH_DELAY_MS);
  };

  /** the tables of the document's current version: asked for now when the last answer is of an older one */
  const current = async (document: vscode.TextDocument): Promise<KnownTables | undefined> => {
    // no tables may also mean the server had not opened the document yet: ask again
    if (known?.document === document && known.version === document.version && known.tables.length > 0) return known;
    const answer = await ask(document);
    if (answer && answer.version === document.version) known = answer;
    return answer;
  };

  const move = async (direction: 'next' | 'previous') => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const version = editor.document.version;
    const tables = await current(editor.document);
    // the text moved on while the server answered, or the cursor left: the cells are not where they were
    if (!tables || editor.document.version !== version || vscode.window.activeTextEditor !== editor) return;
    const from = editor.selection.start;
    const table = tables.tables.find((candidate) => candidate.range.contains(from));
    if (!table) return;
    const { cells } = table;
    // at the last cell Tab stays there (and Shift+Tab at the first): typing on never lands back at the top of the table
    const target = direction === 'next'
      ? cells.find((cell) => cell.start.isAfter(from)) ?? cells[cells.length - 1]
      : [...cells].reverse().find((cell) => cell.end.isBefore(from)) ?? cells[0];
    editor.selection = new vscode.Selection(target.start, target.end);
    editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('gkreport.nextCell', () => move('next')),
    vscode.commands.registerCommand('gkreport.previousCell', () => move('previous')),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor === vscode.window.activeTextEditor) updateContext();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      updateContext();
      if (editor) void refresh(editor.document);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0 && event.document === vscode.window.activeTextEditor?.document) schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (known?.document === document) known = undefined;
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  const editor = vscode.window.activeTextEditor;
  if (editor) void refresh(editor.document);
}
