import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
import { analyze, resolveConfig } from '../../server/src/core';
import { applyTextEdits, applyWorkspaceEdit, editsFor, LspSession, type Publication, type SessionOptions, type VersionedText } from '../helpers/lsp-session';
import { consistentNumbers, makeReport, setCell } from '../helpers/reports';

/**
 * The editing-session faults of issue 15 (items 1–4), over stdio against the bundled server: a crash on a uri or
 * a folder it cannot map to a path, a quick fix computed for one version applied to another, findings of a stale
 * version, a duplicate publication, settings lost to one bad key, and TypeErrors for bad arguments. Each test
 * runs its own server process, so one that dies takes no other test with it.
 */

const TIMEOUT_MS = 3000;

/** 表三's 本年新收 总计 written 70 where its parts add up to 72: one table-reconcile finding, fix “改为 72”. */
const WRONG_TOTAL = makeReport({ numbers: setCell(consistentNumbers('2021'), 'new', 'total', '70') });
/** 表四's 行政复议 总计 written 5 where its parts add up to 4: a different finding (应为 4). */
const WRONG_REVIEW = makeReport({ numbers: setCell(consistentNumbers('2021'), 'cases', 'review.total', '5') });
/** without 六、其他需要报告的事项: missing-section. */
const MISSING_SECTION = makeReport({ omit: [6] });
const CLEAN = makeReport();

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

async function session(t: TestContext, options: SessionOptions = {}): Promise<LspSession> {
  const started = await LspSession.start({ timeoutMs: TIMEOUT_MS, ...options });
  t.after(() => started.stop());
  return started;
}

/** a diagnostic's message as text (LSP allows markup; the server sends a string) */
const messageOf = (diagnostic: Diagnostic) => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);
const codes = (publication: Publication) => publication.diagnostics.map((diagnostic) => String(diagnostic.code));
/** what a failure message shows of a publication */
const described = (publication: Publication) => `v${publication.version}: ${publication.diagnostics.map((d) => `${d.code} ${messageOf(d)}`).join(' / ') || 'none'}`;
const fixesWrongTotal = (publication: Publication) => publication.diagnostics.some((d) => d.code === 'table-reconcile' && messageOf(d).includes('改为 72'));

function assertAlive(server: LspSession, after: string): void {
  assert.ok(server.alive, `the server exited (code ${server.exitCode}, signal ${server.exitSignal}) after ${after}\n${server.stderr}`);
}

/** A request that must fail with InvalidParams, in words, not a TypeError's. */
async function assertInvalidParams(server: LspSession, method: string, params: unknown): Promise<void> {
  const what = `${method} ${JSON.stringify(params)}`;
  const error = await server.request(method, params).then((answer) => assert.fail(`${what} answered ${JSON.stringify(answer)}, not an error`), (caught: unknown) => caught);
  assert.ok(error instanceof ResponseError, `${what}: ${String(error)}`);
  assert.equal(error.code, -32602, `${what}: code ${error.code} (${error.message}), not InvalidParams`);
  assert.ok(error.message.trim().length > 0, `${what}: an empty message`);
  assert.doesNotMatch(error.message, /Cannot read propert|is not a function|is not iterable|of undefined|of null|TypeError|Request .* failed with message/, `${what}: ${error.message}`);
  assertAlive(server, what);
}

describe('1. no uri, folder or message ends the server', () => {
  for (const uri of ['file://server/share/report.md', 'file:///reports/a%2Fb.md']) {
    test(`a report opened as ${uri} is checked and the server stays up`, async (t) => {
      const server = await session(t);
      await server.open(uri, WRONG_TOTAL);
      const published = await server.waitForPublish(uri, (publication) => publication.version === 1);
      assert.ok(fixesWrongTotal(published), described(published));
      assertAlive(server, `didOpen ${uri}`);
    });
  }

  const folders: [string, string][] = [
    ['file://server/share', 'file://server/share/2022年报.md'],
    ['file:///reports/a%2Fb', 'file:///reports/a%2Fb/2022年报.md'],
    ['vscode-vfs://github/owner/repo', 'vscode-vfs://github/owner/repo/2022年报.md'],
    ['untitled:Untitled-1', 'untitled:Untitled-2'],
  ];
  for (const [folder, document] of folders) {
    test(`initialize with the workspace folder ${folder} succeeds and ${document} is checked`, async (t) => {
      const server = LspSession.spawn({ timeoutMs: TIMEOUT_MS });
      t.after(() => server.stop());
      const result = await server.initialize({ workspaceFolders: [{ uri: folder, name: 'folder' }] });
      assert.ok(result.capabilities.codeActionProvider, JSON.stringify(result));
      await server.open(document, WRONG_TOTAL);
      const published = await server.waitForPublish(document, (publication) => publication.version === 1);
      assert.ok(fixesWrongTotal(published), described(published));
      assertAlive(server, `initialize with ${folder}`);
    });
  }

  test('messages about documents that are not open, or ranges past the end, leave it running', async (t) => {
    const server = await session(t);
    const uri = 'file:///tmp/session-robust.md';
    const pastTheEnd: Range = { start: { line: 9999, character: 0 }, end: { line: 10000, character: 5 } };
    const strayDiagnostic: Diagnostic = { range: pastTheEnd, code: 'table-reconcile', source: 'gkreport', message: '改为 72' };
    const sends: [string, () => Promise<unknown>][] = [
      ['a didChange of a uri never opened', () => server.change('file:///tmp/never-opened.md', 2, [{ range: pastTheEnd, text: 'x' }])],
      ['a didClose of a uri never opened', () => server.close('file:///tmp/never-opened.md')],
      ['a hover on a closed uri', async () => {
        await server.open(uri, WRONG_TOTAL);
        await server.waitForPublish(uri, (publication) => publication.version === 1);
        await server.close(uri);
        return server.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } });
      }],
      ['a codeAction with a range past the end', async () => {
        await server.open(uri, WRONG_TOTAL, 1);
        return server.request('textDocument/codeAction', { textDocument: { uri }, range: pastTheEnd, context: { diagnostics: [strayDiagnostic] } });
      }],
      ['a hover past the end', () => server.request('textDocument/hover', { textDocument: { uri }, position: pastTheEnd.end })],
      ['a completion past the end', () => server.request('textDocument/completion', { textDocument: { uri }, position: pastTheEnd.end })],
      ['a codeAction on a uri never opened', () => server.request('textDocument/codeAction', {
        textDocument: { uri: 'untitled:Untitled-9' }, range: pastTheEnd, context: { diagnostics: [strayDiagnostic] },
      })],
      ['a watched-file change with a host', () => server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file://server/share/2022年报.md', type: 1 }] })],
      ['an incremental change past the end', () => server.change(uri, 2, [{ range: pastTheEnd, text: '\n' }])],
    ];
    for (const [what, send] of sends) {
      await send().catch(() => undefined); // an error answer is fine; the process must live
      assertAlive(server, what);
    }
    // the incremental change past the end appended a line: version 2 is still checked
    const published = await server.waitForPublish(uri, (publication) => publication.version === 2);
    assert.ok(fixesWrongTotal(published), described(published));
    assertAlive(server, 'all of the above');
  });
});

describe('2. a quick fix never lands on the wrong characters', () => {
  const uri = 'file:///tmp/session-fix.md';

  /** the text with the wrong total corrected: what every fix, applied to the version it names, must give */
  const corrected = (text: string) => {
    assert.equal(text.split('| 70 |').length, 2, 'the wrong total is the only | 70 | of the text');
    return text.replace('| 70 |', '| 72 |');
  };

  const quickFixesOf = async (server: LspSession, diagnostic: Diagnostic): Promise<CodeAction[]> => {
    const actions = await server.request<CodeAction[] | null>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const resolved: CodeAction[] = [];
    for (const action of actions ?? []) resolved.push(action.edit || action.data === undefined ? action : await server.request<CodeAction>('codeAction/resolve', action));
    return resolved;
  };

  test('a fix asked with version 1\'s diagnostic after the text moved (version 2) edits only the version it names; version 2\'s fix yields | 72 |', async (t) => {
    const server = await session(t);
    await server.open(uri, WRONG_TOTAL);
    const first = await server.waitForPublish(uri, (publication) => publication.version === 1);
    const stale = first.diagnostics.find((diagnostic) => diagnostic.code === 'table-reconcile');
    assert.ok(stale && fixesWrongTotal(first), described(first));
    const row = stale.range.start.line;
    const texts: VersionedText[] = [{ uri, version: 1, text: WRONG_TOTAL }];
    const atRowStart = { start: { line: row, character: 0 }, end: { line: row, character: 0 } };
    texts.push({ uri, version: 2, text: applyTextEdits(WRONG_TOTAL, [{ range: atRowStart, newText: ' ' }]) });
    await server.change(uri, 2, [{ range: atRowStart, text: ' ' }]);

    // before version 2 is published: whatever comes back must be right for the version it names
    for (const action of await quickFixesOf(server, stale)) {
      if (!action.edit) continue;
      for (const { version } of editsFor(action.edit, uri)) {
        assert.equal(typeof version, 'number', `"${action.title}" edits without naming a version: ${JSON.stringify(action.edit)}`);
        const named = texts.find((candidate) => candidate.version === version);
        assert.ok(named, `"${action.title}" names version ${version}, which was never sent`);
        assert.equal(applyWorkspaceEdit(texts, action.edit, uri), corrected(named.text), `"${action.title}" applied to version ${version}`);
      }
    }

    const second = await server.waitForPublish(uri, (publication) => publication.version === 2);
    const current = second.diagnostics.find((diagnostic) => diagnostic.code === 'table-reconcile');
    assert.ok(current && fixesWrongTotal(second), described(second));
    const fix = (await quickFixesOf(server, current)).find((action) => action.kind === 'quickfix' && action.title === '改为 72');
    assert.ok(fix?.edit, 'version 2\'s diagnostic offers 改为 72');
    assert.deepEqual(editsFor(fix.edit, uri).map((part) => part.version), [2], `the fix names version 2: ${JSON.stringify(fix.edit)}`);
    const fixed = applyWorkspaceEdit(texts, fix.edit, uri);
    assert.equal(fixed, corrected(texts[1].text));
    assert.match(fixed.split('\n')[row], /\| 72 \|$/);

    await server.replace(uri, 3, fixed);
    const third = await server.waitForPublish(uri, (publication) => publication.version === 3);
    assert.equal(fixesWrongTotal(third), false, described(third));
  });

  test('fix-all (source.fixAll.gkreport) and "fix all of this kind" resolve to an edit of the version they were offered for', async (t) => {
    const server = await session(t);
    const text = `${CLEAN}\n本年度,我办加强培训,完善机制。\n`;
    await server.open(uri, text);
    const published = await server.waitForPublish(uri, (publication) => publication.version === 1 && publication.diagnostics.length > 0);
    const commas = published.diagnostics.filter((diagnostic) => diagnostic.code === 'punctuation-width');
    assert.equal(commas.length, 2, described(published));
    const texts: VersionedText[] = [{ uri, version: 1, text }];
    const expected = `${CLEAN}\n本年度，我办加强培训，完善机制。\n`;

    const onSave = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: commas[0].range, context: { diagnostics: [], only: ['source.fixAll.gkreport'] },
    });
    const fixAll = onSave.find((action) => action.kind === 'source.fixAll.gkreport');
    assert.ok(fixAll, JSON.stringify(onSave));
    const perRule = (await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: commas[0].range, context: { diagnostics: [commas[0]] },
    })).find((action) => action.title === '修复所有“punctuation-width”问题');
    assert.ok(perRule, 'fix all of this kind is offered');

    for (const action of [fixAll, perRule]) {
      const resolved = await server.request<CodeAction>('codeAction/resolve', action);
      assert.ok(resolved.edit, `"${action.title}" resolves to an edit`);
      assert.deepEqual(editsFor(resolved.edit, uri).map((part) => part.version), [1], `"${action.title}" names version 1: ${JSON.stringify(resolved.edit)}`);
      assert.equal(applyWorkspaceEdit(texts, resolved.edit, uri), expected);
    }
  });
});

describe('3. findings are those of the newest text', () => {
  const uri = 'file:///tmp/session-stale.md';

  test('a didChange whose version is not newer than the last is ignored', async (t) => {
    const server = await session(t);
    await server.open(uri, CLEAN);
    await server.waitForPublish(uri, (publication) => publication.version === 1);
    await server.replace(uri, 5, WRONG_TOTAL);
    await server.waitForPublish(uri, (publication) => publication.version === 5);
    const fromVersion5 = server.publicationsOf(uri).length;
    await server.replace(uri, 3, MISSING_SECTION); // older than 5
    await server.replace(uri, 5, WRONG_REVIEW); // 5 again, other text
    await server.pause(600); // long enough for a check of either to be published (debounce 150 ms)
    for (const publication of server.publicationsOf(uri).slice(fromVersion5)) {
      assert.ok(fixesWrongTotal(publication) && publication.version === 5, `${described(publication)}: a stale change was applied`);
    }
    // version 6 edits the text the server holds: it must be version 5's first text
    const lines = WRONG_TOTAL.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    await server.change(uri, 6, [{ range: { start: end, end }, text: '\n' }]);
    const sixth = await server.waitForPublish(uri, (publication) => publication.version === 6);
    assert.deepEqual(codes(sixth), ['table-reconcile'], 'version 6 is version 5 (70 for 72) and a newline');
    assert.ok(fixesWrongTotal(sixth));
    assert.equal(server.publicationsOf(uri).filter((publication) => publication.version === 3).length, 0, 'nothing is published for version 3');
  });

  test('a second didOpen of an open uri with other text starts over: its findings, its version, and newer versions from it', async (t) => {
    const server = await session(t);
    await server.open(uri, WRONG_TOTAL, 3);
    await server.waitForPublish(uri, (publication) => publication.version === 3);
    const before = server.publicationsOf(uri).length;
    await server.open(uri, WRONG_REVIEW, 1);
    const reopened = await server.waitForPublish(uri, (publication) => publication.version === 1);
    assert.deepEqual(codes(reopened), ['table-reconcile']);
    assert.match(messageOf(reopened.diagnostics[0]), /应为 4/, 'the findings of the text opened second');
    // version 2 (older than the 3 before the reopening, newer than the 1 after it) corrects 行政复议 总计
    const diagnostic = reopened.diagnostics[0];
    await server.change(uri, 2, [{ range: diagnostic.range, text: '4' }]);
    const corrected = await server.waitForPublish(uri, (publication) => publication.version === 2);
    assert.deepEqual(codes(corrected), [], 'version 2 is the reopened text with 5 → 4');
    const since = server.publicationsOf(uri).slice(before);
    assert.ok(since.every((publication) => !fixesWrongTotal(publication)), 'nothing of the first text is published after the reopening');
  });
});

describe('4. smaller faults', () => {
  test('(a) one didOpen, one publication of its version', async (t) => {
    const server = await session(t);
    const uri = 'file:///tmp/session-once.md';
    await server.open(uri, WRONG_TOTAL);
    await server.waitForPublish(uri, (publication) => publication.version === 1);
    await server.pause(800); // a second publication (the debounced check after the open's) would be here by now
    const ofVersion1 = server.publicationsOf(uri).filter((publication) => publication.version === 1);
    assert.equal(ofVersion1.length, 1, `${ofVersion1.length} publications of version 1`);
  });

  test('(b) an invalid rule setting is logged by its key and the valid reportFormat beside it still applies', async (t) => {
    const uri = 'file:///tmp/2014-appendix.txt';
    const text = fs.readFileSync(path.join(EXAMPLES, '2014-appendix.txt'), 'utf8');
    // the observable effect: a 2014 report read as the 2019 format lacks the 2019 tables
    const missingTables = (format: 'auto' | '2019') => analyze(text, resolveConfig({ format }).config).findings.filter((finding) => finding.ruleId === 'missing-table').length;
    assert.equal(missingTables('auto'), 0);
    assert.ok(missingTables('2019') > 0);

    const server = await session(t, { configuration: { enable: true, reportFormat: '2019', rules: { 'table-cell': 'fatal' } } });
    await server.open(uri, text, 1, 'plaintext');
    const published = await server.waitForPublish(uri, (publication) => publication.version === 1 && codes(publication).includes('missing-table'));
    assert.equal(codes(published).filter((code) => code === 'missing-table').length, missingTables('2019'));
    // the warning about it (the line listing the settings read names it too)
    const warning = (log: { type: number; message: string }) => log.type === 2 && /table-cell/.test(log.message);
    await server.waitForLog(warning);
    assert.equal(server.logs.filter(warning).length, 1, JSON.stringify(server.logs));
  });

  test('(c) commands and resolves with bad arguments answer InvalidParams in words, and the server keeps running', async (t) => {
    const server = await session(t);
    const newReport = 'gkreport.server.newReport';
    await assertInvalidParams(server, 'workspace/executeCommand', { command: newReport });
    await assertInvalidParams(server, 'workspace/executeCommand', { command: newReport, arguments: [{}] });
    await assertInvalidParams(server, 'workspace/executeCommand', { command: newReport, arguments: ['x'] });
    await assertInvalidParams(server, 'workspace/executeCommand', { command: 'gkreport.server.convertToSimplified', arguments: [42] });
    await assertInvalidParams(server, 'codeAction/resolve', { title: '修复所有问题', kind: 'source.fixAll.gkreport', data: 'x' });
    await assertInvalidParams(server, 'codeAction/resolve', { title: '修复所有问题', kind: 'source.fixAll.gkreport', data: { uri: 42 } });
    const report = await server.request<{ text: string }>('workspace/executeCommand', {
      command: newReport, arguments: [{ unit: '某区档案局', year: 2023, kind: 'department' }],
    });
    assert.match(report.text, /^# 某区档案局2023年政府信息公开工作年度报告/);
  });
});
