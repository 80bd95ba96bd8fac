// A minimal LSP client over stdio for the benchmark: it frames messages itself so that it can time each one at
// the moment its last byte arrives and count its bytes, and it parses a large message only when asked (the
// publish of a 4.9 MB report is 19 MB of JSON: parsing every one would stall this process and inflate the times
// it measures).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const EMPTY = Buffer.alloc(0);
/** enough of a message's start to see what it is: the keys come in the order vscode-jsonrpc writes them */
const PEEK = 512;

/** A received message: its body's bytes, when it arrived, and its JSON on demand. */
class Received {
  #json;
  constructor(raw, at) {
    this.raw = raw;
    this.at = at;
    this.bytes = raw.length;
    const head = raw.subarray(0, PEEK).toString('latin1');
    const response = /^\{"jsonrpc":"2\.0","id":(\d+),"result"/.exec(head);
    const notification = /^\{"jsonrpc":"2\.0","method":"([^"]+)"/.exec(head);
    if (response) this.id = Number(response[1]);
    else if (notification) {
      this.method = notification[1];
      this.uri = /"uri":"([^"]+)"/.exec(head)?.[1];
      const version = /"version":(\d+)/.exec(head);
      if (version) this.version = Number(version[1]);
    } else {
      // an error, a request from the server or an unexpected layout: small, read in full
      const message = this.json();
      this.id = message.id;
      this.method = message.method;
      this.error = message.error;
    }
  }

  /** occurrences of `needle` in the body, counted without parsing it */
  count(needle) {
    let count = 0;
    for (let at = this.raw.indexOf(needle); at >= 0; at = this.raw.indexOf(needle, at + needle.length)) count++;
    return count;
  }

  json() {
    this.#json ??= JSON.parse(this.raw.toString('utf8'));
    return this.#json;
  }
}

export class TimedOut extends Error {}

/** The bundled server (dist/server.js --stdio), started and initialised as an editor would. */
export class LanguageServer {
  #child;
  #nextId = 1;
  #pending = new Map();
  #publishWaiters = [];
  #head = EMPTY;
  #body;
  #exited;
  #lastMessageAt = performance.now();
  /** every publishDiagnostics received, in order: { uri, version, at, bytes } (the message itself is not kept) */
  publishes = [];
  /** every gkreport/checkState received (the server announces each check it runs): { uri, version, state, at } */
  checkStates = [];

  static async start(root) {
    const server = new LanguageServer(root);
    await server.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      locale: 'zh-CN',
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          synchronization: { didSave: false, dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    }, 60_000);
    server.notify('initialized', {});
    return server;
  }

  constructor(root) {
    this.#child = spawn(process.execPath, [path.join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.#child.stdout.on('data', (chunk) => this.#read(chunk, performance.now()));
    this.#exited = new Promise((resolve) => this.#child.once('exit', resolve));
    this.#child.once('exit', (code, signal) => {
      const failure = new Error(`server exited (${signal ?? code})`);
      for (const { reject } of this.#pending.values()) reject(failure);
      for (const waiter of this.#publishWaiters) waiter.reject(failure);
    });
  }

  /** resolves once no message has come for `ms` (the server has finished what it was doing), or after `timeout` */
  async quiet(ms, timeout = 60_000) {
    const started = performance.now();
    while (performance.now() - this.#lastMessageAt < ms && performance.now() - started < timeout) {
      await new Promise((resolve) => setTimeout(resolve, ms - (performance.now() - this.#lastMessageAt) + 1));
    }
  }

  get pid() {
    return this.#child.pid;
  }

  /** peak resident memory of the server process so far, in MB */
  peakRssMb() {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${this.#child.pid}/status`, 'utf8'))[1]) / 1024;
  }

  notify(method, params) {
    this.#send({ jsonrpc: '2.0', method, params });
  }

  /**
   * Sends a request; resolves with { ms, bytes, message } once answered, or with { ms, bytes, error } when the
   * server answers with an error. Rejects with TimedOut after `timeout` ms (the request is then cancelled).
   */
  request(method, params, timeout = 30_000) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        this.notify('$/cancelRequest', { id });
        reject(new TimedOut(`${method} not answered in ${timeout} ms`));
      }, timeout);
      const sent = performance.now();
      this.#pending.set(id, {
        resolve: (message) => {
          clearTimeout(timer);
          resolve({ ms: message.at - sent, bytes: message.bytes, message, ...(message.error ? { error: message.error } : {}) });
        },
        reject: (error) => { clearTimeout(timer); reject(error); },
      });
      this.#send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** The publishDiagnostics of `uri` for `version` (or a later one). Call before sending what causes it. */
  publishOf(uri, version, timeout = 30_000) {
    return new Promise((resolve, reject) => {
      const waiter = {
        uri, version,
        resolve: (message) => { clearTimeout(timer); resolve(message); },
        reject: (error) => { clearTimeout(timer); reject(error); },
      };
      const timer = setTimeout(() => {
        this.#publishWaiters = this.#publishWaiters.filter((other) => other !== waiter);
        reject(new TimedOut(`no diagnostics for version ${version} in ${timeout} ms`));
      }, timeout);
      this.#publishWaiters.push(waiter);
    });
  }

  async stop() {
    try {
      await this.request('shutdown', null, 5_000);
      this.notify('exit', null);
    } catch {
      // a server that does not answer is killed below
    }
    const killer = setTimeout(() => this.#child.kill(), 2_000);
    await this.#exited;
    clearTimeout(killer);
  }

  #send(message) {
    const body = JSON.stringify(message);
    this.#child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  /** Frames the stream: the chunks of a body are collected and joined once, not re-joined on every chunk. */
  #read(chunk, at) {
    let data = chunk;
    while (data.length > 0 || (this.#body && this.#body.received === this.#body.length)) {
      if (this.#body) {
        const body = this.#body;
        const taken = Math.min(body.length - body.received, data.length);
        body.chunks.push(data.subarray(0, taken));
        body.received += taken;
        data = data.subarray(taken);
        if (body.received < body.length) return;
        this.#body = undefined;
        this.#dispatch(new Received(Buffer.concat(body.chunks), at));
        continue;
      }
      this.#head = this.#head.length > 0 ? Buffer.concat([this.#head, data]) : data;
      data = EMPTY;
      const end = this.#head.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.#head.subarray(0, end).toString('latin1'))[1]);
      data = this.#head.subarray(end + 4);
      this.#head = EMPTY;
      this.#body = { length, chunks: [], received: 0 };
    }
  }

  #dispatch(message) {
    this.#lastMessageAt = message.at;
    if (message.method === 'gkreport/checkState') {
      const { uri, version, state } = message.json().params;
      this.checkStates.push({ uri, version, state, at: message.at });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      this.publishes.push({ uri: message.uri, version: message.version, at: message.at, bytes: message.bytes });
      const ready = this.#publishWaiters.filter((waiter) => waiter.uri === message.uri && message.version >= waiter.version);
      this.#publishWaiters = this.#publishWaiters.filter((waiter) => !ready.includes(waiter));
      ready.forEach((waiter) => waiter.resolve(message));
    } else if (message.method && message.id !== undefined) {
      // a request from the server: the settings are the defaults, everything else is acknowledged
      const params = message.json().params;
      const result = message.method === 'workspace/configuration' ? params.items.map(() => ({})) : null;
      this.#send({ jsonrpc: '2.0', id: message.id, result });
    } else if (message.id !== undefined) {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      pending?.resolve(message);
    }
  }
}
