import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, describeEvaluation, evaluate, type Locale } from '../../server/src/core';
import { ofRule } from '../helpers/check';
import { consistentNumbers, makeReport, setCell } from '../helpers/reports';

/** How the hover describes every equation that could not be evaluated, in order. */
function notEvaluated(text: string, locale: Locale = 'zh-CN'): string[] {
  return analyze(text).equations.map(evaluate).filter((evaluation) => !evaluation.evaluated)
    .map((evaluation) => describeEvaluation(evaluation, locale));
}

describe('an equation with a term that cannot be read is shown as not evaluated', () => {
  const attachment = makeReport({ numbers: setCell(consistentNumbers('2021'), 'new', 'natural', '见附件') });

  test('a 表三 cell written as "见附件": its row and its column are not evaluated, with the reason', () => {
    assert.deepEqual(notEvaluated(attachment), [
      '第一项加第二项之和应等于第三项加第四项之和（“自然人”列）：未核对：“本年新收”填写为“见附件”，不是数字',
      '总计应等于各类申请人之和（“本年新收”行）：未核对：“自然人”填写为“见附件”，不是数字',
    ]);
    assert.deepEqual(notEvaluated(attachment, 'en'), [
      'items one plus two must equal items three plus four (column "natural persons"): not evaluated: "new requests this year" reads "见附件", not a number',
      'the total must equal the sum over all applicant types (row "new requests this year"): not evaluated: "natural persons" reads "见附件", not a number',
    ]);
  });

  test('not evaluated is not failing: table-reconcile reports nothing', () => {
    assert.deepEqual(ofRule(attachment, 'table-reconcile').map((finding) => finding.message), []);
  });

  test('a placeholder left from the template in 表四', () => {
    const text = makeReport({ numbers: setCell(consistentNumbers('2021'), 'cases', 'review.total', 'XX') });
    assert.deepEqual(notEvaluated(text), ['行政复议总计应等于结果维持、结果纠正、其他结果与尚未审结之和：未核对：“总计”仍是模板占位“XX”']);
    assert.deepEqual(ofRule(text, 'table-reconcile'), []);
  });

  test('a row left out of 表三: the sum of results is not evaluated in any column, where it used to be skipped silently', () => {
    const text = makeReport().split('\n').filter((line) => !line.includes('1.属于国家秘密')).join('\n');
    const descriptions = notEvaluated(text);
    assert.equal(descriptions.length, 7, descriptions.join('\n'));
    assert.equal(descriptions[0], '办理结果总计应等于各项办理结果之和（“自然人”列）：未核对：“属于国家秘密”没有单元格');
    assert.equal(descriptions[6], '办理结果总计应等于各项办理结果之和（“总计”列）：未核对：“属于国家秘密”没有单元格');
    assert.deepEqual(ofRule(text, 'table-reconcile'), []);
  });

  test('a row with a cell missing cannot say which column its numbers are in: its equations are not evaluated', () => {
    const text = makeReport().replace('| （一）予以公开 | 20 | 3 | 0 | 0 | 1 | 0 | 24 |', '| （一）予以公开 | 20 | 3 | 0 | 0 | 1 | 0 |');
    assert.notEqual(text, makeReport(), 'the fixture row must be in the report');
    const descriptions = notEvaluated(text);
    assert.equal(descriptions[0], '总计应等于各类申请人之和（“予以公开”行）：未核对：“予以公开”行的单元格少于列数，数字所属的列不确定');
    assert.equal(descriptions.length, 8, descriptions.join('\n'));
    assert.ok(descriptions.slice(1).every((description) => description.startsWith('')), descriptions.join('\n'));
  });

  test('a report whose cells are all numbers has every equation evaluated', () => {
    assert.deepEqual(notEvaluated(makeReport()), []);
  });
});
