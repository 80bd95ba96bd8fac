import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { pathToFileURL } from 'node:url';
import { makeReport, setCell, consistentNumbers } from '../helpers/reports';

/** A workspace holding last year's report of one unit, unopened (carryover-mismatch). */
const WORKSPACE = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-ws-'));
const UNIT = '某区档案局';
fs.writeFileSync(path.join(WORKSPACE, '2022年报.md'), makeReport({ year: 2022, unit: UNIT }));
/** another unit's report of 2022 whose 2023 report copies its prose (content-repeat) */
const REPEAT_FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'content-repeat');
fs.copyFileSync(path.join(REPEAT_FIXTURES, '2022.md'), path.join(WORKSPACE, '市场监管局2022.md'));

/** The bundled server (what the .vsix ships), spoken to over stdio as VS Code would. */
const SERVER = path.join(__dirname, '..', '..', '..', 'dist', 'server.js');

interface Diagnostic { range: { start: { line: number; character: number } }; code: string; message: string; source: string; data?: unknown }
/** A workspace edit as the server sends it: edits of one version of one document. */
interface VersionedEdit { documentChanges: { textDocument: { uri: string; version: number }; edits: { newText: string }[] }[] }
/** The new texts of the edits of `uri`, checking that they name a version. */
function newTexts(edit: VersionedEdit, uri: string): string[] {
  const change = edit.documentChanges.find((candidate) => candidate.textDocument.uri === uri);
  assert.ok(change, JSON.stringify(edit));
  assert.equal(typeof change.textDocument.version, 'number');
  return change.edits.map((part) => part.newText);
}

describe('language server (bundled)', () => {
  let child: ChildProcess;
  let connection: MessageConnection;
  const published = new Map<string, Diagnostic[]>();
  const appliedEdits: VersionedEdit[] = [];
  const waiters: { uri: string; predicate: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];

  const waitFor = (uri: string, predicate: (d: Diagnostic[]) => boolean) => new Promise<Diagnostic[]>((resolve, reject) => {
    const current = published.get(uri);
    if (current && predicate(current)) return resolve(current);
    waiters.push({ uri, predicate, resolve });
    setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}`)), 10000).unref();
  });

  before(async () => {
    child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      published.set(params.uri, params.diagnostics);
      for (const waiter of [...waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params.diagnostics)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(params.diagnostics);
        }
      }
    });
    connection.onRequest('workspace/configuration', () => [{ enable: true, reportFormat: 'auto', rules: {} }]);
    connection.onRequest('workspace/applyEdit', (params: { edit: VersionedEdit }) => {
      appliedEdits.push(params.edit);
      return { applied: true };
    });
    connection.listen();
    const workspaceFolders = [{ uri: pathToFileURL(WORKSPACE).toString(), name: 'ws' }];
    const result = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'zh-cn', workspaceFolders }) as { capabilities: Record<string, unknown> };
    assert.ok(result.capabilities.hoverProvider);
    await connection.sendNotification('initialized', {});
  });

  after(() => {
    connection.dispose();
    child.kill();
  });

  const open = (uri: string, text: string, languageId = 'markdown') =>
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });

  test('opening a report publishes diagnostics with rule ids and zh-CN messages; a quick fix carries the edit', async () => {
    const uri = 'file:///tmp/report-a.md';
    const numbers = setCell(consistentNumbers('2021'), 'cases', 'review.total', '5');
    await open(uri, makeReport({ numbers }));
    const diagnostics = await waitFor(uri, (d) => d.length > 0);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'table-reconcile');
    assert.equal(diagnostics[0].source, 'gkreport');
    assert.match(diagnostics[0].message, /应为 4/);
    const actions = await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics },
    }) as { title: string; kind: string; edit: VersionedEdit }[];
    const quickFix = actions.find((action) => action.kind === 'quickfix');
    assert.ok(quickFix);
    assert.equal(quickFix.title, '改为 4');
    assert.deepEqual(newTexts(quickFix.edit, uri), ['4']);
    // a wrong total is a fix to review: source.fixAll (on save) does not offer to rewrite it
    assert.equal(actions.find((action) => action.kind === 'source.fixAll.gkreport'), undefined);
  });

  test('source.fixAll applies the safe fixes (a half-width comma) and leaves a wrong total alone', async () => {
    const uri = 'file:///tmp/report-safe.md';
    const numbers = setCell(consistentNumbers('2021'), 'cases', 'review.total', '5');
    await open(uri, `${makeReport({ numbers })}\n本年度,我办加强培训。\n`);
    const diagnostics = await waitFor(uri, (d) => d.length >= 2);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['punctuation-width', 'table-reconcile']);
    const actions = await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [], only: ['source.fixAll.gkreport'] },
    }) as { kind: string }[];
    const fixAllAction = actions.find((action) => action.kind === 'source.fixAll.gkreport');
    assert.ok(fixAllAction);
    const resolved = await connection.sendRequest('codeAction/resolve', fixAllAction) as { edit: VersionedEdit };
    assert.deepEqual(newTexts(resolved.edit, uri), ['，']);
  });

  test('an edit updates the diagnostics', async () => {
    const uri = 'file:///tmp/report-b.md';
    await open(uri, makeReport());
    await waitFor(uri, (d) => d.length === 0);
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ text: makeReport({ omit: [6] }) }],
    });
    const diagnostics = await waitFor(uri, (d) => d.length > 0);
    assert.deepEqual(diagnostics.map((d) => d.code), ['missing-section']);
  });

  test('hover on a number cell shows its equations; lenses and symbols describe the report', async () => {
    const uri = 'file:///tmp/report-c.md';
    const text = makeReport();
    await open(uri, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('本年新收'));
    const character = lines[line].indexOf('| 60 |') + 2;
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as { contents: { value: string } };
    // the cell named in the template's words, then its two equations in words, never by id
    assert.match(hover.contents.value, /^表三 · 一、本年新收政府信息公开申请数量 · 自然人：60\n\n/);
    assert.match(hover.contents.value, /- ✓ 第一项加第二项之和应等于第三项加第四项之和（“自然人”列）：本年新收 60 \+ 上年结转 3 = 63 = /);
    assert.match(hover.contents.value, /- ✓ 总计应等于各类申请人之和（“本年新收”行）：/);
    assert.doesNotMatch(hover.contents.value, /\bR\d/);
    const lenses = await connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as { command: { title: string } }[];
    assert.ok(lenses.some((lens) => /勾稽关系 \d+\/\d+ 成立/.test(lens.command.title)));
    const symbols = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as { name: string; children: { name: string }[] }[];
    assert.equal(symbols.length, 6);
    assert.ok(symbols[2].children.some((child) => child.name === '收到和处理政府信息公开申请情况'));
  });

  test('"fix all of this kind" fixes every finding of one rule in one edit', async () => {
    const uri = 'file:///tmp/report-d.md';
    const text = makeReport().replace('一、总体情况\n\n', '一、总体情况\n\n本年度,我局加强领导,完善机制:一是公开(一)。\n');
    await open(uri, text);
    const diagnostics = await waitFor(uri, (d) => d.length > 0);
    const punctuation = diagnostics.filter((d) => d.code === 'punctuation-width');
    assert.equal(punctuation.length, 4, "three commas and colons, one ( ) pair");
    const actions = await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: punctuation[0].range, context: { diagnostics: [punctuation[0]] },
    }) as { title: string; kind: string }[];
    const perRule = actions.find((action) => action.title === '修复所有“punctuation-width”问题');
    assert.ok(perRule, actions.map((a) => a.title).join());
    const resolved = await connection.sendRequest('codeAction/resolve', perRule) as { edit: VersionedEdit };
    assert.deepEqual(newTexts(resolved.edit, uri), ['，我局加强领导，完善机制：一是公开（一）']);
  });

  test('the 全文转换为简体 command converts a traditional document through workspace/applyEdit', async () => {
    const uri = 'file:///tmp/report-e.txt';
    await open(uri, '2014年某區人民政府信息公開年度報告\n一、概述\n本區進一步最佳化入口網站建設,做好規範性檔案公開。\n'.repeat(3), 'plaintext');
    const diagnostics = await waitFor(uri, (d) => d.some((diagnostic) => diagnostic.code === 'script-mixing'));
    assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'script-mixing').length, 1);
    const applied = await connection.sendRequest('workspace/executeCommand', { command: 'gkreport.server.convertToSimplified', arguments: [uri] });
    assert.equal(applied, true);
    const newText = newTexts(appliedEdits[appliedEdits.length - 1], uri).join('');
    assert.match(newText, /区进一步优化门户网站建设,做好规范性文件公开/);
  });

  test('新建年度报告: the template for the year, with 上年结转 and 现行有效件数 from last year\'s report in the workspace', async () => {
    const result = await connection.sendRequest('workspace/executeCommand', {
      command: 'gkreport.server.newReport', arguments: [{ unit: UNIT, year: 2023, kind: 'department' }],
    }) as { title: string; text: string; carriedFrom?: number };
    assert.equal(result.carriedFrom, 2022);
    // the unit, then the year, as reports are titled; the statistics period follows the year
    assert.equal(result.title, '某区档案局2023年政府信息公开工作年度报告');
    assert.match(result.text, /^# 某区档案局2023年政府信息公开工作年度报告\n\n本报告由某区档案局编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。/);
    assert.match(result.text, /\| 二、上年结转政府信息公开申请数量 \| 7 \| 2 \| 0 \| 0 \| 1 \| 0 \| 10 \|/);
    assert.match(result.text, /\| 规章 \| 填写 \| 填写 \| 3 \|/);
    const fresh = await connection.sendRequest('workspace/executeCommand', {
      command: 'gkreport.server.newReport', arguments: [{ unit: '无上年报告的单位', year: 2020, kind: 'region' }],
    }) as { text: string; carriedFrom?: number };
    assert.equal(fresh.carriedFrom, undefined);
    assert.match(fresh.text, /本年新制作数量/, 'a 2020 report gets the 2019 format');
  });

  test("carryover-mismatch against last year's report in the workspace, then against an open one", async () => {
    const uri = pathToFileURL(path.join(WORKSPACE, '2023年报.md')).toString();
    await open(uri, makeReport({ year: 2023, unit: UNIT }));
    const diagnostics = await waitFor(uri, (d) => d.some((diagnostic) => diagnostic.code === 'carryover-mismatch'));
    const carryover = diagnostics.filter((diagnostic) => diagnostic.code === 'carryover-mismatch');
    assert.ok(carryover.some((diagnostic) => diagnostic.message.includes('2022年报.md')), carryover.map((d) => d.message).join());
    // open last year's report and make it agree: this year's report is re-checked without a keystroke of its own
    const lastYear = pathToFileURL(path.join(WORKSPACE, '2022年报.md')).toString();
    let agreeing = consistentNumbers('2021');
    for (const [column, value] of [['natural', '3'], ['business', '1'], ['legal', '0'], ['total', '4']]) agreeing = setCell(agreeing, 'forward', column, value);
    for (const row of ['rules', 'normative']) agreeing = setCell(setCell(agreeing, row, 'inForce', '4'), row, 'issued', '1');
    await open(lastYear, makeReport({ year: 2022, unit: UNIT, numbers: agreeing }));
    const after = await waitFor(uri, (d) => !d.some((diagnostic) => diagnostic.code === 'carryover-mismatch'));
    assert.deepEqual(after.filter((diagnostic) => diagnostic.code === 'carryover-mismatch'), []);
  });

  test("content-repeat against last year's report in the workspace: the finding, the lens and the hover at the title", async () => {
    const uri = pathToFileURL(path.join(WORKSPACE, '市场监管局2023.md')).toString();
    await open(uri, fs.readFileSync(path.join(REPEAT_FIXTURES, '2023.md'), 'utf8'));
    const diagnostics = await waitFor(uri, (d) => d.some((diagnostic) => diagnostic.code === 'content-repeat'));
    const repeat = diagnostics.filter((diagnostic) => diagnostic.code === 'content-repeat');
    assert.deepEqual(repeat.map((diagnostic) => diagnostic.range.start.line), [0]);
    assert.match(repeat[0].message, /（83%）与上一年度报告（市场监管局2022\.md）/);
    const lenses = await connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as { range: { start: { line: number } }; command: { title: string } }[];
    assert.ok(lenses.some((lens) => lens.range.start.line === 0 && lens.command.title === '与上年报告重复 83%（10/12 句，市场监管局2022.md）'), JSON.stringify(lenses));
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } }) as { contents: { value: string } };
    assert.match(hover.contents.value, /^与上一年度报告（市场监管局2022\.md）相同或仅数字、年份不同的句子（10\/12）：/);
  });

  test('hover on a prose figure shows what it was compared with', async () => {
    const uri = 'file:///tmp/report-f.md';
    const text = makeReport({ overview: '全年共受理政府信息公开申请2件。' });
    await open(uri, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('申请2件'));
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line].indexOf('2件') } }) as { contents: { value: string } };
    assert.match(hover.contents.value, /本年新收申请：正文 2；表格 表三「本年新收·总计」 = 72/);
  });

  test('completion: the next missing section first, rule ids in suppression comments, missing row labels in a table', async () => {
    const uri = 'file:///tmp/report-g.md';
    const text = `${makeReport({ omit: [5, 6] })}\n\n<!-- gkreport-disable-next-line \n`;
    await open(uri, text);
    const lines = text.split('\n');
    const complete = (line: number, character: number) =>
      connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } }) as Promise<{ label: string; preselect?: boolean; sortText: string }[]>;
    const headings = await complete(lines.length - 3, 0);
    const first = [...headings].sort((a, b) => a.sortText.localeCompare(b.sortText))[0];
    assert.equal(first.label, '五、存在的主要问题及改进情况');
    assert.equal(first.preselect, true);
    const ids = await complete(lines.length - 2, lines[lines.length - 2].length);
    assert.ok(ids.some((item) => item.label === 'table-reconcile'));
    const withoutRow = makeReport().replace(/\| 2\.重复申请 .*\n/, '| \n');
    const rowUri = 'file:///tmp/report-h.md';
    await open(rowUri, withoutRow);
    const rowLine = withoutRow.split('\n').findIndex((line) => line === '| ');
    const rows = await connection.sendRequest('textDocument/completion', { textDocument: { uri: rowUri }, position: { line: rowLine, character: 2 } }) as { label: string }[];
    assert.deepEqual(rows.map((item) => item.label), ['2.重复申请']);
  });

  test('a Markdown file that is not an annual report gets no diagnostics', async () => {
    const uri = 'file:///tmp/notes.md';
    await open(uri, '# 会议纪要\n\n一、议题\n\n| 项目 | 数量 |\n|---|---|\n| 合计 | 3 |\n');
    const diagnostics = await waitFor(uri, () => true);
    assert.deepEqual(diagnostics, []);
  });
});
