import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { consistentNumbers, makeReport, setCell } from '../helpers/reports';
import { seed } from '../helpers/seeds';

const RULE = 'prose-table-mismatch';
const report = (overview: string) => makeReport({ overview });

describe('prose-table-mismatch', () => {
  test('"共受理政府信息公开申请2件" while 表三 says 72', () => {
    const findings = ofRule(report('全年共受理政府信息公开申请2件，均按时答复。'), RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '2件');
    assert.equal(findings[0].message, '表中为 72：正文“2件”（本年新收申请）与表格不一致。');
    assert.deepEqual(ofRule(report('全年共受理政府信息公开申请72件，均按时答复。'), RULE), []);
  });

  test('受理 may include 上年结转: 72 + 4 = 76 is accepted too', () => {
    assert.deepEqual(ofRule(report('全年共受理政府信息公开申请76件（含上年结转4件）。'), RULE), []);
  });

  test('each mapped figure: 上年结转, 办结, 予以公开, 部分公开, 予以公开及部分公开, 不予公开, 无法提供, 不予处理, 结转下年度', () => {
    const right = '上年结转4件，办结66件，其中予以公开24件，部分公开6件，不予公开3件，无法提供24件，不予处理5件，结转下年度继续办理10件。予以公开及部分公开30件。';
    assert.deepEqual(ofRule(report(right), RULE), []);
    const wrong = '上年结转5件，办结67件，其中予以公开25件，部分公开7件，不予公开4件，无法提供25件，不予处理6件，结转下年度继续办理11件。予以公开及部分公开31件。';
    assert.deepEqual(ofRule(report(wrong), RULE).map((finding) => finding.under), ['5件', '67件', '25件', '7件', '4件', '25件', '6件', '11件', '31件']);
  });

  test('行政复议 and 行政诉讼 counts, and "均获维持" against 表四', () => {
    assert.deepEqual(ofRule(report('本年度发生行政复议4件，行政诉讼2件。'), RULE), []);
    assert.deepEqual(ofRule(report('本年度发生行政复议7件，行政诉讼9件。'), RULE).map((finding) => finding.under), ['7件', '9件']);
    const upheld = ofRule(report('本年度发生行政复议4件，行政诉讼2件，均获维持。'), RULE);
    assert.equal(upheld.length, 1);
    assert.equal(upheld[0].under, '均获维持');
    assert.match(upheld[0].message, /^表四有 3 件未获维持/);
    let numbers = consistentNumbers('2021');
    for (const [column, value] of [['review.upheld', '4'], ['review.corrected', '0'], ['review.pending', '0'], ['direct.upheld', '2'], ['direct.pending', '0']]) {
      numbers = setCell(numbers, 'cases', column, value);
    }
    assert.deepEqual(ofRule(makeReport({ numbers, overview: '本年度发生行政复议4件，行政诉讼2件，均获维持。' }), RULE), []);
  });

  test('制发规章 and 行政规范性文件 against 表二', () => {
    assert.deepEqual(ofRule(report('全年制发规章1件、制发行政规范性文件1件。'), RULE), []);
    assert.deepEqual(ofRule(report('全年制发规章3件。'), RULE).map((finding) => finding.under), ['3件']);
  });

  test('uncertain subjects say nothing: comparisons, approximations, other nouns', () => {
    assert.deepEqual(ofRule(report('申请量较上年增加12件，约占三成；受理群众咨询200件次。'), RULE), []);
  });

  test('reports without the 2019/2021 tables are not compared', () => {
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
