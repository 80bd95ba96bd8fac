import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import { LspSession } from '../helpers/lsp-session';

interface PasteTableResult { text: string; report: boolean }

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'paste', name), 'utf8');

const report = [
  '某市某局2023年政府信息公开工作年度报告', '',
  '一、总体情况', '', '2023年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。', '',
  '二、主动公开政府信息情况', '', '无。', '',
  '三、收到和处理政府信息公开申请情况', '', '', '',
  '四、政府信息公开行政复议、行政诉讼情况', '', '无。', '',
  '五、存在的主要问题及改进情况', '', '无。', '',
  '六、其他需要报告的事项', '', '无。', '',
].join('\n');
const underTable3 = { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } };

describe('language server: gkreport/pasteTable (bundled, over stdio)', () => {
  test('HTML with 表三 pasted into a report: its pipe table, as the report\'s paste; into notes: a plain table, not theirs; plain prose: nothing; bad params: InvalidParams', async (t) => {
    const session = await LspSession.start({ timeoutMs: 10000 });
    t.after(() => session.stop());
    const uri = 'file:///tmp/gkreport-paste/年报.md';
    await session.open(uri, report, 2);

    const pasted = await session.request<PasteTableResult>('gkreport/pasteTable', { textDocument: { uri }, version: 2, range: underTable3, html: fixture('browser-table3.html'), text: 'ignored' });
    assert.equal(pasted.report, true);
    const lines = pasted.text.split('\n');
    assert.equal(lines[0], '三、收到和处理政府信息公开申请情况');
    assert.match(lines[2], /^\| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） +\| 自然人 \|/);
    assert.match(lines[lines.length - 1], /^\| 四、结转下年度继续办理 +\| 5 +\| 0 +\| 0 +\| 0 +\| 0 +\| 1 +\| 6 +\|$/);

    // another version than the server's: nothing (the default paste stays)
    assert.equal(await session.request('gkreport/pasteTable', { textDocument: { uri }, version: 1, range: underTable3, html: fixture('browser-table3.html') }), null);
    // prose on the clipboard: nothing
    assert.equal(await session.request('gkreport/pasteTable', { textDocument: { uri }, version: 2, range: underTable3, html: '<p>一段文字</p>', text: '一段文字' }), null);

    const notes = 'file:///tmp/gkreport-paste/笔记.md';
    await session.open(notes, '# 会议记录\n\n');
    const plain = await session.request<PasteTableResult>('gkreport/pasteTable', {
      textDocument: { uri: notes }, version: 1, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      html: '<table><tr><th>事项</th><th>数量</th></tr><tr><td>采购</td><td>12</td></tr></table>',
    });
    assert.deepEqual(plain, { text: '| 事项 | 数量 |\n| ---- | ---- |\n| 采购 | 12   |', report: false });

    const error = await session.request('gkreport/pasteTable', { textDocument: { uri }, html: '<table></table>' }).then(() => undefined, (caught: unknown) => caught);
    assert.ok(error instanceof ResponseError);
    assert.equal(error.code, -32602);
    assert.match(error.message, /gkreport\/pasteTable expects/);
  });
});
