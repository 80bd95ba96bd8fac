import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { openReport, rangeOf, waitForPublication } from './helpers';

suite('hover, code lens, outline', () => {
  test('the code lens above 表三 counts the equations that hold; the hover on a cell shows its equations', async () => {
    const { document } = await openReport('2021-complete.md');
    assert.deepStrictEqual((await waitForPublication(document)).map((d) => d.message), []);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
    const titles = lenses.map((lens) => lens.command?.title ?? '');
    assert.ok(titles.some((title) => /^勾稽关系 (\d+)\/\1 成立$/.test(title)), titles.join(', '));
    const hoverAt = async (position: vscode.Position) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    };
    const text = await hoverAt(rangeOf(document, '| 60 |').start.translate(0, 2));
    // the cell by its name in the template, then its equations in words with their values, never by id (R3.1)
    assert.match(text, /表三 · 一、本年新收政府信息公开申请数量 · 自然人：60/);
    assert.match(text, /✓ 第一项加第二项之和应等于第三项加第四项之和（“自然人”列）：本年新收 60 \+ 上年结转 3 = 63/);
    assert.match(text, /✓ 总计应等于各类申请人之和（“本年新收”行）：总计 72 = 自然人 60/);
    assert.doesNotMatch(text, /\bR\d/);
    // a 表二 cell is in no equation, and its hover still names it
    const rules = await hoverAt(rangeOf(document, '| 规章 | 1 |').start.translate(0, '| 规章 | '.length));
    assert.match(rules, /表二 · 规章 · 本年制发件数：1/);
  });

  test('document symbols list the six sections and the three tables', async () => {
    const { document } = await openReport('2021-complete.md');
    const all = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    // VS Code's Markdown extension adds its own heading symbols ("# …"); ours are the sections and tables
    const symbols = all.filter((symbol) => !symbol.name.startsWith('#'));
    assert.deepStrictEqual(symbols.map((symbol) => symbol.name), [
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
    ]);
    const tables = symbols.flatMap((symbol) => symbol.children).filter((child) => child.kind === vscode.SymbolKind.Array);
    assert.strictEqual(tables.length, 3);
  });
});
