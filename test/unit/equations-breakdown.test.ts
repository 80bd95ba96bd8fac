import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, type GenericTable } from '../../server/src/core';
import { ofRule } from '../helpers/check';

// The 2008-era convention "a total, then 其中 1..n": one numbered item is an "of which" remark, two or more a breakdown.
const RULE = 'table-reconcile';

const REPORT = `某市某局2014年政府信息公开工作年度报告

三、依申请公开政府信息情况
2014年，我局共受理政府信息公开申请12件，均已按时答复。

八、附表
附表2 依申请公开情况统计表
单位：条
指标
数量
申请总数
12
其中：1.网上申请数
5
对申请的答复总数
12
其中：1.同意公开
8
2.同意部分公开
2
3.不同意公开
2
`;

function breakdowns(text: string): { total: string; items: string[] }[] {
  const tables = analyze(text).report.tables.filter((table): table is GenericTable => table.kind === 'generic');
  return tables.flatMap((table) => table.breakdowns.map((breakdown) => ({ total: breakdown.total.label, items: breakdown.items.map((item) => item.label) })));
}

describe('the 2008-era 其中 convention', () => {
  test('"其中：1.网上申请数" alone under 申请总数 is a remark, not a breakdown; the three 答复 items are one', () => {
    assert.deepEqual(breakdowns(REPORT), [{ total: '对申请的答复总数', items: ['其中：1.同意公开', '2.同意部分公开', '3.不同意公开'] }]);
    assert.deepEqual(ofRule(REPORT, RULE), []);
  });

  test('a two-item breakdown is checked: 申请总数 12 with 网上 5 and 信函 6 is caught, expecting 11', () => {
    const text = REPORT.replace('其中：1.网上申请数\n5\n', '其中：1.网上申请数\n5\n2.信函申请数\n6\n');
    const findings = ofRule(text, RULE);
    assert.equal(findings.length, 1, findings.map((finding) => finding.message).join('\n'));
    assert.equal(findings[0].under, '12');
    assert.equal(findings[0].fix?.edit.text, '11');
  });
});
