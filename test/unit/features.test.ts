import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, completionsAt, foldingRanges, hoverAt, outline, reportTemplate, tableLenses } from '../../server/src/core';
import { consistentNumbers, makeReport, setCell } from '../helpers/reports';
import { seed } from '../helpers/seeds';

const mistakes = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', '2021-mistakes.md'), 'utf8');

/** The editor features are core functions over an analysis; the server only converts their results. */
describe('editor features without LSP', () => {
  test('hover on a wrong total: its name, then both equations it is in, with the values written in the table', () => {
    // 本年新收: 60 + 8 + 1 + 0 + 2 + 1 = 72, written 70; 总计 column: 70 + 4 = 74 against 66 + 10 = 76
    const hover = hoverAt(analyze(mistakes), mistakes.indexOf('| 70 |') + 2, 'zh-CN');
    assert.ok(hover);
    assert.deepEqual(hover.markdown.split('\n'), [
      '表三 · 一、本年新收政府信息公开申请数量 · 总计：70',
      '',
      '- ✗ 第一项加第二项之和应等于第三项加第四项之和（“总计”列）：本年新收 70 + 上年结转 4 = 74 ≠ 办理结果总计 66 + 结转下年度 10 = 76（不成立）',
      '- ✗ 总计应等于各类申请人之和（“本年新收”行）：总计 70 ≠ 自然人 60 + 商业企业 8 + 科研机构 1 + 社会公益组织 0 + 法律服务机构 2 + 其他 1 = 72（不成立）',
    ]);
  });

  test('hover on a cell written as text: its equations are shown as not evaluated, with the reason', () => {
    const text = mistakes.replace('| （一）予以公开 | 21 |', '| （一）予以公开 | 见附件 |');
    const hover = hoverAt(analyze(text), text.indexOf('见附件'), 'zh-CN');
    assert.ok(hover);
    assert.match(hover.markdown, /^表三 · 三、本年度办理结果 · （一）予以公开 · 自然人：见附件\n\n/);
    assert.match(hover.markdown, /未核对：.*见附件/);
    assert.doesNotMatch(hover.markdown, /✗/);
  });

  test('hover in English', () => {
    const hover = hoverAt(analyze(mistakes), mistakes.indexOf('| 70 |') + 2, 'en');
    assert.ok(hover);
    assert.match(hover.markdown, /^Table 3 · new requests this year · total: 70\n\n/);
    assert.match(hover.markdown, /^- ✗ the total must equal the sum over all applicant types \(row "new requests this year"\): total 70 ≠ natural persons 60 \+ .* = 72 \(fails\)$/m);
    assert.doesNotMatch(hover.markdown, /不成立|\bR\d/);
  });

  test('lenses: one above each table with equations, counting those that fail; the 表二 still holding XX says so', () => {
    const lenses = tableLenses(analyze(mistakes), 'zh-CN');
    assert.equal(lenses.length, 3);
    assert.equal(lenses[0].title, '待填写 1 格');
    assert.equal(mistakes.slice(lenses[0].offset).split('\n')[0].includes('本年制发件数'), true);
    assert.equal(mistakes.slice(lenses[1].offset).split('\n')[0].includes('自然人'), true);
    assert.match(lenses[1].title, /^勾稽关系 \d+ 处不成立（共 \d+ 条）$/);
    assert.match(lenses[2].title, /^勾稽关系 1 处不成立（共 3 条）$/);
  });

  test('lenses on a new report\'s template: only what is left to fill, no equation said to hold', () => {
    const template = reportTemplate({ era: '2021', year: '2024', unit: '某区测试局' });
    assert.deepEqual(tableLenses(analyze(template), 'zh-CN').map((lens) => lens.title), ['待填写 10 格', '待填写 175 格', '待填写 15 格']);
    assert.deepEqual(tableLenses(analyze(template), 'en').map((lens) => lens.title), ['10 cells to fill', '175 cells to fill', '15 cells to fill']);
  });

  test('lenses on a template whose placeholders were deleted, cells left blank: no equation said to hold', () => {
    const template = reportTemplate({ era: '2021', year: '2024', unit: '某区测试局' });
    const emptied = template.replace(/\| 填写 (?=\|)/g, '|  ');
    assert.notEqual(emptied, template);
    assert.deepEqual(tableLenses(analyze(emptied), 'zh-CN').map((lens) => lens.title), []);
    // one figure written: the equations it is in are checked, the all-blank rest are not counted
    const oneFigure = emptied.replace(/(\| 一、本年新收政府信息公开申请数量 \|)  \|/, '$1 5 |');
    const titles = tableLenses(analyze(oneFigure), 'zh-CN').map((lens) => lens.title);
    assert.equal(titles.length, 1, JSON.stringify(titles));
    assert.match(titles[0], /^勾稽关系 \d+ 处不成立（共 \d+ 条）$/);
  });

  test('lenses on a half-filled 表三: an equation with an unfilled term neither holds nor fails', () => {
    const table3 = (text: string, locale: 'zh-CN' | 'en') => tableLenses(analyze(text), locale).find((lens) => text.slice(lens.offset).split('\n')[0].includes('自然人'))!.title;
    const filled = table3(makeReport(), 'zh-CN');
    const all = Number(/^勾稽关系 (\d+)\/\1 成立$/.exec(filled)?.[1]);
    assert.ok(all > 2, filled);
    // 本年新收 / 自然人 is in two equations: its column's R3.1 and its row's R3.2
    const text = makeReport({ numbers: setCell(consistentNumbers('2021'), 'new', 'natural', '填写') });
    assert.equal(table3(text, 'zh-CN'), `勾稽关系 ${all - 2}/${all - 2} 成立，待填写 1 格`);
    assert.equal(table3(text, 'en'), `Reconciliation ${all - 2}/${all - 2} hold; 1 cell to fill`);
  });

  test('outline: sections with their subsections and tables; folding per section', () => {
    const { report } = analyze(mistakes);
    const symbols = outline(report);
    assert.deepEqual(symbols.map((symbol) => symbol.name), [
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况',
    ]);
    assert.deepEqual(symbols[0].children.map((child) => child.kind), ['subsection', 'subsection', 'subsection', 'subsection', 'subsection']);
    assert.deepEqual(symbols[2].children.map((child) => [child.kind, child.name]), [['table', '收到和处理政府信息公开申请情况']]);
    const folds = foldingRanges(report);
    assert.equal(folds.length, 5);
    assert.ok(folds.every((fold) => fold.endLine > fold.startLine));
  });

  test('completion on an empty heading line: the missing 六、其他需要报告的事项 first', () => {
    const text = `${mistakes.trimEnd()}\n\n## `;
    const items = completionsAt(analyze(text).report, text.length, 'zh-CN');
    const preselected = items.filter((item) => item.preselect);
    assert.deepEqual(preselected.map((item) => [item.label, item.detail]), [['六、其他需要报告的事项', '缺少此部分']]);
  });

  test('a document that is not an annual report (a notice) gets no hover and no lenses', () => {
    const notice = analyze(seed('004'));
    assert.equal(notice.applies, false);
    assert.deepEqual(tableLenses(notice, 'zh-CN'), []);
    assert.equal(hoverAt(notice, seed('004').indexOf('12'), 'zh-CN'), undefined);
  });
});
