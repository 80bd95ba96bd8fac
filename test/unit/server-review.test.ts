import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { LspSession } from '../helpers/lsp-session';

const ROOT = path.join(__dirname, '..', '..', '..');
const MISTAKES = fs.readFileSync(path.join(ROOT, 'examples', '2021-mistakes.md'), 'utf8');
const UNIT = '某市某区(含错误示例)人民政府办公室';
const PROSE = '全年新收政府信息公开申请72件，上年结转4件，均在法定期限内答复。';
const CELL = { report: { unit: UNIT, year: 2021 }, rule: 'table-reconcile', key: 't3/本年新收/总计', reason: '含上年结转，已核实' };

const HINT = 4;

describe('language server: review decisions (bundled, over stdio)', () => {
  test('a reviewed finding is a hint with its reason; 标记为已核实… carries the decision; a changed file is applied again', async (t) => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-review-'));
    t.after(() => fs.rmSync(workspace, { recursive: true, force: true }));
    fs.mkdirSync(path.join(workspace, 'reports'));
    const reviewFile = path.join(workspace, '.gkreport-review.json');
    fs.writeFileSync(reviewFile, JSON.stringify({ version: 1, decisions: [CELL] }));
    const session = await LspSession.start({ timeoutMs: 10000, workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'ws' }] });
    t.after(() => session.stop());
    const uri = pathToFileURL(path.join(workspace, 'reports', '2021.md')).toString();
    await session.open(uri, MISTAKES);
    const published = await session.waitForPublish(uri, (publication) => publication.diagnostics.length > 0);
    const reconcile = published.diagnostics.filter((diagnostic) => diagnostic.code === 'table-reconcile');
    assert.deepEqual(reconcile.map((diagnostic) => diagnostic.severity), [HINT, 1, 1]);
    assert.match(reconcile[0].message as string, /^应为 72：.* \[已核实：含上年结转，已核实\]$/);

    // as VS Code's Quick Fix… asks: quick fixes only
    const actionsOn = (diagnostic: Diagnostic) => session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const prose = published.diagnostics.find((diagnostic) => diagnostic.code === 'prose-table-mismatch')!;
    const mark = (await actionsOn(prose)).find((action) => action.title === '标记为已核实…');
    assert.ok(mark, 'the quick fix is offered');
    assert.equal(mark.kind, 'quickfix');
    assert.equal(mark.edit, undefined);
    assert.equal(mark.command?.command, 'gkreport.markReviewed');
    assert.deepEqual(mark.command?.arguments, [{ uri, report: { unit: UNIT, year: 2021 }, rule: 'prose-table-mismatch', key: PROSE, message: prose.message }]);
    // not again on what is reviewed
    assert.equal((await actionsOn(reconcile[0])).some((action) => action.title === '标记为已核实…'), false);

    // the client writes the decision (client/src/review.ts) and the editor's watcher says so
    const { report, rule, key } = mark.command!.arguments![0] as { report: object; rule: string; key: string };
    fs.writeFileSync(reviewFile, JSON.stringify({ version: 1, decisions: [CELL, { report, rule, key, reason: '正文含上年结转' }] }, null, 2));
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(reviewFile).toString(), type: 2 }] });
    const again = await session.waitForPublish(uri, (publication) =>
      publication.diagnostics.some((diagnostic) => diagnostic.code === 'prose-table-mismatch' && diagnostic.severity === HINT));
    assert.match(again.diagnostics.find((diagnostic) => diagnostic.code === 'prose-table-mismatch')!.message as string, / \[已核实：正文含上年结转\]$/);
    // the same version: applied to the kept check
    assert.equal(again.version, published.version);
  });

  test('a decision left over is a stale-review info without the quick fix; a broken file is a diagnostic on it', async (t) => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-review-'));
    t.after(() => fs.rmSync(workspace, { recursive: true, force: true }));
    const reviewFile = path.join(workspace, '.gkreport-review.json');
    fs.writeFileSync(reviewFile, JSON.stringify({ version: 1, decisions: [{ ...CELL, key: 't3/本年新收/自然人' }] }));
    const session = await LspSession.start({ timeoutMs: 10000, workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'ws' }] });
    t.after(() => session.stop());
    const uri = pathToFileURL(path.join(workspace, '2021.md')).toString();
    await session.open(uri, MISTAKES);
    const published = await session.waitForPublish(uri, (publication) => publication.diagnostics.length > 0);
    const stale = published.diagnostics.filter((diagnostic) => diagnostic.code === 'stale-review');
    assert.equal(stale.length, 1);
    assert.equal(stale[0].severity, 3);
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: stale[0].range, context: { diagnostics: stale } });
    assert.deepEqual(actions.filter((action) => action.command?.command === 'gkreport.markReviewed'), []);

    fs.writeFileSync(reviewFile, '{ "version": 1, "decisions": [');
    const reviewUri = pathToFileURL(reviewFile).toString();
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: reviewUri, type: 2 }] });
    const problems = await session.waitForPublish(reviewUri);
    assert.equal(problems.diagnostics.length, 1);
    assert.match(problems.diagnostics[0].message as string, /^\.gkreport-review\.json 不是有效的 JSON：.+；其中的核实记录均未生效$/);
    // no decision from it: nothing is stale any more
    await session.waitForPublish(uri, (publication) => publication.diagnostics.length > 0 && !publication.diagnostics.some((diagnostic) => diagnostic.code === 'stale-review'));
  });
});
