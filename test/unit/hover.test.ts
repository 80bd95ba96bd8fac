import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, hoverAt, type Locale } from '../../server/src/core';

const root = path.join(__dirname, '..', '..', '..');
const read = (...parts: string[]) => fs.readFileSync(path.join(root, ...parts), 'utf8');
const complete = read('examples', '2021-complete.md');
const golden2019 = read('test', 'golden', '2019.md');
const golden2008 = read('test', 'golden', '2008.md');

/** The offset inside the `cell`-th cell (from 0) of the pipe row that starts with `row`. */
function pipeCell(text: string, row: string, cell: number): number {
  let at = text.indexOf(row);
  assert.ok(at >= 0, `the fixture has the row ${row}`);
  for (let pipe = 0; pipe < cell; pipe++) at = text.indexOf('|', at + 1);
  return at + 2;
}

/** The offset of a number written alone on its line (one cell per line, the 2008-era 附表), after `label`'s line. */
function lineCell(text: string, label: string): number {
  const at = text.indexOf(`\n${label}\n`);
  assert.ok(at >= 0, `the fixture has the line ${label}`);
  return at + label.length + 2;
}

function hoverLines(text: string, offset: number, locale: Locale = 'zh-CN'): string[] {
  const hover = hoverAt(analyze(text), offset, locale);
  assert.ok(hover, 'a hover');
  // the reader knows the template's words, not our ids: no R3.1, no t3, no row or column ids
  assert.doesNotMatch(hover.markdown, /\bR\d|\bt[234]\b|\b(?:natural|refused\d|declined\d|review|direct|after)\b\./);
  return hover.markdown.split('\n');
}

describe('the hover on a table cell names it in the template\'s words, then its equations in words', () => {
  test('a 表二 cell, in no equation: its name alone, with the row and the column', () => {
    assert.deepEqual(hoverLines(complete, pipeCell(complete, '| 规章 |', 1)), ['表二 · 规章 · 本年制发件数：1']);
    assert.deepEqual(hoverLines(complete, pipeCell(complete, '| 行政事业性收费 |', 1)), ['表二 · 行政事业性收费 · 本年收费金额（单位：万元）：0']);
    assert.deepEqual(hoverLines(golden2019, pipeCell(golden2019, '| 行政许可 |', 2)), ['表二 · 行政许可 · 本年增/减：-8']);
    assert.deepEqual(hoverLines(complete, pipeCell(complete, '| 规章 |', 3), 'en'), ['Table 2 · rules · in force: 5']);
  });

  test('a 表三 cell deep in （三）不予公开: the rows above it and the header above its column', () => {
    assert.deepEqual(hoverLines(complete, pipeCell(complete, '| 4.保护第三方合法权益 |', 1)), [
      '表三 · 三、本年度办理结果 · （三）不予公开 · 4.保护第三方合法权益 · 自然人：2',
      '',
      '- ✓ 总计应等于各类申请人之和（“保护第三方合法权益”行）：总计 2 = 自然人 2 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 2（成立）',
      '- ✓ 办理结果总计应等于各项办理结果之和（“自然人”列）：办理结果总计 56 = 予以公开 20 + 部分公开 5 + 保护第三方合法权益 2 + 属于四类过程性信息 1'
        + ' + 本机关不掌握相关政府信息 15 + 没有现成信息需要另行制作 3 + 补正后申请内容仍不明确 2 + 重复申请 4 + 逾期不补正 3 + 其他处理·其他 1 + 其余 11 项为 0 = 56（成立）',
    ]);
    const business = hoverLines(complete, pipeCell(complete, '| 1.属于国家秘密 |', 2));
    assert.equal(business[0], '表三 · 三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密 · 法人或其他组织 · 商业企业：0');
  });

  test('a 表三 row label with a note in brackets is named without the note; the top rows have no parent', () => {
    assert.equal(hoverLines(complete, pipeCell(complete, '| （二）部分公开', 1))[0], '表三 · 三、本年度办理结果 · （二）部分公开 · 自然人：5');
    assert.equal(hoverLines(complete, pipeCell(complete, '| 四、结转下年度继续办理 |', 7))[0], '表三 · 四、结转下年度继续办理 · 总计：10');
    assert.equal(hoverLines(complete, pipeCell(complete, '| （七）总计 |', 1))[0], '表三 · 三、本年度办理结果 · （七）总计 · 自然人：56');
  });

  test('a 表三 cell in English', () => {
    assert.equal(hoverLines(complete, pipeCell(complete, '| 1.属于国家秘密 |', 2), 'en')[0],
      'Table 3 · results this year · refused · state secret · legal persons or other organisations · businesses: 0');
  });

  test('a 表四 cell under its three header levels, in both eras', () => {
    // 2021: 行政复议 ×5, then 行政诉讼 › 未经复议直接起诉 ×5: the sixth cell is 结果维持 of the first lawsuits
    assert.deepEqual(hoverLines(complete, pipeCell(complete, '| 2 | 1 | 0 | 1 | 4 |', 5)), [
      '表四 · 行政诉讼 · 未经复议直接起诉 · 结果维持：1',
      '',
      '- ✓ 行政诉讼（未经复议直接起诉）总计应等于结果维持、结果纠正、其他结果与尚未审结之和：总计 2 = 结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 2（成立）',
    ]);
    assert.equal(hoverLines(golden2019, pipeCell(golden2019, '| 4 | 1 | 2 | 3 | 10 |', 14))[0], '表四 · 行政诉讼 · 复议后起诉 · 总计：45');
    assert.equal(hoverLines(golden2019, pipeCell(golden2019, '| 4 | 1 | 2 | 3 | 10 |', 0))[0], '表四 · 行政复议 · 结果维持：4');
    assert.equal(hoverLines(complete, pipeCell(complete, '| 2 | 1 | 0 | 1 | 4 |', 5), 'en')[0], 'Table 4 · litigation · without reconsideration first · upheld: 1');
  });

  test('a 2008-era 附表 cell: the table by its caption, an item under its total', () => {
    const lines = hoverLines(golden2008, lineCell(golden2008, '2.信函申请数'));
    assert.equal(lines[0], '附表2 依申请公开情况统计 · 申请总数 · 2.信函申请数：21');
    assert.match(lines[2], /^- ✓ 合计应等于“其中”所列各项之和（“申请总数”）：申请总数 137 = .*信函申请数 21 .* = 137（成立）$/);
    assert.equal(hoverLines(golden2008, lineCell(golden2008, '申请总数'))[0], '附表2 依申请公开情况统计 · 申请总数：137');
  });

  test('a cell in no equation still gets its name line', () => {
    assert.deepEqual(hoverLines(golden2008, lineCell(golden2008, '行政复议数')), ['附表4 申诉情况统计 · 行政复议数：2']);
  });

  test('a 附表 without a caption is named a 统计表', () => {
    const text = golden2008.replace(/附表4 申诉情况统计\n单位：件\n指标\n数量\n行政复议数\n2\n行政诉讼数\n1\n行政申诉数\n3/, '| 指标 | 数量 |\n|---|---|\n| 行政复议数 | 2 |\n| 行政诉讼数 | 1 |');
    assert.notEqual(text, golden2008, 'the fixture table must be in the report');
    assert.deepEqual(hoverLines(text, pipeCell(text, '| 行政复议数 |', 1)), ['统计表 · 行政复议数：2']);
    assert.deepEqual(hoverLines(text, pipeCell(text, '| 行政复议数 |', 1), 'en'), ['statistics table · 行政复议数: 2']);
  });

  test('the unit after a 附表 caption is not part of the table\'s name', () => {
    const appendix = read('examples', '2014-appendix.txt');
    assert.equal(hoverLines(appendix, lineCell(appendix, '其中：1.网上申请数'))[0], '附表2 依申请公开情况统计 · 申请总数 · 1.网上申请数：20');
  });

  test('a failing equation: ✗, both sides with their values; a blank cell is named as blank', () => {
    const text = complete.replace('| 2.重复申请 | 4 | 1 |', '| 2.重复申请 |  | 1 |');
    assert.notEqual(text, complete, 'the fixture row must be in the report');
    assert.deepEqual(hoverLines(text, pipeCell(text, '| 2.重复申请 |', 1)).slice(0, 3), [
      '表三 · 三、本年度办理结果 · （五）不予处理 · 2.重复申请 · 自然人：（空）',
      '',
      '- ✗ 总计应等于各类申请人之和（“重复申请”行）：总计 5 ≠ 自然人 0 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 1（不成立）',
    ]);
    assert.equal(hoverLines(text, pipeCell(text, '| 2.重复申请 |', 1), 'en')[0], 'Table 3 · results this year · not processed · repeated requests · natural persons: (blank)');
  });

  test('a label cell is not a number cell: no hover there', () => {
    assert.equal(hoverAt(analyze(complete), complete.indexOf('| 规章 |') + 2, 'zh-CN'), undefined);
  });
});
