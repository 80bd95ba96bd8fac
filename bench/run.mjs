// npm run bench: full check time per document size, one-cell re-check, first diagnostics from the server,
// memory; autocorrect-node and markdownlint on the same documents in the same run. Writes BENCHMARKS.md and
// docs/bench.svg. Figures, not assertions: nothing here fails a build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentOf } from './documents.mjs';
import { DEBOUNCE_MS, editorFigures } from './editor.mjs';

const require = createRequire(import.meta.url); // resolves the peers from bench/node_modules
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const core = require(path.join(root, 'out/server/src/core/index.js'));
const autocorrect = require('autocorrect-node');
const { lint: markdownlint } = await import('markdownlint/sync');
// read directly (markdownlint's "exports" does not expose its package.json): the peers are in bench/, the rest at the root
const version = (name) => {
  const file = [path.join(root, 'bench', 'node_modules', name, 'package.json'), path.join(root, 'node_modules', name, 'package.json')].find(existsSync);
  return JSON.parse(readFileSync(file, 'utf8')).version;
};

const SIZES = [{ label: '10 KB', bytes: 10_000 }, { label: '100 KB', bytes: 100_000 }, { label: '1 MB', bytes: 1_000_000 }];
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, runs = RUNS, warmup = 10) {
  // every series starts from a collected heap, so no tool pays for the garbage of the one measured before it
  globalThis.gc?.();
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// one checker, as in the server and the CLI: it keeps what it computed (lines, tables, prose) from check to check
const checker = core.createChecker();
const check = (text) => checker.check({ uri: 'bench:', text }).analysis;

const results = [];
for (const size of SIZES) {
  const text = documentOf(size.bytes);
  const findings = check(text).findings.length;
  const gkreport = time(() => check(text));
  // cold: nothing kept from an earlier check (converted lines, recognised tables), as for a file just opened
  const cold = time(() => { checker.clearCaches(); check(text); }, size.bytes >= 1_000_000 ? 5 : RUNS);
  // autocorrect-node: after the first call, texts over ~200 K characters return "call limit reached"; time only real results
  let autocorrectMs;
  let autocorrectNote = '';
  if (text.length > 200_000) {
    ({ ms: autocorrectMs, note: autocorrectNote } = autocorrectFirstCall(size.bytes));
  } else {
    let error = '';
    autocorrectMs = time(() => { const result = autocorrect.lintFor(text, 'report.md'); error ||= result.error; });
    if (error) autocorrectNote = `error: ${error}`;
  }
  // markdownlint is superlinear on these documents (tables, long lines): at 1 MB one run in a child process, given 2 minutes
  const markdownlintMs = size.bytes >= 1_000_000 ? markdownlintOnce(size.bytes) : time(() => markdownlint({ strings: { report: text } }), RUNS, 3);
  results.push({ ...size, chars: text.length, findings, gkreport, cold, autocorrect: autocorrectMs, autocorrectNote, markdownlint: markdownlintMs });
  console.log(`${size.label}: gkreport ${gkreport.toFixed(2)} ms warm, ${cold.toFixed(2)} ms cold (${findings} findings), autocorrect ${autocorrectMs.toFixed(2)} ms ${autocorrectNote}, markdownlint ${markdownlintMs.toFixed(2)} ms`);
}

/** autocorrect-node, first call of a fresh process: later calls on > ~200 K characters return "call limit reached". */
function autocorrectFirstCall(bytes) {
  const script = `const { documentOf } = await import(${JSON.stringify(new URL('./documents.mjs', import.meta.url).href)});
const { createRequire } = await import('node:module');
const autocorrect = createRequire(${JSON.stringify(path.join(root, 'bench', 'package.json'))})('autocorrect-node');
const text = documentOf(${bytes});
const start = performance.now();
const result = autocorrect.lintFor(text, 'report.md');
console.log(JSON.stringify({ ms: performance.now() - start, error: result.error }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) return { ms: Infinity, note: 'failed' };
  const { ms, error } = JSON.parse(result.stdout.trim());
  return error ? { ms: Infinity, note: 'error' } : { ms, note: 'one call, in a fresh process' };
}

function markdownlintOnce(bytes) {
  const script = `const { documentOf } = await import(${JSON.stringify(new URL('./documents.mjs', import.meta.url).href)});
const { lint } = await import('markdownlint/sync');
const text = documentOf(${bytes});
const start = performance.now();
lint({ strings: { report: text } });
console.log(performance.now() - start);`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: path.join(root, 'bench'), encoding: 'utf8', timeout: 120_000 });
  return result.status === 0 ? Number(result.stdout.trim()) : Infinity;
}

// one-cell edit in the 100 KB report: what the server does on that keystroke
const hundred = documentOf(100_000);
const cell = hundred.indexOf('| 24 |') + 2;
let flip = false;
const recheck = time(() => {
  flip = !flip;
  check(`${hundred.slice(0, cell)}${flip ? '25' : '24'}${hundred.slice(cell + 2)}`);
});
console.log(`one-cell edit re-check (100 KB): ${recheck.toFixed(2)} ms`);

// typing near the top, one character after another as an editor sends them: every line and table below moves
// to a new offset on every keystroke, so cached results are copied with shifted offsets
const prose = hundred.indexOf('。', 200) + 1;
let typedText = hundred;
let typed = 0;
const typing = time(() => {
  typedText = `${typedText.slice(0, prose + typed)}的${typedText.slice(prose + typed)}`;
  typed++;
  check(typedText);
});
console.log(`a character typed near the top (100 KB): ${typing.toFixed(2)} ms`);

// the proofreading rules (issue 14): the 100 KB check without them and with them, measured alternately so that
// both see the same machine, each with its own checker and caches
const PROOFREADING = ['repeated-word', 'enumeration-gap', 'bracket-balance', 'law-title', 'template-residue', 'heading-wording', 'sentence-end', 'content-repeat'];
const withoutProofreading = { ...core.DEFAULT_CONFIG, rules: Object.fromEntries(PROOFREADING.map((id) => [id, 'off'])) };
function alternately(first, second, runs) {
  globalThis.gc?.();
  for (let i = 0; i < 10; i++) { first(); second(); }
  const samples = [[], []];
  for (let i = 0; i < runs; i++) {
    [first, second].forEach((fn, index) => {
      const start = performance.now();
      fn();
      samples[index].push(performance.now() - start);
    });
  }
  return samples.map(median);
}
const [offChecker, onChecker] = [core.createChecker(), core.createChecker()];
const checkWith = (checker, config) => checker.check({ uri: 'bench:', text: hundred, config }).analysis;
const proofreadingWarm = alternately(() => checkWith(offChecker, withoutProofreading), () => checkWith(onChecker, core.DEFAULT_CONFIG), RUNS * 5);
const proofreadingCold = alternately(
  () => { offChecker.clearCaches(); checkWith(offChecker, withoutProofreading); },
  () => { onChecker.clearCaches(); checkWith(onChecker, core.DEFAULT_CONFIG); },
  RUNS * 2,
);
const added = ([without, withThem]) => (withThem - without) / without;
const percent = (share) => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(0)} %`;
console.log(`proofreading rules (100 KB): warm ${proofreadingWarm.map((ms) => ms.toFixed(2)).join(' → ')} ms (${percent(added(proofreadingWarm))}), cold ${proofreadingCold.map((ms) => ms.toFixed(2)).join(' → ')} ms (${percent(added(proofreadingCold))})`);

// the server: time to first diagnostics after didOpen, and memory with ten 100 KB reports open
async function serverFigures() {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buffer = Buffer.alloc(0);
  const waiting = new Map();
  const published = new Set();
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const header = buffer.indexOf('\r\n\r\n');
      if (header < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, header).toString())[1]);
      if (buffer.length < header + 4 + length) return;
      const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
      buffer = buffer.subarray(header + 4 + length);
      if (message.method === 'textDocument/publishDiagnostics') {
        published.add(message.params.uri);
        waiting.get(message.params.uri)?.();
      } else if (message.id !== undefined && message.method) {
        send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? [{}] : null });
      } else if (message.id !== undefined) {
        waiting.get(`response:${message.id}`)?.();
      }
    }
  });
  const send = (message) => {
    const body = JSON.stringify(message);
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const until = (key) => new Promise((resolve) => waiting.set(key, resolve));
  const initialized = until('response:1');
  send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null } });
  await initialized;
  send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  const ready = performance.now() - started;
  const open = async (uri, text) => {
    const diagnostics = until(uri);
    const sent = performance.now();
    send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
    await diagnostics;
    return performance.now() - sent;
  };
  const firstDiagnostics = await open('file:///bench/0.md', hundred);
  for (let index = 1; index < 10; index++) await open(`file:///bench/${index}.md`, documentOf(100_000 + index));
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  const peak = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  child.kill();
  return { ready, firstDiagnostics, rss, peak };
}
const server = await serverFigures();
console.log(`server: initialized in ${server.ready.toFixed(0)} ms, first diagnostics ${server.firstDiagnostics.toFixed(0)} ms after didOpen (100 KB), ten 100 KB reports open: ${server.rss.toFixed(0)} MB RSS (peak ${server.peak.toFixed(0)} MB)`);
const benchPeak = process.resourceUsage().maxRSS / 1024;

// the server as an editor drives it (bench/editor.mjs): after benchPeak, which is the in-process checks' memory
const editor = await editorFigures(root);
const [e10, e100, e1m] = ['10 KB', '100 KB', '1 MB'].map((label) => editor.sizes[label]);
const largest = editor.largest;
console.log(`editor: keystroke → diagnostics beyond the ${DEBOUNCE_MS} ms debounce, median ${[e10, e100, e1m].map((size) => `${size.beyondMedian?.toFixed(0)} ms`).join(' / ')} (10 KB / 100 KB / 1 MB); ${e100.publish.bytesPerDiagnostic.toFixed(0)} bytes per diagnostic at 100 KB; while 4.9 MB is edited the longest request waits ${largest.requests.max?.toFixed(0)} ms`);

// ---- BENCHMARKS.md and the chart ----
const ratio = (peer, ours) => (Number.isFinite(peer) ? `${(peer / ours).toFixed(2)}×` : `> ${Math.floor(120000 / ours)}×`);
const fmt = (ms) => (ms === undefined ? '—' : ms === Infinity ? '> 120000 (stopped)' : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const [k10, k100, m1] = results;
const met = (yes) => (yes ? 'yes' : 'no');
const editorSizes = (cell) => [e10, e100, e1m].map(cell).join(' | ');
const bytesText = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e4 ? `${(bytes / 1e3).toFixed(0)} KB` : `${bytes} bytes`);
const errorText = (errors) => Object.entries(errors).map(([code, count]) => `, ${count} answered with error ${code}`).join('');
/** a request's figures: its first time and median, with what went wrong */
const requestText = (figures) => (figures.median === undefined ? `unanswered${errorText(figures.errors)}` : `${fmt(figures.first)}; ${fmt(figures.median)} ms`)
  + (figures.answered ? '' : ' (empty answer)') + (figures.timeouts ? `, ${figures.timeouts} unanswered after 30 s` : '') + (figures.median === undefined ? '' : errorText(figures.errors));
const hoversText = (figures) => `${figures.answered} of ${figures.count} (${figures.empty})${figures.timeouts ? `, ${figures.timeouts} unanswered after 30 s` : ''}${errorText(figures.errors)}`;
const answeredWithin = (figures, ms, which = 'first') => figures.answered && !figures.timeouts && Object.keys(figures.errors).length === 0 && figures[which] <= ms;
const rows = results.map((r) => `| ${r.label} (${r.chars.toLocaleString('en')} chars, ${r.findings} findings) | ${fmt(r.gkreport)} | ${fmt(r.cold)} | ${fmt(r.autocorrect)}${r.autocorrectNote ? ` (${r.autocorrectNote})` : ''} | ${fmt(r.markdownlint)} | ${ratio(r.autocorrect, r.gkreport)} | ${ratio(r.markdownlint, r.gkreport)} |`);
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const markdown = `# Benchmarks

\`npm run bench\` (bench/run.mjs), ${new Date().toISOString().slice(0, 10)}. Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}.
Versions: gkreport ${JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version}, autocorrect-node ${version('autocorrect-node')}, markdownlint ${version('markdownlint')}, opencc-js ${version('opencc-js')}.
Documents (bench/documents.mjs): a ~10 KB unit built from the examples and the seeds (2021 report with pipe tables, a tab-separated 表四, a one-cell-per-line 附表, prose, a traditional paragraph, a few real errors), repeated with a different unit name up to each size. All tools in-process, import and setup excluded, median of ${RUNS} runs after warm-up (markdownlint at 1 MB: one run). gkreport keeps what it computed from each line and each table by content (folded lines, prose sentences, recognised tables with their equations and findings): "warm" checks the same text again, so everything comes from those caches, and the edits below show what a keystroke costs; "cold" empties the caches before each run, as for a file just opened. Because the sizes repeat one unit, a cold check of 100 KB or 1 MB still reuses the unit's tables and lines at their later places (moved, not recomputed); a bundle of different reports shares less.

## Full check, all ${core.RULES.length} rules (ms, median)

| document | gkreport (warm) | gkreport (cold) | autocorrect-node | markdownlint | autocorrect ÷ gkreport | markdownlint ÷ gkreport |
|---|---|---|---|---|---|---|
${rows.join('\n')}

Growth 100 KB → 1 MB: ${(m1.gkreport / k100.gkreport).toFixed(1)}× for a 10× larger text.

![time against size](docs/bench.svg)

## Editing and the server

| figure | value | target |
|---|---|---|
| re-check after a one-cell edit in the 100 KB report | ${fmt(recheck)} ms | ≤ 1 ms |
| re-check after a character typed near the top of the 100 KB report (everything below moves) | ${fmt(typing)} ms | |
| server start to initialized | ${server.ready.toFixed(0)} ms | |
| first diagnostics after didOpen, 100 KB (includes the converter, built at initialize) | ${server.firstDiagnostics.toFixed(0)} ms | ≤ 300 ms |
| server memory, ten 100 KB reports open | ${server.rss.toFixed(0)} MB RSS (peak ${server.peak.toFixed(0)} MB) | ≤ 150 MB |
| this benchmark's peak memory | ${benchPeak.toFixed(0)} MB | |

## The proofreading rules

The ${PROOFREADING.length} proofreading rules (${PROOFREADING.join(', ')}) on the 100 KB document: the check without them and with them, measured alternately (median of ${RUNS * 5} warm and ${RUNS * 2} cold runs each).

| 100 KB check | without them (ms) | with them (ms) | added |
|---|---|---|---|
| warm | ${fmt(proofreadingWarm[0])} | ${fmt(proofreadingWarm[1])} | ${percent(added(proofreadingWarm))} |
| cold | ${fmt(proofreadingCold[0])} | ${fmt(proofreadingCold[1])} | ${percent(added(proofreadingCold))} |

## In the editor (the bundled server over stdio)

bench/editor.mjs drives dist/server.js --stdio as an editor does: didOpen, then one character per didChange (incremental, versions increasing), the server's own ${DEBOUNCE_MS} ms debounce in force. Each keystroke waits for the publishDiagnostics of its version, then ${editor.pauseMs} ms, before the next; the typing is in the prose of the unit at the middle of the document, every fifth keystroke a digit into a table cell below it. Times are taken in the client, from sending to the last byte of the answer: they include the server's conversion and JSON, and the pipe. "Beyond the debounce" is the total less ${DEBOUNCE_MS} ms; its parts come from the server's announcements of the check (gkreport/checkState). Requests are sent after a keystroke's publish; "first" is the first request after that publish, the median is over ${e100.requests.hoverCell.runs} requests in a row at 100 KB and ${e1m.requests.hoverCell.runs} at 1 MB (fewer where one takes seconds). ${editor.seconds.toFixed(0)} s in all.

| figure | 10 KB | 100 KB | 1 MB | target |
|---|---|---|---|---|
| keystrokes measured | ${editorSizes((size) => `${size.keystrokes}${size.failures ? ` (${size.failures} unanswered)` : ''}`)} | |
| keystroke → diagnostics, total (median / p95) | ${editorSizes((size) => `${fmt(size.totalMedian)} / ${fmt(size.totalP95)} ms`)} | |
| beyond the debounce (median / p95) | ${editorSizes((size) => `${fmt(size.beyondMedian)} / ${fmt(size.beyondP95)} ms`)} | 100 KB ≤ 20 / ≤ 40 ms; 1 MB ≤ 150 ms (median) |
| of which: until the check starts, the check, its end to the publish (medians) | ${editorSizes((size) => `${fmt(size.phasesMedian.untilCheck)}, ${fmt(size.phasesMedian.check)}, ${fmt(size.phasesMedian.toPublish)} ms`)} | |
| didOpen → first diagnostics; publishes of the opened version | ${editorSizes((size) => `${fmt(size.openMs)} ms; ${size.publishesOnOpen}`)} | |
| bytes per publish (JSON body, median); diagnostics in it | ${editorSizes((size) => `${bytesText(size.publish.bytesMedian)}; ${size.publish.diagnosticsMedian}`)} | |
| bytes per diagnostic | ${editorSizes((size) => `${size.publish.bytesPerDiagnostic.toFixed(0)}`)} | ≤ 300 at 100 KB |
| hover on a table number cell (first; median) | — | ${requestText(e100.requests.hoverCell)} | ${requestText(e1m.requests.hoverCell)} | ≤ 5 ms at 1 MB |
| hover on a prose figure (first; median) | — | ${requestText(e100.requests.hoverProse)} | ${requestText(e1m.requests.hoverProse)} | ≤ 5 ms at 1 MB |
| codeAction at a diagnostic with a quick fix (first; median) | — | ${requestText(e100.requests.codeAction)} | ${requestText(e1m.requests.codeAction)} | |
| textDocument/documentSymbol (first; median) | — | ${requestText(e100.requests.outline)} | ${requestText(e1m.requests.outline)} | |
| codeAction, only source.fixAll.gkreport (first; median) | — | ${requestText(e100.requests.fixAllAction)} | ${requestText(e1m.requests.fixAllAction)} | |
| codeAction/resolve of source.fixAll.gkreport (first; median; the edit's size) | — | ${requestText(e100.requests.fixAllResolve)}; ${bytesText(e100.requests.fixAllResolve.bytes)} | ${requestText(e1m.requests.fixAllResolve)}; ${bytesText(e1m.requests.fixAllResolve.bytes)} | ≤ 100 ms at 100 KB |

Where a published diagnostic's bytes go at 100 KB (average per diagnostic, each field with its key): ${Object.entries(e100.publish.perField).map(([field, bytes]) => `${field} ${bytes}`).join(', ')}; the rest is braces and commas.

A ${largest.chars.toLocaleString('en')}-character report (just under the default maxFileSize, so checked in full): opened, then, once the server is quiet, a character typed every 100 ms for ${(largest.typingMs / 1000).toFixed(1)} s while a hover on a table cell goes out every 50 ms without waiting for the one before; the hovers go on after the typing until the last version's diagnostics are published (textDocument/documentSymbol is timed on its own, after the last publish: at this size it takes most of a second itself, so a stream of them would measure the outline rather than the wait behind a check).

| figure | value | target |
|---|---|---|
| didOpen → first diagnostics | ${fmt(largest.open.ms)} ms, ${bytesText(largest.open.bytes)} for ${largest.open.diagnostics} diagnostics; the opened version published ${largest.open.publishes}× | |
| hovers answered (of which empty), while typing; after it | ${hoversText(largest.whileTyping)}, ${largest.answeredWhileTyping} of them before the typing ended; ${hoversText(largest.afterTyping)} | |
| hover response while typing (median / p95 / longest) | ${fmt(largest.whileTyping.median)} / ${fmt(largest.whileTyping.p95)} / ${fmt(largest.whileTyping.max)} ms | longest ≤ 200 ms |
| hover response after the typing, until the publish (median / p95 / longest) | ${fmt(largest.afterTyping.median)} / ${fmt(largest.afterTyping.p95)} / ${fmt(largest.afterTyping.max)} ms | longest ≤ 200 ms |
| publishes while typing; last keystroke → its publish | ${largest.publishesWhileTyping}; ${largest.lastKeystrokeToPublishMs === undefined ? 'none in 60 s' : `${fmt(largest.lastKeystrokeToPublishMs)} ms`} | |
| server peak memory (VmHWM), open and editing | ${largest.peakRssMb.toFixed(0)} MB | |
| textDocument/documentSymbol after the last publish (first; median; size) | ${requestText(largest.outline)}; ${bytesText(largest.outline.bytes)} | |

## Targets

| target | measured | met |
|---|---|---|
| 100 KB full check ≤ 5 ms | ${fmt(k100.gkreport)} ms warm, ${fmt(k100.cold)} ms cold | ${k100.gkreport <= 5 ? 'yes' : 'no'} |
| 1 MB ≤ 50 ms | ${fmt(m1.gkreport)} ms warm, ${fmt(m1.cold)} ms cold | ${m1.gkreport <= 50 ? 'yes' : 'no'} |
| linear growth (1 MB ÷ 100 KB ≤ 12×) | ${(m1.gkreport / k100.gkreport).toFixed(1)}× | ${m1.gkreport / k100.gkreport <= 12 ? 'yes' : 'no'} |
| one-cell edit ≤ 1 ms | ${fmt(recheck)} ms | ${recheck <= 1 ? 'yes' : 'no'} |
| first diagnostics ≤ 300 ms | ${server.firstDiagnostics.toFixed(0)} ms | ${server.firstDiagnostics <= 300 ? 'yes' : 'no'} |
| ≥ 3× faster than autocorrect-node at 100 KB | ${(k100.autocorrect / k100.gkreport).toFixed(2)}× | ${k100.autocorrect / k100.gkreport >= 3 ? 'yes' : 'no'} |
| ten 100 KB reports ≤ 150 MB | ${server.rss.toFixed(0)} MB | ${server.rss <= 150 ? 'yes' : 'no'} |
| the proofreading rules add ≤ 20 % to the 100 KB check, warm and cold | ${percent(added(proofreadingWarm))} warm, ${percent(added(proofreadingCold))} cold | ${Math.max(added(proofreadingWarm), added(proofreadingCold)) <= 0.2 ? 'yes' : 'no'} |
| in the editor, 100 KB: keystroke → diagnostics ≤ 20 ms beyond the debounce (median), ≤ 40 ms (p95) | ${fmt(e100.beyondMedian)} / ${fmt(e100.beyondP95)} ms | ${met(!e100.failures && e100.beyondMedian <= 20 && e100.beyondP95 <= 40)} |
| in the editor, 1 MB: keystroke → diagnostics ≤ 150 ms beyond the debounce (median) | ${fmt(e1m.beyondMedian)} ms | ${met(!e1m.failures && e1m.beyondMedian <= 150)} |
| ≤ 300 bytes per published diagnostic at 100 KB | ${e100.publish.bytesPerDiagnostic.toFixed(0)} | ${met(e100.publish.bytesPerDiagnostic <= 300)} |
| hover ≤ 5 ms at 1 MB (the first after a publish, cell and prose) | ${fmt(e1m.requests.hoverCell.first)}, ${fmt(e1m.requests.hoverProse.first)} ms | ${met(answeredWithin(e1m.requests.hoverCell, 5) && answeredWithin(e1m.requests.hoverProse, 5))} |
| fix-all resolve ≤ 100 ms at 100 KB (median) | ${fmt(e100.requests.fixAllResolve.median)} ms | ${met(answeredWithin(e100.requests.fixAllResolve, 100, 'median'))} |
| no request waits more than 200 ms while a 4.9 MB report is edited | longest ${fmt(largest.requests.max)} ms (${largest.requests.empty} of ${largest.requests.count} hovers empty) | ${met(!largest.requests.timeouts && Object.keys(largest.requests.errors).length === 0 && largest.requests.max <= 200)} |
`;
writeFileSync(path.join(root, 'BENCHMARKS.md'), markdown + readFileSync(path.join(root, 'bench', 'notes.md'), 'utf8'));
writeFileSync(path.join(root, 'docs/bench.svg'), chart(results));
console.log('wrote BENCHMARKS.md and docs/bench.svg');

function chart(points) {
  const width = 560;
  const height = 320;
  const margin = { left: 60, right: 150, top: 20, bottom: 40 };
  const xs = points.map((p) => Math.log10(p.bytes));
  const all = points.flatMap((p) => [p.gkreport, p.autocorrect, p.markdownlint]).filter((v) => v > 0 && Number.isFinite(v));
  const yMin = Math.floor(Math.log10(Math.min(...all)));
  const yMax = Math.ceil(Math.log10(Math.max(...all)));
  const x = (v) => margin.left + ((v - xs[0]) / (xs[xs.length - 1] - xs[0])) * (width - margin.left - margin.right);
  const y = (ms) => height - margin.bottom - ((Math.log10(ms) - yMin) / (yMax - yMin)) * (height - margin.top - margin.bottom);
  const series = [['gkreport', 'gkreport', '#c0392b'], ['autocorrect-node', 'autocorrect', '#2980b9'], ['markdownlint', 'markdownlint', '#27ae60']];
  const lines = series.map(([name, key, colour], index) => {
    const shown = points.map((p, i) => [p, i]).filter(([p]) => Number.isFinite(p[key]));
    const path = shown.map(([p, i], n) => `${n ? 'L' : 'M'}${x(xs[i]).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
    const last = shown[shown.length - 1][0];
    return `<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>` +
      shown.map(([p, i]) => `<circle cx="${x(xs[i]).toFixed(1)}" cy="${y(p[key]).toFixed(1)}" r="3" fill="${colour}"/>`).join('') +
      `<text x="${width - margin.right + 8}" y="${(y(last[key]) + 4 + index * 0).toFixed(1)}" fill="${colour}" font-size="12">${name}</text>`;
  }).join('\n');
  const yTicks = [];
  for (let e = yMin; e <= yMax; e++) yTicks.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(10 ** e)}" y2="${y(10 ** e)}" stroke="#ddd"/><text x="${margin.left - 8}" y="${y(10 ** e) + 4}" text-anchor="end" font-size="11">${10 ** e} ms</text>`);
  const xTicks = points.map((p, i) => `<text x="${x(xs[i])}" y="${height - margin.bottom + 18}" text-anchor="middle" font-size="11">${p.label}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
${yTicks.join('\n')}
${xTicks.join('\n')}
${lines}
<text x="${margin.left}" y="14" font-size="12">full check time against document size (log–log)</text>
</svg>
`;
}
