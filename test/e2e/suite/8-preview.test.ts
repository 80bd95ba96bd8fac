import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { workspaceFile } from './helpers';

suite('Markdown preview', () => {
  test('the preview renders 表三 with the template\'s merged header and marks the failing cell with its message', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('2021-mistakes.md'));
    // the HTML of the built-in preview, from the engine the preview uses (our markdown-it plugin included)
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', document);
    assert.ok(html.includes('<th colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th>'), html.slice(0, 2000));
    assert.ok(html.includes('<th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th>'));
    assert.ok(html.includes('<th colspan="5">行政复议</th><th colspan="10">行政诉讼</th>'));
    const failing = /<td class="gkr-number gkr-error" title="([^"]*)">70<\/td>/.exec(html);
    assert.ok(failing, 'the 总计 cell of 本年新收 is marked');
    assert.match(failing[1], /改为 72/);
    // the unfilled cell of 表二, faded with its hint
    assert.match(html, /<td class="gkr-unfilled gkr-hint" colspan="3" title="[^"]*待填写[^"]*">XX<\/td>/);
  });

  test('a Markdown file that is not a report keeps markdown-it\'s own table', async () => {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', '# 会议纪要\n\n| 项目 | 数量 |\n|---|---|\n| 文件 | 3 |\n');
    assert.match(html, /<thead[ >]/, html);
    assert.ok(!html.includes('gkr-table'));
  });
});
