import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test, type TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ResponseError } from 'vscode-jsonrpc/node';
import { parse } from 'parse5';
import { LspSession } from '../helpers/lsp-session';
import { consistentNumbers, makeReport, setCell } from '../helpers/reports';

/**
 * gkreport/auditPage, the page the VS Code client shows after 检查工作区: the workspace's annual reports (a note
 * beside them is not one), an open document as the editor has it rather than as it is on disk, every report named
 * by its path in the workspace with the file it is, and the nonce the webview's policy allows on the page's code.
 */

interface AuditPageResult { html: string; reports: number; files: Record<string, string> }
interface Node { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string }

function workspace(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-audit-'));
  // 表三's 本年新收 总计 written 70 where its parts add up to 72
  fs.writeFileSync(path.join(folder, '市交通局.md'), makeReport({ unit: '某市交通运输局', numbers: setCell(consistentNumbers('2021'), 'new', 'total', '70') }));
  fs.mkdirSync(path.join(folder, '区县'));
  fs.writeFileSync(path.join(folder, '区县', '某县.md'), makeReport({ unit: '某县人民政府办公室' }));
  fs.writeFileSync(path.join(folder, '会议记录.md'), '# 周例会\n\n讨论了年报的分工。\n');
  return folder;
}

async function session(t: TestContext, folder: string): Promise<LspSession> {
  const server = await LspSession.start({ timeoutMs: 5000, workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'reports' }] });
  t.after(() => server.stop());
  return server;
}

function elements(node: Node, test: (node: Node) => boolean, found: Node[] = []): Node[] {
  if (test(node)) found.push(node);
  for (const child of node.childNodes ?? []) elements(child, test, found);
  return found;
}
const attr = (node: Node, name: string) => node.attrs?.find((candidate) => candidate.name === name)?.value;
const text = (node: Node): string => node.value ?? (node.childNodes ?? []).map(text).join('');

test('the audit page holds the workspace reports, the open one as edited, each with its file, and the nonce on its code', async (t) => {
  const folder = workspace();
  const server = await session(t, folder);
  const county = pathToFileURL(path.join(folder, '区县', '某县.md')).toString();
  // open in the editor and edited there: 六、其他需要报告的事项 deleted, not saved
  await server.open(county, makeReport({ unit: '某县人民政府办公室', omit: [6] }));
  await server.waitForPublish(county, (publication) => publication.diagnostics.some((diagnostic) => diagnostic.code === 'missing-section'));

  const page = await server.request<AuditPageResult>('gkreport/auditPage', { nonce: 'c2VjcmV0bm9uY2U=' });
  assert.equal(page.reports, 2);
  assert.deepEqual(Object.keys(page.files).sort(), ['区县/某县.md', '市交通局.md']);
  assert.equal(page.files['区县/某县.md'], county);

  const document = parse(page.html) as unknown as Node;
  const sections = elements(document, (node) => node.nodeName === 'section' && attr(node, 'data-path') !== undefined);
  assert.deepEqual(sections.map((section) => attr(section, 'data-path')).sort(), ['区县/某县.md', '市交通局.md']);
  const bySection = (file: string) => text(sections.find((section) => attr(section, 'data-path') === file)!);
  assert.match(bySection('市交通局.md'), /table-reconcile/);
  assert.match(bySection('市交通局.md'), /某市交通运输局/);
  // the open document's finding, not the file on disk (which is complete)
  assert.match(bySection('区县/某县.md'), /missing-section/);
  assert.match(bySection('区县/某县.md'), /其他需要报告的事项/);
  // a finding's line number says which line it is, for the webview to open it
  const lines = elements(sections.find((section) => attr(section, 'data-path') === '市交通局.md')!, (node) => attr(node, 'data-line') !== undefined);
  assert.ok(lines.length > 0 && lines.every((cell) => Number(attr(cell, 'data-line')) >= 1), 'no finding carries its line');

  const code = elements(document, (node) => node.nodeName === 'script' || node.nodeName === 'style');
  assert.ok(code.length >= 2);
  assert.ok(code.every((node) => attr(node, 'nonce') === 'c2VjcmV0bm9uY2U='), 'a script or style without the nonce');
});

test('a bad request for the audit page is InvalidParams in words, and the server stays up', async (t) => {
  const server = await session(t, workspace());
  for (const params of [{ nonce: '"><script>' }, { locale: 3 }]) {
    const error = await server.request('gkreport/auditPage', params).then(() => assert.fail(`${JSON.stringify(params)} was answered`), (caught: unknown) => caught);
    assert.ok(error instanceof ResponseError && error.code === -32602, String(error));
    assert.match(error.message, /gkreport\/auditPage expects/);
  }
  assert.ok(server.alive);
});
