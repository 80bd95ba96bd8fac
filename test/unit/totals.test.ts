import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, applyEdits, computeTotals, formatTables, reportTemplate } from '../../server/src/core';
import { consistentNumbers, leavesOnly, makeReport, setCell } from '../helpers/reports';
import { ofRule } from '../helpers/check';

const RECONCILE = 'table-reconcile';

function computed(text: string): string {
  return applyEdits(text, computeTotals(analyze(text))).text;
}

/** a table row's cells without their padding */
const unpadded = (text: string) => text.replace(/ *\| */g, '|');

describe('计算合计 (compute totals)', () => {
  for (const era of ['2021', '2019'] as const) {
    test(`a ${era} report whose leaves are filled and whose totals say 填写 gets every total computed, and then no table-reconcile finding`, () => {
      const text = makeReport({ era, numbers: leavesOnly(era, '填写') });
      assert.ok(ofRule(text, 'table-cell').length > 0, 'the 填写 cells are findings before');
      const after = computed(text);
      assert.equal(unpadded(after), unpadded(makeReport({ era })));
      assert.deepEqual(ofRule(after, RECONCILE), []);
      assert.deepEqual(computeTotals(analyze(after)), [], 'nothing is left to compute');
    });
  }

  test('empty total cells are filled too, keeping the width of the cell; 四、结转下年度 is 一 + 二 − （七）', () => {
    const numbers = leavesOnly('2021', '');
    const text = makeReport({ numbers });
    const after = computed(text);
    assert.equal(unpadded(after), unpadded(makeReport()));
    const forward = after.split('\n').find((line) => line.includes('四、结转下年度继续办理'))!;
    const expected = consistentNumbers('2021').forward;
    assert.deepEqual(forward.split('|').slice(2, 9).map((cell) => cell.trim()),
      ['natural', 'business', 'research', 'nonprofit', 'legal', 'others', 'total'].map((id) => expected[id]));
  });

  test('a cell the formatter aligned stays aligned: the value takes the blanks of its cell', () => {
    const text = makeReport({ numbers: leavesOnly('2021', '') });
    const aligned = applyEdits(text, formatTables(analyze(text).report)).text;
    const after = computed(aligned);
    assert.deepEqual(formatTables(analyze(after).report), [], 'already aligned after the totals are written');
    assert.deepEqual(ofRule(after, RECONCILE), []);
  });

  test('a filled wrong total is left alone: it stays a table-reconcile finding with its own fix', () => {
    const numbers = setCell(leavesOnly('2021', '填写'), 'new', 'total', '99');
    const text = makeReport({ numbers });
    const after = computed(text);
    const newRow = after.split('\n').find((line) => line.startsWith('| 一、本年新收'))!;
    assert.match(newRow, /\| 99 \|$/);
    const findings = ofRule(after, RECONCILE);
    assert.equal(findings.length, 1, findings.map((finding) => finding.message).join('\n'));
    assert.equal(findings[0].under, '99');
    assert.equal(findings[0].fix?.edit.text, '72');
  });

  test('a total that would make a filled cell wrong is not written: （七）总计 of 自然人 against a wrong 结转下年度 stays 填写', () => {
    let numbers = setCell(consistentNumbers('2021'), 'forward', 'natural', '8');
    for (const column of ['natural', 'business', 'research', 'nonprofit', 'legal', 'others', 'total']) numbers = setCell(numbers, 'sum', column, '填写');
    const text = makeReport({ numbers });
    const after = computed(text);
    const sum = after.split('\n').find((line) => line.startsWith('| （七）总计'))!;
    assert.deepEqual(sum.split('|').slice(2, 9).map((cell) => cell.trim()), ['填写', '7', '1', '0', '1', '1', '66']);
    // the 8 makes its own row fail, as before; nothing computed adds a finding
    assert.deepEqual(ofRule(after, RECONCILE).map((finding) => finding.message), ofRule(text, RECONCILE).map((finding) => finding.message));
  });

  test('a wrong filled row total feeds no 总计: （七）总计 of the 总计 column stays 填写, the rest is computed', () => {
    const numbers = setCell(leavesOnly('2021', '填写'), 'open', 'total', '99');
    const after = computed(makeReport({ numbers }));
    const sum = after.split('\n').find((line) => line.startsWith('| （七）总计'))!;
    assert.deepEqual(sum.split('|').slice(2, 9).map((cell) => cell.trim()), ['56', '7', '1', '0', '1', '1', '填写']);
    assert.match(after.split('\n').find((line) => line.startsWith('| （一）予以公开'))!, /\| 99 \|$/);
  });

  test('a total whose parts are not all filled stays blank: 本年新收 with 科研机构 still 填写', () => {
    const numbers = setCell(leavesOnly('2021', '填写'), 'new', 'research', '填写');
    const after = computed(makeReport({ numbers }));
    const newRow = after.split('\n').find((line) => line.startsWith('| 一、本年新收'))!;
    assert.match(newRow, /\| 填写 \| 0 \| 2 \| 1 \| 填写 \|$/);
    // nor is （三）…结转下年度 of that column, which needs 本年新收
    const forward = after.split('\n').find((line) => line.includes('四、结转下年度继续办理'))!;
    assert.equal(forward.split('|')[4].trim(), '填写');
    assert.equal(forward.split('|')[8].trim(), '填写', 'nor the total of 结转下年度, which needs every column');
  });

  test('a 0 written as "-" or "无" is a filled part', () => {
    const numbers = setCell(setCell(leavesOnly('2021', '填写'), 'new', 'research', '-'), 'new', 'nonprofit', '无');
    const after = computed(makeReport({ numbers }));
    const newRow = after.split('\n').find((line) => line.startsWith('| 一、本年新收'))!;
    assert.match(newRow, /\| 71 +\|$/);
  });

  test('a template with nothing filled has nothing to compute', () => {
    assert.deepEqual(computeTotals(analyze(reportTemplate({ era: '2021', year: '2024', unit: '某市某局' }))), []);
  });

  test('a 2008-era 附表 total left empty is computed from its numbered 其中 items', () => {
    const text = `某市某局2014年政府信息公开工作年度报告

三、依申请公开政府信息情况
2014年，我局共受理政府信息公开申请12件，均已按时答复。

八、附表
附表2 依申请公开情况统计表

| 指标 | 数量 |
|---|---|
| 申请总数 | 12 |
| 对申请的答复总数 |      |
| 其中：1.同意公开 | 8 |
| 2.同意部分公开 | 2 |
| 3.不同意公开 | 2 |
`;
    assert.equal(ofRule(text, RECONCILE).length, 1, 'the empty total is a finding before');
    const after = computed(text);
    assert.match(after, /\| 对申请的答复总数 \| 12   \|\n/);
    assert.deepEqual(ofRule(after, RECONCILE), []);
  });

  test('a 2008-era total is not computed when one of its 其中 items is empty', () => {
    const text = `某市某局2014年政府信息公开工作年度报告

八、附表
附表2 依申请公开情况统计表

| 指标 | 数量 |
|---|---|
| 对申请的答复总数 |  |
| 其中：1.同意公开 | 8 |
| 2.同意部分公开 |  |
| 3.不同意公开 | 2 |
`;
    assert.deepEqual(computeTotals(analyze(text)), []);
  });
});
