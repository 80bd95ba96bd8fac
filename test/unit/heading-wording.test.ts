import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { slipBetween } from '../../server/src/core/text/edits';

const RULE = 'heading-wording';

/** A 2021 report as a district office writes it, its six headings given. */
function report(headings: readonly string[], year = 2022): string {
  const paragraphs = [
    `${year}年，区政府办公室坚持以公开为常态、不公开为例外，持续推进政务公开工作。`,
    `全年主动公开政府信息1280条，其中行政规范性文件3件。`,
    `全年新收政府信息公开申请72件，上年结转4件，均在法定期限内答复。`,
    '全年未发生政府信息公开行政复议、行政诉讼案件。',
    '主要问题是部分栏目更新不够及时。下一步将加强培训，完善工作机制。',
    '本年度未收取信息处理费。',
  ];
  const body = headings.map((heading, index) => `${heading}\n\n${paragraphs[index]}\n`).join('\n');
  return `# 某市某区人民政府办公室${year}年政府信息公开工作年度报告\n\n${body}`;
}

const TEMPLATE = [
  '## 一、总体情况',
  '## 二、主动公开政府信息情况',
  '## 三、收到和处理政府信息公开申请情况',
  '## 四、政府信息公开行政复议、行政诉讼情况',
  '## 五、存在的主要问题及改进情况',
  '## 六、其他需要报告的事项',
];

function withHeading(index: number, heading: string, headings = TEMPLATE): string[] {
  return headings.map((original, at) => (at === index ? heading : original));
}

describe('heading-wording', () => {
  test('the template wording is silent', () => {
    assert.deepEqual(ofRule(report(TEMPLATE), RULE), []);
  });

  test('a dropped character is reported on the heading text, with the template wording as a review fix', () => {
    const text = report(withHeading(1, '## 二、主公开政府信息情况'));
    const [finding, ...rest] = ofRule(text, RULE);
    assert.deepEqual(rest, []);
    assert.equal(finding.under, '主公开政府信息情况');
    assert.equal(finding.message, '应为“主动公开政府信息情况”：标题“主公开政府信息情况”少了1个字。');
    assert.equal(finding.fix?.safety, 'review');
    const fixed = applyRuleFixes(text, RULE);
    assert.equal(fixed, report(TEMPLATE));
    assert.deepEqual(ofRule(fixed, RULE), []);
  });

  test('a stray character, two swapped characters, two separate slips', () => {
    const [stray] = ofRule(report(withHeading(0, '## 一、总体情况况')), RULE);
    assert.equal(stray.message, '应为“总体情况”：标题“总体情况况”多了1个字。');
    const [swapped] = ofRule(report(withHeading(5, '## 六、其他需要告报的事项')), RULE);
    assert.equal(swapped.message, '应为“其他需要报告的事项”：标题“其他需要告报的事项”有两个字前后颠倒。');
    const [two] = ofRule(report(withHeading(2, '## 三、收到和处政府信息公开申情况')), RULE);
    assert.equal(two.message, '应为“收到和处理政府信息公开申请情况”：标题“收到和处政府信息公开申情况”少了2个字。');
  });

  test('plain numbered lines and 2019-era reports are checked too; the closing mark stays', () => {
    const plain = report(withHeading(5, '六、其他需报告的事项：', TEMPLATE.map((heading) => heading.slice(3))), 2020);
    const [finding] = ofRule(plain, RULE);
    assert.equal(finding.under, '其他需报告的事项');
    assert.match(applyRuleFixes(plain, RULE), /\n六、其他需要报告的事项：\n/);
  });

  test('a heading near an accepted variant gets the variant as its fix', () => {
    const text = report(withHeading(4, '## 五、政府信息公开工作存在的主要问题及改进情'));
    const [finding] = ofRule(text, RULE);
    assert.equal(finding.message, '应为“政府信息公开工作存在的主要问题及改进情况”：标题“政府信息公开工作存在的主要问题及改进情”少了1个字。');
  });

  test('accepted wording: 和/及/与/、, 其它, 的, the variants in the format data, traditional script', () => {
    const accepted: [number, string][] = [
      [2, '## 三、收到及处理政府信息公开申请情况'],
      [3, '## 四、政府信息公开行政复议和行政诉讼情况'],
      [3, '## 四、政府信息公开行政复议行政诉讼情况'],
      [3, '## 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
      [3, '## 四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况'],
      [4, '## 五、存在的主要问题和改进情况'],
      [4, '## 五、存在的主要问题与改进情况'],
      [4, '## 五、政府信息公开工作存在的主要问题及改进情况'],
      [5, '## 六、其它需要报告的事项'],
      [5, '## 六、其他需要报告事项'],
      [1, '## 二、主动公开政府信息的情况'],
      [5, '## 六、其他需要報告的事項'],
      [0, '## 一、总体情况。'],
    ];
    for (const [index, heading] of accepted) assert.deepEqual(ofRule(report(withHeading(index, heading)), RULE), [], heading);
  });

  test('larger rewordings are left alone: a word dropped or replaced, a short title cut in half', () => {
    const reworded: [number, string][] = [
      [3, '## 四、政府信息公开行政复议、诉讼情况'],
      [1, '## 二、主动公开信息情况'],
      [4, '## 五、存在的主要问题和改进措施'],
      [4, '## 五、存在的主要问题及整改情况'],
      [0, '## 一、总体'],
      [0, '## 一、概述'],
      [0, '## 一、总体概况'],
    ];
    for (const [index, heading] of reworded) assert.deepEqual(ofRule(report(withHeading(index, heading)), RULE), [], heading);
  });

  test('a heading with a slip still stands for its section: no missing-section, no duplicate inserted, no section-order', () => {
    for (const [index, heading] of [[1, '## 二、主公开政府信息情况'], [0, '## 一、总情况'], [5, '## 六、其他需报告的事项']] as const) {
      const text = report(withHeading(index, heading));
      assert.equal(ofRule(text, RULE).length, 1, heading);
      assert.deepEqual(ofRule(text, 'missing-section'), [], heading);
      assert.deepEqual(ofRule(text, 'section-order'), [], heading);
      assert.equal(applyRuleFixes(text, 'missing-section'), text, heading);
    }
  });

  test('a run-in heading with a slip is a heading of its section', () => {
    const text = report(withHeading(0, '一、总情况 2022年，区政府办公室坚持以公开为常态。', TEMPLATE.map((heading) => heading.slice(3))));
    const [finding] = ofRule(text, RULE);
    assert.equal(finding.under, '总情况');
    assert.deepEqual(ofRule(text, 'missing-section'), []);
  });

  test('2008-era reports (free headings) and documents that are not reports are not checked', () => {
    const old = report(withHeading(1, '## 二、主公开政府信息情况'), 2014);
    assert.deepEqual(ofRule(old, RULE), []);
    const notice = '关于做好政务公开工作的通知\n\n二、主公开政府信息情况\n\n各单位要高度重视。\n';
    assert.deepEqual(ofRule(notice, RULE), []);
  });
});

describe('slips of the pen (text/edits)', () => {
  test('one or two characters added or dropped, two not adjacent; one adjacent swap', () => {
    assert.deepEqual(slipBetween('总情况', '总体情况'), { kind: 'dropped', count: 1 });
    assert.deepEqual(slipBetween('总体情况况', '总体情况'), { kind: 'inserted', count: 1 });
    assert.deepEqual(slipBetween('收到和处政府信息公开申情况', '收到和处理政府信息公开申请情况'), { kind: 'dropped', count: 2 });
    assert.deepEqual(slipBetween('其他需要告报的事项', '其他需要报告的事项'), { kind: 'swapped' });
  });

  test('not slips: equal, a word of two characters, a replaced character, three characters', () => {
    assert.equal(slipBetween('总体情况', '总体情况'), undefined);
    assert.equal(slipBetween('行政复议诉讼情况', '行政复议行政诉讼情况'), undefined);
    assert.equal(slipBetween('总体概况', '总体情况'), undefined);
    assert.equal(slipBetween('主要问题及改进情况', '存在的主要问题及改进情况'), undefined);
  });
});
