import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, hoverAt } from '../../server/src/core';
import { ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

// Prose figures of a 2008-era report against its 统计表 (附表), by the row's label, as 表三's cells are compared.
const RULE = 'prose-table-mismatch';

const REPORT = `临江县人民政府2015年政府信息公开工作年度报告

一、概述
2015年，我县进一步健全政府信息公开工作机制，拓展公开渠道。
二、主动公开政府信息情况
2015年，全县主动公开政府信息2316条，其中通过县政府门户网站公开1988条。
三、依申请公开政府信息情况
2015年，全县共受理政府信息公开申请48件，其中网上申请31件，信函申请6件，当面申请11件。对申请作出答复48件。
四、因政府信息公开申请行政复议、提起行政诉讼情况
2015年，全县因政府信息公开申请行政复议3件，提起行政诉讼1件。
五、附表
附表1 主动公开情况统计
单位：条
指标
数量
主动公开信息数
2316
其中：1.规范性文件
85
2.其他信息
2231
附表2 依申请公开情况统计
单位：件
指标
数量
申请总数
48
其中：1.网上申请数
31
2.信函申请数
6
3.当面申请数
11
对申请的答复总数
48
附表3 行政复议和行政诉讼情况统计
单位：件
指标
数量
行政复议数
3
行政诉讼数
1
`;

describe('prose figures against the 2008-era 统计表', () => {
  test('a report whose prose and 附表 agree says nothing', () => {
    assert.deepEqual(ofRule(REPORT, RULE), []);
  });

  test('主动公开 stated as 2361 while 附表1 says 2316', () => {
    const findings = ofRule(REPORT.replace('主动公开政府信息2316条', '主动公开政府信息2361条'), RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '2361条');
    assert.equal(findings[0].message, '附表为 2316（“附表1 主动公开情况统计”中“主动公开信息数”）：正文“2361条”（主动公开信息）与之不一致。');
  });

  test('行政复议数, 网上申请数, 申请总数 and 答复总数, each against its row', () => {
    const wrong = REPORT.replace('行政复议3件', '行政复议2件').replace('网上申请31件', '网上申请30件')
      .replace('共受理政府信息公开申请48件', '共受理政府信息公开申请46件').replace('作出答复48件', '作出答复47件');
    assert.deepEqual(ofRule(wrong, RULE).map((finding) => finding.under), ['46件', '30件', '47件', '2件']);
  });

  test('a row in another unit is not compared, and the hover says why', () => {
    const inItems = REPORT.replace('附表2 依申请公开情况统计\n单位：件', '附表2 依申请公开情况统计\n单位：条');
    assert.deepEqual(ofRule(inItems.replace('网上申请31件', '网上申请30件'), RULE), []);
    const hover = hoverAt(analyze(inItems), inItems.indexOf('网上申请31件') + 4, 'zh-CN');
    assert.ok(hover);
    assert.match(hover.markdown, /未比较（网上申请）：正文单位为“件”，附表2 依申请公开情况统计 「网上申请数」单位为“条”/);
  });

  test('a label that fits two rows of different values is not compared, and the hover lists them', () => {
    const twice = `${REPORT}附表4 各乡镇主动公开情况统计\n单位：条\n指标\n数量\n主动公开信息数\n1200\n`;
    assert.deepEqual(ofRule(twice.replace('主动公开政府信息2316条', '主动公开政府信息2361条'), RULE), []);
    const hover = hoverAt(analyze(twice), twice.indexOf('2316条'), 'zh-CN');
    assert.ok(hover);
    assert.match(hover.markdown, /未比较（主动公开信息）：附表中有 2 行可对应，数值不同/);
  });

  test('a compared figure shows both sides in the hover', () => {
    const hover = hoverAt(analyze(REPORT), REPORT.indexOf('3件'), 'zh-CN');
    assert.ok(hover);
    assert.match(hover.markdown, /✓ 行政复议：正文 3；附表3 行政复议和行政诉讼情况统计 「行政复议数」 = 3/);
  });

  test('a channel or part of 主动公开 is not the total ("通过县政府门户网站公开1988条")', () => {
    assert.deepEqual(ofRule(REPORT.replace('1988条', '1989条'), RULE), []);
  });

  test('the seeds agree with their 附表 where they can be compared (seed 001: 6404; its 申请 rows are in 条, not compared)', () => {
    for (const name of ['000', '001', '002'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
    assert.equal(ofRule(seed('001').replace('主動公開政府信息6404條', '主動公開政府信息6440條'), RULE).length, 1);
    // 申请 91件 against a table in 条: silent even when wrong
    assert.deepEqual(ofRule(seed('001').replace('受理信息公開申請91件', '受理信息公開申請92件'), RULE), []);
  });
});

describe('a figure of a named body is its share, not the report\'s total', () => {
  const sentence = '县教育局主动公开政府信息120条。';
  const withBody = REPORT.replace('其中通过县政府门户网站公开1988条。', `其中通过县政府门户网站公开1988条。${sentence}`);

  test('"县教育局主动公开政府信息120条" is not compared with 主动公开信息数, and the hover says why', () => {
    assert.deepEqual(ofRule(withBody, RULE), []);
    const hover = hoverAt(analyze(withBody), withBody.indexOf('120条'), 'zh-CN')?.markdown ?? '';
    assert.ok(hover.includes('未比较') && hover.includes('不是本报告的总数'), hover);
  });

  test('the reporting body speaking of itself (全县, 我县) is compared', () => {
    assert.equal(ofRule(withBody.replace('全县主动公开政府信息2316条', '全县主动公开政府信息2361条'), RULE).length, 1);
    assert.equal(ofRule(REPORT.replace('全县主动公开政府信息2316条', '我县主动公开政府信息2361条'), RULE).length, 1);
  });
});
