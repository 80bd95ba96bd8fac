// The bundled server over stdio as an editor drives it (issue 15): incremental didChange with increasing
// versions and the server's own 150 ms debounce, keystroke to publishDiagnostics, the bytes of a publish,
// requests after a publish, and how long requests wait while a 4.9 MB report is edited. Figures, not assertions.
// `node bench/editor.mjs` (after `npm run build`) prints them as JSON; bench/run.mjs writes them to BENCHMARKS.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentOf } from './documents.mjs';
import { LanguageServer, TimedOut } from './lsp-client.mjs';

export const DEBOUNCE_MS = 150;
/** after a publish, before the next keystroke: a typist's pause, so that keystrokes never meet a check in flight */
const PAUSE_MS = 30;
/** no message from the server for this long: it has done what an open asked of it (a debounced second publish included) */
const QUIET_MS = 500;
const TYPED = '进一步加强政务公开工作';
/** the largest document checked in full: just under the default maxFileSize of 5 000 000 characters */
const LARGEST = 4_900_000;
/** while the largest report is edited: a hover every tick, a keystroke every other tick */
const TICK_MS = 50;
const TICKS = 100;
/** the hovers go on after the typing until the last version is published, but no longer than this */
const AFTER_TYPING_MS = 20_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function median(values) {
  return percentile(values, 0.5);
}

/** nearest rank; undefined for no values */
function percentile(values, share) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

/** An open document as the editor holds it: the text, its version, and single-character insertions sent as didChange. */
class EditedDocument {
  constructor(server, uri, text) {
    this.server = server;
    this.uri = uri;
    this.text = text;
    this.version = 1;
  }

  open() {
    this.server.notify('textDocument/didOpen', { textDocument: { uri: this.uri, languageId: 'markdown', version: this.version, text: this.text } });
  }

  close() {
    this.server.notify('textDocument/didClose', { textDocument: { uri: this.uri } });
  }

  /** the LSP position of a UTF-16 offset (JavaScript strings are UTF-16, as LSP's default position encoding) */
  positionAt(offset) {
    let line = 0;
    for (let at = this.text.indexOf('\n'); at >= 0 && at < offset; at = this.text.indexOf('\n', at + 1)) line++;
    return { line, character: offset - (this.text.lastIndexOf('\n', offset - 1) + 1) };
  }

  /** inserts `character` at `position` (computed beforehand, so that sending is all that is timed) */
  insert(offset, position, character) {
    this.text = `${this.text.slice(0, offset)}${character}${this.text.slice(offset)}`;
    this.version++;
    this.server.notify('textDocument/didChange', {
      textDocument: { uri: this.uri, version: this.version },
      contentChanges: [{ range: { start: position, end: position }, text: character }],
    });
  }
}

/**
 * Where the editing happens, in the unit at the middle of the document: prose typed before 坚持以公开为常态 (its own
 * line), a digit typed into the zero cells of the tables below it, and the hover targets (本年新收 in 表三, the
 * figure in 全年新收政府信息公开申请72件). Their positions are taken once: no newline is typed, and on their lines
 * nothing is typed before them, so the typing never moves them.
 */
function placesOf(document) {
  const { text } = document;
  const middle = text.length >> 1;
  const prose = text.indexOf('坚持以公开为常态', middle);
  const rowLabel = '| 一、本年新收政府信息公开申请数量 | ';
  const cell = text.indexOf(rowLabel, prose) + rowLabel.length;
  const figure = text.indexOf('全年新收政府信息公开申请', prose) + '全年新收政府信息公开申请'.length;
  if (prose < 0 || cell < rowLabel.length || figure < '全年新收政府信息公开申请'.length) throw new Error('the benchmark document lacks the unit it edits');
  return {
    prose,
    firstZeroCell: text.indexOf('| 0 |', prose),
    proseLine: document.positionAt(prose).line,
    cell: document.positionAt(cell),
    figure: document.positionAt(figure),
  };
}

/** Keystrokes one at a time, each waited for: prose, and every fifth a digit in a table cell. */
async function typeAndWait(document, keystrokes, places) {
  let cursor = places.prose;
  let nextCell = places.firstZeroCell;
  const samples = [];
  let failures = 0;
  let last;
  for (let index = 0; index < keystrokes; index++) {
    const inCell = index % 5 === 4 && nextCell >= 0;
    const offset = inCell ? nextCell + 2 : cursor;
    const character = inCell ? '1' : TYPED[index % TYPED.length];
    const position = document.positionAt(offset);
    const published = document.server.publishOf(document.uri, document.version + 1);
    const sent = performance.now();
    document.insert(offset, position, character);
    try {
      const message = await published;
      last = message;
      samples.push({
        ms: message.at - sent, bytes: message.bytes, diagnostics: message.json().params.diagnostics.length,
        ...phasesOf(document.server.checkStates, document.uri, message.version, sent, message.at),
      });
    } catch (error) {
      if (!(error instanceof TimedOut)) throw error;
      failures++;
      // a server that stopped publishing is reported, not waited for 30 s per keystroke
      if (failures >= 3) break;
    }
    // the cells lie below the cursor: each insertion moves them by one
    if (inCell) nextCell = document.text.indexOf('| 0 |', nextCell + 4);
    else {
      cursor++;
      if (nextCell >= 0) nextCell++;
    }
    await sleep(PAUSE_MS);
  }
  return { samples, failures, last, cursor };
}

/**
 * Where a keystroke's time went, from the server's announcements of the check (their arrival here): until the
 * check started (the debounce, and whatever the server did first), the check, and from its end to the publish
 * (diagnostics converted, serialised, written and read here).
 */
function phasesOf(checkStates, uri, version, sent, published) {
  const of = (state) => checkStates.findLast((entry) => entry.uri === uri && entry.version === version && entry.state === state && entry.at <= published);
  const started = of('started');
  const finished = of('finished');
  if (!started || !finished) return {};
  return { untilCheck: started.at - sent, check: finished.at - started.at, toPublish: published - finished.at };
}

function latencyFigures(samples, failures) {
  const totals = samples.map((sample) => sample.ms);
  const beyond = totals.map((ms) => ms - DEBOUNCE_MS);
  return {
    keystrokes: samples.length + failures,
    failures,
    totalMedian: median(totals), totalP95: percentile(totals, 0.95),
    beyondMedian: median(beyond), beyondP95: percentile(beyond, 0.95),
    phasesMedian: Object.fromEntries(['untilCheck', 'check', 'toPublish'].map((phase) => [phase, median(samples.map((sample) => sample[phase]).filter((ms) => ms !== undefined))])),
  };
}

/** The bytes of one diagnostic's fields, on average over a publish: where a publish's bytes go. */
function bytesPerField(diagnostics) {
  const fields = {};
  for (const diagnostic of diagnostics) {
    for (const [key, value] of Object.entries(diagnostic)) {
      // "key":value plus its comma
      fields[key] = (fields[key] ?? 0) + Buffer.byteLength(`${JSON.stringify(key)}:${JSON.stringify(value)},`);
    }
  }
  return Object.fromEntries(Object.entries(fields).map(([key, bytes]) => [key, Math.round(bytes / diagnostics.length)]).sort((a, b) => b[1] - a[1]));
}

/**
 * A request timed `repeat` times in a row (fewer once `budgetMs` is spent): the first (right after a publish) and
 * the median; errors and time-outs counted.
 */
async function timedRequests(server, method, params, repeat, check = () => true, budgetMs = 5_000) {
  const started = performance.now();
  const times = [];
  const errors = {};
  let timeouts = 0;
  let answered = true;
  let bytes = 0;
  let result;
  let runs = 0;
  for (; runs < repeat && (runs === 0 || performance.now() - started < budgetMs); runs++) {
    try {
      const response = await server.request(method, params);
      if (response.error) {
        errors[response.error.code] = (errors[response.error.code] ?? 0) + 1;
        continue;
      }
      times.push(response.ms);
      bytes = response.bytes;
      result = response.message.json().result;
      answered &&= check(result);
    } catch (error) {
      if (!(error instanceof TimedOut)) throw error;
      timeouts++;
    }
  }
  return { figures: { first: times[0], median: median(times), max: times.length > 0 ? Math.max(...times) : undefined, runs, bytes, answered, errors, timeouts }, result };
}

/** Parts 1–3 for one size: keystrokes to diagnostics, the publishes' bytes, and requests after a publish. */
async function editSize(server, bytes, keystrokes, requests) {
  const uri = `file:///bench/editor-${bytes}.md`;
  const document = new EditedDocument(server, uri, documentOf(bytes));
  const places = placesOf(document);
  const opened = server.publishOf(uri, 1, 60_000);
  const sent = performance.now();
  document.open();
  const openMs = (await opened).at - sent;
  await server.quiet(QUIET_MS);
  const publishesOnOpen = server.publishes.filter((publish) => publish.uri === uri && publish.version === 1).length;
  const typing = await typeAndWait(document, keystrokes, places);
  const figures = { bytes, chars: document.text.length, openMs, publishesOnOpen, ...latencyFigures(typing.samples, typing.failures) };
  const publishBytes = typing.samples.map((sample) => sample.bytes);
  const diagnostics = typing.samples.map((sample) => sample.diagnostics);
  figures.publish = {
    bytesMedian: median(publishBytes),
    diagnosticsMedian: median(diagnostics),
    bytesPerDiagnostic: median(typing.samples.map((sample) => sample.bytes / Math.max(1, sample.diagnostics))),
    perField: typing.last ? bytesPerField(typing.last.json().params.diagnostics) : {},
  };
  if (requests) figures.requests = await requestsAfterPublish(document, places, typing.cursor, typing.last);
  document.close();
  return figures;
}

/**
 * Each kind of request right after a keystroke's publish (as when the user stops typing and points), then again
 * on the same version: the first pays for what the analysis computes lazily, the others show the steady cost.
 */
async function requestsAfterPublish(document, places, cursor, lastPublish) {
  const { server, uri } = document;
  const textDocument = { uri };
  let typedAt = cursor;
  let diagnostics = lastPublish?.json().params.diagnostics ?? [];
  /** one more keystroke and its publish (if it comes), so that the next request is the first after a publish */
  const typeOne = async () => {
    const published = server.publishOf(uri, document.version + 1);
    document.insert(typedAt, document.positionAt(typedAt), '的');
    typedAt++;
    try {
      diagnostics = (await published).json().params.diagnostics;
    } catch (error) {
      if (!(error instanceof TimedOut)) throw error;
    }
    await sleep(PAUSE_MS);
  };
  const repeat = document.text.length >= 1_000_000 ? 5 : 10;
  const hover = (position) => ({ textDocument, position });
  const nonNull = (result) => result !== null;
  const requests = {};

  await typeOne();
  requests.hoverCell = (await timedRequests(server, 'textDocument/hover', hover(places.cell), repeat, nonNull)).figures;
  await typeOne();
  requests.hoverProse = (await timedRequests(server, 'textDocument/hover', hover(places.figure), repeat, nonNull)).figures;

  await typeOne();
  const fixable = diagnostics.find((diagnostic) => diagnostic.code === 'punctuation-width' && diagnostic.range.start.line > places.proseLine);
  const quickFix = (result) => Array.isArray(result) && result.some((action) => action.kind === 'quickfix' && action.edit);
  if (!fixable) throw new Error('no punctuation-width diagnostic below the typing to ask a quick fix for');
  requests.codeAction = (await timedRequests(server, 'textDocument/codeAction',
    { textDocument, range: fixable.range, context: { diagnostics: [fixable], triggerKind: 1 } }, repeat, quickFix)).figures;

  await typeOne();
  requests.outline = (await timedRequests(server, 'textDocument/documentSymbol', { textDocument }, repeat, (result) => Array.isArray(result) && result.length > 0)).figures;

  await typeOne();
  const start = { line: 0, character: 0 };
  const fixAllKind = (result) => Array.isArray(result) && result.some((action) => action.kind === 'source.fixAll.gkreport');
  const listed = await timedRequests(server, 'textDocument/codeAction',
    { textDocument, range: { start, end: start }, context: { diagnostics: [], only: ['source.fixAll.gkreport'], triggerKind: 2 } }, repeat, fixAllKind);
  requests.fixAllAction = listed.figures;
  const action = listed.result?.find((candidate) => candidate.kind === 'source.fixAll.gkreport');
  if (action) {
    requests.fixAllResolve = (await timedRequests(server, 'codeAction/resolve', action, 5, (result) => Boolean(result?.edit))).figures;
  }
  return requests;
}

/**
 * Part 4: a 4.9 MB report typed into every ~100 ms for ~5 s while a hover on a table cell goes out every ~50 ms
 * without waiting for the last one, as an editor's hovers do while the mouse rests on the text; the hovers go on
 * after the typing until the last version is published (its check and its publication included), at most
 * AFTER_TYPING_MS. (Not the outline: at this size textDocument/documentSymbol itself takes most of a second, so the
 * figure would be the outline's cost, not the wait behind a check; it is timed on its own, after the last publish.)
 */
async function editLargest(root) {
  const server = await LanguageServer.start(root);
  try {
    const uri = 'file:///bench/editor-largest.md';
    const document = new EditedDocument(server, uri, documentOf(LARGEST));
    const places = placesOf(document);
    const opened = server.publishOf(uri, 1, 120_000);
    const openSent = performance.now();
    document.open();
    const first = await opened;
    // counted in the bytes, not parsed: tens of MB of JSON parsed here would leave garbage for a collection mid-measurement
    const open = { ms: first.at - openSent, bytes: first.bytes, diagnostics: first.count('"range":') };
    // the typing starts on a server at rest: what the open set going (a second publish of the same version) is counted, not mixed in
    await server.quiet(QUIET_MS);
    open.publishes = server.publishes.filter((publish) => publish.uri === uri && publish.version === 1).length;

    const textDocument = { uri };
    const answers = [];
    const hover = (afterTyping) => {
      const sentAt = performance.now();
      answers.push(server.request('textDocument/hover', { textDocument, position: places.cell }).then(
        (response) => ({ afterTyping, sentAt, ms: response.ms, bytes: response.bytes, error: response.error?.code, empty: !response.error && response.message.json().result === null }),
        (error) => {
          if (error instanceof TimedOut) return { afterTyping, timedOut: true };
          throw error;
        },
      ));
    };
    let cursor = places.prose;
    const { line } = document.positionAt(cursor);
    let { character } = document.positionAt(cursor);
    const publishesBefore = server.publishes.length;
    const started = performance.now();
    const onTick = async (tick) => {
      const wait = started + tick * TICK_MS - performance.now();
      if (wait > 0) await sleep(wait);
    };
    for (let tick = 0; tick < TICKS; tick++) {
      await onTick(tick);
      if (tick % 2 === 0) {
        document.insert(cursor, { line, character }, TYPED[(tick / 2) % TYPED.length]);
        cursor++;
        character++;
      }
      hover(false);
    }
    const lastSent = performance.now();
    let lastPublishedAt;
    const lastPublish = server.publishOf(uri, document.version, 60_000).then((message) => {
      lastPublishedAt = message.at;
      return message.at - lastSent;
    }, () => undefined);
    for (let tick = TICKS; performance.now() - lastSent < AFTER_TYPING_MS; tick++) {
      if (lastPublishedAt !== undefined && performance.now() - lastPublishedAt > QUIET_MS) break;
      await onTick(tick);
      hover(true);
    }
    const answered = await Promise.all(answers);
    const afterTyping = await lastPublish;
    const typingMs = lastSent - started;
    const peakRssMb = server.peakRssMb();
    return {
      chars: document.text.length,
      open,
      typingMs,
      keystrokes: document.version - 1,
      /** the debounce runs out whenever the server falls behind the keystrokes: each such publish is another whole list of diagnostics */
      publishesWhileTyping: server.publishes.slice(publishesBefore).filter((publish) => publish.at <= lastSent).length,
      lastKeystrokeToPublishMs: afterTyping,
      /** how many answers came before the typing ended: one by one, or in batches when the server catches up */
      answeredWhileTyping: answered.filter((answer) => answer.ms !== undefined && answer.sentAt + answer.ms <= lastSent).length,
      requests: requestFigures(answered),
      whileTyping: requestFigures(answered.filter((answer) => !answer.afterTyping)),
      afterTyping: requestFigures(answered.filter((answer) => answer.afterTyping)),
      peakRssMb,
      outline: await outlineAfterPublish(server, textDocument),
    };
  } finally {
    await server.stop();
  }
}

/** The outline (breadcrumbs, the Outline view) of the 4.9 MB report once its last version is published. */
async function outlineAfterPublish(server, textDocument) {
  const { figures } = await timedRequests(server, 'textDocument/documentSymbol', { textDocument }, 3, (result) => Array.isArray(result) && result.length > 0);
  return figures;
}

function requestFigures(answers) {
  const times = answers.filter((answer) => answer.ms !== undefined && answer.error === undefined).map((answer) => answer.ms);
  const errors = {};
  for (const answer of answers) if (answer.error !== undefined) errors[answer.error] = (errors[answer.error] ?? 0) + 1;
  return {
    count: answers.length,
    answered: times.length,
    /** answered with no hover: a quick answer that says nothing (no analysis of that version to read) */
    empty: answers.filter((answer) => answer.empty).length,
    min: times.length > 0 ? Math.min(...times) : undefined,
    median: median(times),
    p95: percentile(times, 0.95),
    max: times.length > 0 ? Math.max(...times) : undefined,
    over200: times.filter((ms) => ms > 200).length,
    errors,
    timeouts: answers.filter((answer) => answer.timedOut).length,
    bytesMedian: median(answers.filter((answer) => answer.bytes !== undefined).map((answer) => answer.bytes)),
  };
}

/** All four parts; the server is started fresh for the 4.9 MB part, so that its peak memory is that part's. */
export async function editorFigures(root) {
  const started = performance.now();
  const server = await LanguageServer.start(root);
  const sizes = {};
  try {
    sizes['10 KB'] = await editSize(server, 10_000, 30, false);
    sizes['100 KB'] = await editSize(server, 100_000, 30, true);
    sizes['1 MB'] = await editSize(server, 1_000_000, 10, true);
  } finally {
    await server.stop();
  }
  const largest = await editLargest(root);
  return { debounceMs: DEBOUNCE_MS, pauseMs: PAUSE_MS, sizes, largest, seconds: (performance.now() - started) / 1000 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  console.log(JSON.stringify(await editorFigures(root), null, 2));
}
