import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { makeReport } from '../helpers/reports';
import { seed } from '../helpers/seeds';

const RULE = 'section-count-claim';
const INTRO = '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分。';

describe('section-count-claim', () => {
  test('"等六部分" with six sections present is fine', () => {
    assert.deepEqual(ofRule(makeReport({ intro: INTRO }), RULE), []);
  });

  test('"等六部分" listing six, with five sections present: the sentence agrees with itself (missing-section reports the gap)', () => {
    assert.deepEqual(ofRule(makeReport({ intro: INTRO, omit: [6] }), RULE), []);
  });

  test('"全文共六个部分" without a list, followed by five sections', () => {
    const findings = ofRule(makeReport({ intro: '本报告依据《条例》编制，全文共六个部分。', omit: [6] }), RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '六');
    assert.equal(findings[0].message, '正文称全文共 6 部分，而报告有 5 个一级部分。');
    assert.deepEqual(ofRule(makeReport({ intro: '本报告依据《条例》编制，全文共六个部分。' }), RULE), []);
  });

  test('"报告包括A、B、C、D、E等6个部分" listing five is reported, even with six sections present', () => {
    const intro = '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项等6个部分。';
    const findings = ofRule(makeReport({ intro }), RULE);
    assert.deepEqual(findings.map((finding) => [finding.under, finding.message]), [['6', '正文称全文共 6 部分，列出了 5 项，报告有 6 个一级部分。']]);
    // reported once: prose-sum leaves part counts alone
    assert.deepEqual(ofRule(makeReport({ intro }), 'prose-sum'), []);
  });

  test('more parts listed than claimed is reported once, by this rule and not by prose-sum', () => {
    const intro = '全文包括概述、主动公开、依申请公开、收费减免、复议诉讼、问题措施、其他事项等6个部分。';
    assert.deepEqual(ofRule(makeReport({ intro }), RULE).map((finding) => finding.message), ['正文称全文共 6 部分，列出了 7 项，报告有 6 个一级部分。']);
    assert.deepEqual(ofRule(makeReport({ intro }), 'prose-sum'), []);
  });

  test('a section name holding 、 or 和 is one part: "行政复议、行政诉讼情况", "收到和处理…", "问题和改进措施"', () => {
    const intro = '全文包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题和改进情况以及其他需要报告的事项等六部分。';
    assert.deepEqual(ofRule(makeReport({ intro }), RULE), []);
    const wrong = intro.replace('等六部分', '等七部分');
    assert.deepEqual(ofRule(makeReport({ intro: wrong }), RULE).map((finding) => finding.message), ['正文称全文共 7 部分，列出了 6 项，报告有 6 个一级部分。']);
  });

  test('2008 era: "共分七个部分：A、B…" with the list after the count, and headings run on into their text', () => {
    const text = `某县人民政府2012年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》要求编制，共分七个部分：概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼情况、存在的主要问题及改进措施、其他需要报告的事项。
一、概述 2012年，我县认真贯彻落实《条例》。
二、主动公开政府信息情况 2012年，我县共主动公开政府信息860条。
三、依申请公开政府信息情况 2012年，我县共收到政府信息公开申请12件。
四、政府信息公开的收费及减免情况 2012年，我县未收取政府信息公开相关费用。
五、因政府信息公开申请行政复议和提起行政诉讼情况 2012年，我县未发生此类情况。
六、存在的主要问题及改进措施 一是公开内容还不够全面。
七、其他需要报告的事项 无。
`;
    assert.deepEqual(ofRule(text, RULE), []);
    const sixListed = text.replace('、其他需要报告的事项。', '。');
    assert.deepEqual(ofRule(sixListed, RULE).map((finding) => [finding.under, finding.message]), [['七', '正文称全文共 7 部分，列出了 6 项，报告有 7 个一级部分。']]);
  });

  test('not a part count: "第三部分", a list that ends before the count ("由区政府办公室、区大数据局编制，共六部分")', () => {
    assert.deepEqual(ofRule(makeReport({ intro: '本报告由区政府办公室、区大数据局编制，共六个部分。' }), RULE), []);
    assert.deepEqual(ofRule(makeReport({ intro: '本报告第三部分列出了收到和处理政府信息公开申请的情况。' }), RULE), []);
  });

  test('the seeds announce no count (001 lists its parts without one)', () => {
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
