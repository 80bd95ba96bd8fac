import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver';
import { LspSession } from '../helpers/lsp-session';
import { makeReport } from '../helpers/reports';

const ROOT = path.join(__dirname, '..', '..', '..');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const MISTAKES = fs.readFileSync(path.join(ROOT, 'examples', '2021-mistakes.md'), 'utf8');

interface StatusNotification { uri: string; version: number; status: { text: string; errors: number; equations: { held: number; total: number } } | null }
interface Lens { range: Range; command: { title: string; command: string; arguments?: [string, { label: string; detail?: string; range: Range }[]] } }

function textAt(text: string, range: Range): string {
  return text.split('\n')[range.start.line].slice(range.start.character, range.end.character);
}

describe('language server: what the editor shows around the checks (bundled, over stdio)', () => {
  test('the output channel hears the start with the version, the settings, the configuration files and the workspace index', async (t) => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-log-'));
    t.after(() => fs.rmSync(workspace, { recursive: true, force: true }));
    fs.writeFileSync(path.join(workspace, '2022年报.md'), makeReport({ year: 2022, unit: '某区档案局' }));
    fs.writeFileSync(path.join(workspace, '会议纪要.md'), '# 会议纪要\n\n讨论下周的工作安排。\n');
    fs.writeFileSync(path.join(workspace, '.gkreportrc.json'), '{ "rules": { "section-order": "off" } }');
    const session = await LspSession.start({
      timeoutMs: 10000, workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'ws' }],
      configuration: { enable: true, reportFormat: 'auto', rules: { 'punctuation-width': 'off' } },
    });
    t.after(() => session.stop());
    await session.waitForLog((log) => log.message.startsWith(`gkreport language server ${VERSION} started (Node.js ${process.version}`));
    await session.waitForLog((log) => log.message === 'gkreport: settings read: enable=true, locale=zh-CN, reportFormat=auto, scriptPolicy=simplified, rules: punctuation-width=off');
    await session.waitForLog((log) => /^gkreport: indexed 2 files of the workspace for the cross-year rules \(annual reports: 1\) in \d+ ms$/.test(log.message));
    const uri = pathToFileURL(path.join(workspace, '2023年报.md')).toString();
    await session.open(uri, makeReport({ year: 2023, unit: '某区档案局' }));
    await session.waitForPublish(uri);
    await session.waitForLog((log) => log.message === `gkreport: read ${path.join(workspace, '.gkreportrc.json')}: valid`);
    await session.notify('workspace/didChangeConfiguration', { settings: null });
    await session.waitForLog((log) => log.message.startsWith('gkreport: settings changed: '));
  });

  test('gkreport/reportStatus with each publication: the status bar text of a report, null for a document that is none', async (t) => {
    const session = await LspSession.start({ timeoutMs: 10000 });
    t.after(() => session.stop());
    const statuses: StatusNotification[] = [];
    session.connection.onNotification('gkreport/reportStatus', (notification: StatusNotification) => { statuses.push(notification); });
    const uri = 'file:///tmp/gkreport-status/2021-mistakes.md';
    await session.open(uri, MISTAKES, 3);
    const published = await session.waitForPublish(uri);
    const errors = published.diagnostics.filter((diagnostic) => diagnostic.severity === 1).length;
    const notes = 'file:///tmp/gkreport-status/notes.md';
    await session.open(notes, '# 会议纪要\n\n讨论下周的工作安排。\n');
    await session.waitForPublish(notes);
    // the notification follows the publication on the same connection: both are there once a later request is answered
    await session.request('textDocument/codeLens', { textDocument: { uri: notes } });
    const status = statuses.find((candidate) => candidate.uri === uri);
    assert.equal(status?.version, 3);
    assert.equal(status?.status?.errors, errors);
    assert.equal(status?.status?.text, `年报 2021 · 错误 ${errors} · 勾稽 ${status?.status?.equations.held}/${status?.status?.equations.total}`);
    assert.deepEqual(statuses.filter((candidate) => candidate.uri === notes).map((candidate) => candidate.status), [null]);
  });

  test('a lens with somewhere to go carries gkreport.goToLensTarget with the document and its targets; one that holds, no command', async (t) => {
    const session = await LspSession.start({ timeoutMs: 10000 });
    t.after(() => session.stop());
    const uri = 'file:///tmp/gkreport-lens/2021-mistakes.md';
    await session.open(uri, MISTAKES);
    await session.waitForPublish(uri);
    const lenses = await session.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    const table3 = lenses.find((lens) => /处不成立/.test(lens.command.title) && MISTAKES.split('\n')[lens.range.start.line].includes('自然人'));
    assert.ok(table3, JSON.stringify(lenses));
    assert.equal(table3.command.command, 'gkreport.goToLensTarget');
    const [target, targets] = table3.command.arguments!;
    assert.equal(target, uri);
    assert.equal(targets.length, Number(/(\d+) 处不成立/.exec(table3.command.title)![1]));
    assert.equal(textAt(MISTAKES, targets[0].range), '70');
    assert.match(targets[0].detail!, /≠/);
    const table2 = lenses.find((lens) => lens.command.title === '待填写 1 格');
    assert.equal(textAt(MISTAKES, table2!.command.arguments![1][0].range), 'XX');

    const complete = 'file:///tmp/gkreport-lens/complete.md';
    await session.open(complete, makeReport());
    await session.waitForPublish(complete);
    const holding = await session.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: complete } });
    assert.ok(holding.length > 0 && holding.every((lens) => lens.command.command === '' && lens.command.arguments === undefined), JSON.stringify(holding));
  });
});
