import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { after } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  Diagnostic, InitializeResult, Range, TextDocumentEdit, TextEdit, WorkspaceEdit, WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

// A file of stdio tests once stayed alive after its last test had passed and been reported (no child process, no
// handle of ours left; seen under load only, never reproduced), and the run waited for it. Once every test of the
// file is done, a timer that keeps nothing alive ends the process if something else still does; its results are
// already written (stdout is synchronous on Linux) and the exit code is the runner's.
after(() => {
  setTimeout(() => process.exit(), 5000).unref();
});

/**
 * One language server process spoken to over stdio as an editor would, recording everything it says. Unlike
 * server.test.ts's shared server, each session is its own process, so a test can watch it die or misbehave.
 */

/** The bundled server (what the .vsix ships). */
export const SERVER = path.join(__dirname, '..', '..', '..', 'dist', 'server.js');

export interface Publication {
  readonly uri: string;
  readonly version: number | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ClientMessage {
  readonly type: number;
  readonly message: string;
}

export interface SessionOptions {
  /** `null`: no folder open; by default none either */
  readonly workspaceFolders?: readonly WorkspaceFolder[] | null;
  /** what workspace/configuration answers for the section `gkreport` (every item asked gets it) */
  readonly configuration?: unknown;
  readonly locale?: string;
  /** how long a wait for a publication (or an answer) may take before it fails */
  readonly timeoutMs?: number;
}

const DEFAULT_CONFIGURATION = { enable: true, reportFormat: 'auto', rules: {} };

/** What VS Code announces for the features the server uses: versioned diagnostics, versioned workspace edits, resolvable actions. */
const CLIENT_CAPABILITIES = {
  workspace: { configuration: true, workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

export class LspSession {
  /** every textDocument/publishDiagnostics, in the order received */
  readonly publications: Publication[] = [];
  /** window/logMessage */
  readonly logs: ClientMessage[] = [];
  /** window/showMessage */
  readonly shownMessages: ClientMessage[] = [];
  /** what the server asked the client to apply (workspace/applyEdit) */
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** how many times the server asked for workspace/configuration */
  configurationRequests = 0;
  /** `undefined` while the process runs */
  exitCode: number | null | undefined = undefined;
  exitSignal: NodeJS.Signals | null = null;
  #stderr = '';
  readonly #listeners = new Set<() => void>();

  private constructor(readonly child: ChildProcess, readonly connection: MessageConnection, private readonly timeoutMs: number, configuration: unknown) {
    child.once('exit', (code, signal) => {
      this.exitCode = code;
      this.exitSignal = signal;
      this.#notify();
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { this.#stderr = (this.#stderr + chunk).slice(-4000); });
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.publications.push({ uri: params.uri, version: params.version, diagnostics: params.diagnostics });
      this.#notify();
    });
    connection.onNotification('window/logMessage', (params: ClientMessage) => { this.logs.push(params); this.#notify(); });
    connection.onNotification('window/showMessage', (params: ClientMessage) => { this.shownMessages.push(params); this.#notify(); });
    connection.onRequest('window/showMessageRequest', (params: ClientMessage) => { this.shownMessages.push(params); this.#notify(); return null; });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      this.configurationRequests++;
      this.#notify();
      return params.items.map(() => configuration);
    });
    connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    // a write to a dead process's stdin is expected in a test about crashes; it is read from `alive`
    child.stdin!.on('error', () => undefined);
    connection.onError(() => undefined);
    connection.listen();
  }

  /** Spawns the server; `initialize` is left to the test (see `initialize`) or done by `start`. */
  static spawn(options: SessionOptions = {}): LspSession {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    return new LspSession(child, connection, options.timeoutMs ?? 5000, options.configuration ?? DEFAULT_CONFIGURATION);
  }

  /** Spawns, initializes and sends `initialized`: a session ready for documents. */
  static async start(options: SessionOptions = {}): Promise<LspSession> {
    const session = LspSession.spawn(options);
    try {
      await session.initialize(options);
      return session;
    } catch (error) {
      session.stop();
      throw error;
    }
  }

  async initialize(options: SessionOptions = {}): Promise<InitializeResult> {
    const result = await this.request<InitializeResult>('initialize', {
      processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES, locale: options.locale ?? 'zh-cn',
      workspaceFolders: options.workspaceFolders ?? null,
    });
    await this.notify('initialized', {});
    return result;
  }

  get alive(): boolean {
    return this.exitCode === undefined;
  }

  /** the last lines the server wrote to stderr (a crash's stack), for failure messages */
  get stderr(): string {
    return this.#stderr;
  }

  /** A request that fails (with the server's stderr) when the server dies or stays silent past the timeout. */
  async request<T>(method: string, params: unknown): Promise<T> {
    this.#assertAlive(`request ${method}`);
    return this.#race(this.connection.sendRequest<T>(method, params), `no answer to ${method}`);
  }

  async notify(method: string, params: unknown): Promise<void> {
    this.#assertAlive(`notification ${method}`);
    // a write to a server that is gone may never call back: bounded like a request, so a test fails instead of hanging
    await this.#race(this.connection.sendNotification(method, params), `notification ${method} not written`);
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** An incremental change: each edit's range is in the text as the previous edit left it (LSP's order). */
  change(uri: string, version: number, edits: readonly { range: Range; text: string }[]): Promise<void> {
    return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: edits });
  }

  /** A full-text change. */
  replace(uri: string, version: number, text: string): Promise<void> {
    return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  publicationsOf(uri: string): Publication[] {
    return this.publications.filter((publication) => publication.uri === uri);
  }

  lastPublication(uri: string): Publication | undefined {
    return this.publicationsOf(uri).at(-1);
  }

  /**
   * The first publication for `uri` (already received or still to come) that satisfies `predicate`. Rejects
   * when the server exits or after the timeout, naming what was published for the uri meanwhile.
   */
  waitForPublish(uri: string, predicate: (publication: Publication) => boolean = () => true, timeoutMs = this.timeoutMs): Promise<Publication> {
    return this.#waitUntil(() => this.publicationsOf(uri).find(predicate), timeoutMs, () => {
      const seen = this.publicationsOf(uri).map((publication) => `v${publication.version}: [${publication.diagnostics.map((d) => d.code).join(', ')}]`);
      return `no matching publishDiagnostics for ${uri} within ${timeoutMs} ms (published: ${seen.join('; ') || 'none'})`;
    });
  }

  /** The first window/logMessage (received or to come) that satisfies `predicate`. */
  waitForLog(predicate: (log: ClientMessage) => boolean, timeoutMs = this.timeoutMs): Promise<ClientMessage> {
    return this.#waitUntil(() => this.logs.find(predicate), timeoutMs, () => `no matching window/logMessage within ${timeoutMs} ms (logged: ${JSON.stringify(this.logs.map((log) => log.message))})`);
  }

  /** Resolves once the server has asked for its settings (and so will publish with them). */
  waitForConfigurationRequest(timeoutMs = this.timeoutMs): Promise<void> {
    return this.#waitUntil(() => (this.configurationRequests > 0 ? true : undefined), timeoutMs, () => 'the server never asked for workspace/configuration').then(() => undefined);
  }

  /** Waits `ms` with the process running; a quiet period before counting what arrived (never an assertion on time). */
  async pause(ms: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Ends the process (idempotent). */
  stop(): void {
    this.connection.dispose();
    if (this.alive) this.child.kill();
  }

  #assertAlive(what: string): void {
    if (!this.alive) throw new Error(`${what}: the server exited (${this.#exitDescription()})\n${this.#stderr}`);
  }

  #exitDescription(): string {
    return this.exitSignal ? `signal ${this.exitSignal}` : `code ${this.exitCode}`;
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  #waitUntil<T>(found: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = found();
        if (value !== undefined) finish(() => resolve(value));
        else if (!this.alive) finish(() => reject(new Error(`${describe()}: the server exited (${this.#exitDescription()})\n${this.#stderr}`)));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(describe()))), timeoutMs);
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.#listeners.delete(check);
        settle();
      };
      this.#listeners.add(check);
      check();
    });
  }

  #race<T>(promise: Promise<T>, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const fail = (message: string) => () => finish(() => reject(new Error(`${what}: ${message}\n${this.#stderr}`)));
      const timer = setTimeout(fail(`no answer within ${this.timeoutMs} ms`), this.timeoutMs);
      const onExit = () => { if (!this.alive) fail(`the server exited (${this.#exitDescription()})`)(); };
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.#listeners.delete(onExit);
        settle();
      };
      this.#listeners.add(onExit);
      promise.then((value) => finish(() => resolve(value)), (error: unknown) => finish(() => reject(error)));
    });
  }
}

/** A text as an editor holds it: its uri, version and content. */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
}

/** `edits` applied to `text` (LSP semantics: ranges in the original text, applied together). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('edit:', 'markdown', 0, text), [...edits]);
}

/** A TextDocumentEdit applied to the text of the version it names; throws when `texts` lacks that version. */
export function applyTextDocumentEdit(texts: readonly VersionedText[], edit: TextDocumentEdit): string {
  const { uri, version } = edit.textDocument;
  const target = version === null ? newest(texts, uri) : texts.find((candidate) => candidate.uri === uri && candidate.version === version);
  if (!target) throw new Error(`no text of ${uri} at version ${version}`);
  return applyTextEdits(target.text, edit.edits as TextEdit[]);
}

/**
 * A WorkspaceEdit's edits of `uri` applied: a TextDocumentEdit to the text of the version it names, `changes`
 * (unversioned) to the newest text, as an editor would. One edit of the uri is expected.
 */
export function applyWorkspaceEdit(texts: readonly VersionedText[], edit: WorkspaceEdit, uri: string): string {
  const parts = editsFor(edit, uri);
  if (parts.length !== 1) throw new Error(`expected one edit of ${uri}, got ${parts.length}: ${JSON.stringify(edit)}`);
  const [{ version, edits }] = parts;
  if (typeof version === 'number') return applyTextDocumentEdit(texts, { textDocument: { uri, version }, edits });
  const target = newest(texts, uri);
  if (!target) throw new Error(`no text of ${uri}`);
  return applyTextEdits(target.text, edits);
}

/** The text edits of a WorkspaceEdit for `uri`, with the version each names (`undefined`: from `changes`, unversioned). */
export function editsFor(edit: WorkspaceEdit, uri: string): { version: number | null | undefined; edits: TextEdit[] }[] {
  const found: { version: number | null | undefined; edits: TextEdit[] }[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) found.push({ version: change.textDocument.version, edits: change.edits as TextEdit[] });
  }
  const unversioned = edit.changes?.[uri];
  if (unversioned) found.push({ version: undefined, edits: unversioned });
  return found;
}

function newest(texts: readonly VersionedText[], uri: string): VersionedText | undefined {
  return texts.filter((candidate) => candidate.uri === uri).sort((a, b) => b.version - a.version)[0];
}
