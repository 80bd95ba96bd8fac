import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OVERLAP_DATA, PARTITION_DATA, partitionsSchema } from '../../server/src/core/formats/partitions';
import { APPENDIX_CLAIM_DATA, appendixClaimsSchema } from '../../server/src/core/formats/appendix';
import { RATE_DATA, ratesSchema } from '../../server/src/core/formats/rates';
import { analyze, hoverAt } from '../../server/src/core';
import { ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

// What the templates know beyond the equations: a list naming every part of a partition is complete without 其他;
// a breakdown the template says overlaps (主动公开 by channel) is not a sum.
const SUM = 'prose-sum';
const RECONCILE = 'table-reconcile';
const TITLE_2012 = '某县人民政府2012年政府信息公开工作年度报告\n';
const TITLE_2022 = '某区教育局2022年政府信息公开工作年度报告\n';

describe('complete partitions of the era (prose-sum)', () => {
  const answers2008 = TITLE_2012
    + '三、依申请公开政府信息情况 2012年，我县共答复政府信息公开申请20件，其中属于已主动公开范围的3件，同意公开的5件，同意部分公开的2件，'
    + '不同意公开的1件，不属于本行政机关公开的3件，申请信息不存在的2件，告知作出更改补充的1件，告知通过其他途径办理的3件。\n';

  test('"共答复20件" followed by all eight answer categories of the 2008-era template, without 其他, adding up to 19', () => {
    const wrong = answers2008.replace('告知通过其他途径办理的3件', '告知通过其他途径办理的2件');
    const findings = ofRule(wrong, SUM);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '20件');
    assert.match(findings[0].message, /告知通过其他途径办理的 2 = 19件/);
    assert.deepEqual(ofRule(answers2008, SUM), []);
    const hover = hoverAt(analyze(wrong), wrong.indexOf('20件'), 'zh-CN');
    assert.ok(hover);
    assert.match(hover.markdown, /✗ 3 \+ 5 \+ 2 \+ 1 \+ 3 \+ 2 \+ 1 \+ 2 = 19（申请答复数按答复结果分类：各项均已列出）/);
  });

  test('a list that names only some categories stays silent (seed 001: six outcomes, 89 of 91)', () => {
    const seed001 = TITLE_2012 + '2012年共答复申请91件，其中同意公开的71件，同意部分公开8件，不予公开的3件，信息不存在的0件，非本机关政府信息的6件，申请内容不明确的1件。\n';
    assert.deepEqual(ofRule(seed001, SUM), []);
    assert.deepEqual(ofRule(seed('001'), SUM), []);
  });

  test('"告知通过其他途径办理" is a named category, not a catch-all: a partial list with it says nothing', () => {
    assert.deepEqual(ofRule(`${TITLE_2012}全年共答复申请20件，其中同意公开的12件，告知通过其他途径办理的2件。\n`, SUM), []);
  });

  test('the partitions belong to their era: the 2008-era categories in a 2022 report are not a partition of its template', () => {
    assert.deepEqual(ofRule(answers2008.replace(TITLE_2012, TITLE_2022).replace('告知通过其他途径办理的3件', '告知通过其他途径办理的2件'), SUM), []);
  });

  test('"制作、获取政府信息总数N条，其中主动公开a条，依申请公开b条，不予公开c条" with a+b+c ≠ N', () => {
    const right = `${TITLE_2012}2012年，我县制作、获取政府信息总数1286条，其中主动公开1102条，依申请公开143条，不予公开41条。\n`;
    assert.deepEqual(ofRule(right, SUM), []);
    const findings = ofRule(right.replace('1286条', '1296条'), SUM);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '1296条');
    assert.match(findings[0].message, /= 1286条/);
    // two of the three: not the whole of it
    assert.deepEqual(ofRule(right.replace('，不予公开41条', ''), SUM), []);
  });

  test('申请 by channel: the four channels of the template (当面、传真、网络、信函) make a complete list', () => {
    const right = `${TITLE_2012}2012年，我县共收到政府信息公开申请12件，其中当面申请3件，传真申请1件，网络申请6件，信函申请2件。\n`;
    assert.deepEqual(ofRule(right, SUM), []);
    assert.equal(ofRule(right.replace('信函申请2件', '信函申请1件'), SUM).length, 1);
    // the run-in layout names three of the four: silent, as before
    assert.deepEqual(ofRule(right.replace('传真申请1件，', '').replace('12件', '13件'), SUM), []);
  });

  test('2021: 办理结果 （一）…（六） and 自然人 + 法人或其他组织 are partitions', () => {
    const results = `${TITLE_2022}2022年，本机关共办结政府信息公开申请46件，其中予以公开21件，部分公开9件，不予公开4件，无法提供7件，不予处理3件，其他处理2件。\n`;
    assert.deepEqual(ofRule(results, SUM), []);
    assert.equal(ofRule(results.replace('无法提供7件', '无法提供6件'), SUM).length, 1);
    const applicants = `${TITLE_2022}2022年，本机关共收到政府信息公开申请46件，其中自然人申请39件，法人或其他组织申请7件。\n`;
    assert.deepEqual(ofRule(applicants, SUM), []);
    const findings = ofRule(applicants.replace('39件', '38件'), SUM);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /自然人申请 38 \+ 法人或其他组织申请 7 = 45件/);
    // "法人或其他组织" alone is a named part, not 其他: one part of two says nothing
    assert.deepEqual(ofRule(`${TITLE_2022}2022年，本机关共收到政府信息公开申请46件，其中法人或其他组织申请7件，网上申请30件。\n`, SUM), []);
  });

  test('a list that is not the total\'s partition (results under 收到) is not checked', () => {
    // received ≠ answered: some are carried over
    assert.deepEqual(ofRule(`${TITLE_2022}2022年，本机关共收到政府信息公开申请50件，其中予以公开21件，部分公开9件，不予公开4件，无法提供7件，不予处理3件。\n`, SUM), []);
  });
});

describe('breakdowns that are not partitions: 主动公开 by channel', () => {
  const prose = `${TITLE_2012}二、主动公开政府信息情况 2012年，我县共主动公开政府信息860条，其中通过政府网站公开702条，通过政府公报公开58条，通过其他方式公开100条。\n`;

  test('prose: channels adding up to more or less than the total are not an error (不同渠道和方式公开相同信息计1条)', () => {
    assert.deepEqual(ofRule(prose, SUM), []);
    assert.deepEqual(ofRule(prose.replace('100条', '190条'), SUM), []);
    assert.deepEqual(ofRule(prose.replace('100条', '20条'), SUM), []);
    const wrong = prose.replace('100条', '190条');
    const hover = hoverAt(analyze(wrong), wrong.indexOf('860条'), 'zh-CN');
    assert.ok(hover);
    assert.match(hover.markdown, /未核对各项之和：主动公开信息按公开渠道分列不是互不重叠的分类（.*不同渠道和方式公开相同信息计1条/);
  });

  test('prose: a breakdown of 主动公开 by kind stays checked', () => {
    const byKind = `${TITLE_2012}2012年，全县主动公开政府信息860条，其中规范性文件32条，动态类信息702条，其他信息120条。\n`;
    assert.equal(ofRule(byKind, SUM).length, 1);
    assert.deepEqual(ofRule(byKind.replace('120条', '126条'), SUM), []);
  });

  const table = (proactive: string, requests: string) => `${TITLE_2012}八、附表
附表1 主动公开情况统计
单位：条
指标
数量
主动公开信息数
${proactive}
其中：1.网站公开
702
2.政府公报公开
58
附表2 依申请公开情况统计
单位：件
指标
数量
申请总数
${requests}
其中：1.当面申请数
3
2.传真申请数
1
3.网络申请数
6
4.信函申请数
2
`;

  test('table: "主动公开信息数 其中：1.网站公开 2.政府公报公开" is not reconciled; 申请总数 by channel is', () => {
    assert.deepEqual(ofRule(table('860', '12'), RECONCILE), []);
    const findings = ofRule(table('860', '13'), RECONCILE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '13');
  });

  test('table: 主动公开信息数 by kind (1.组织机构 … 11.其他信息) stays reconciled (seed 001 with one item changed)', () => {
    assert.equal(ofRule(seed('001').replace('6404\n其中', '6405\n其中'), RECONCILE).length, 1);
  });
});

describe('the partition data checks itself', () => {
  test('the real data loads', () => {
    assert.equal(partitionsSchema.safeParse(PARTITION_DATA).success, true);
    assert.ok(OVERLAP_DATA.length > 0);
  });

  test('a template wording that its own part does not read is refused, with partition and part', () => {
    const copy = structuredClone(PARTITION_DATA);
    copy[0].parts[1].match = '同意公开了';
    const result = partitionsSchema.safeParse(copy);
    assert.equal(result.success, false);
    assert.match(result.error!.issues[0].message, /answers-by-outcome-2008: the label "同意公开" is read as \[\], not as open/);
  });

  test('a pattern that is not a regular expression is refused', () => {
    const copy = structuredClone(PARTITION_DATA);
    copy[0].total.match = '答复(';
    assert.equal(partitionsSchema.safeParse(copy).success, false);
  });

  test('rates and 统计表 claims load; a rate naming no term, or a claim id used twice, is refused', () => {
    assert.equal(ratesSchema.safeParse(RATE_DATA).success, true);
    assert.equal(appendixClaimsSchema.safeParse(APPENDIX_CLAIM_DATA).success, true);
    const rates = structuredClone(RATE_DATA);
    rates.rates[0].alternatives[0].denominator = ['answerd'];
    const refused = ratesSchema.safeParse(rates);
    assert.equal(refused.success, false);
    assert.match(refused.error!.issues[0].message, /rate on-time, alternative 0: no term "answerd"/);
    const claims = structuredClone(APPENDIX_CLAIM_DATA);
    claims.push(claims[0]);
    assert.equal(appendixClaimsSchema.safeParse(claims).success, false);
  });
});
