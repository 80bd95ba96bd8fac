import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'prose-sum';

describe('prose-sum', () => {
  test('"共答复30件" followed by categories that add up to 29', () => {
    const text = '全年共答复30件，其中予以公开10件、部分公开5件、不予公开4件、其他10件。';
    const findings = ofRule(text, RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '30件');
    assert.match(findings[0].message, /= 29件/);
    assert.deepEqual(ofRule(text.replace('其他10件', '其他11件'), RULE), []);
  });

  test('parts that exceed the total are wrong even without a catch-all', () => {
    assert.equal(ofRule('共受理申请10件，其中网上申请8件，信函申请5件。', RULE).length, 1);
  });

  test('an "其中" that names some parts only is not a complete enumeration', () => {
    assert.deepEqual(ofRule('共受理申请10件，其中网上申请3件，信函申请2件。', RULE), []);
  });

  test('sibling totals before 其中 ("大项1020个，子项1996个，其中…") are not guessed at', () => {
    assert.deepEqual(ofRule('大项1020个，子项1996个，其中行政许可大项301个，子项632个，其他大项1个，子项2个。', RULE), []);
  });

  test('"A、B、C、D等3个部分" is a part count: section-count-claim reports it, not this rule', () => {
    assert.deepEqual(ofRule('全文包括概述、主动公开、依申请公开、收费减免等3个部分。', RULE), []);
  });

  test('"A、B、C等3个区" is right; four names "等3个" are not', () => {
    assert.deepEqual(ofRule('12个区中，越秀、海珠、荔湾等3个区被评为优秀。', RULE), []);
    const findings = ofRule('12个区中，越秀、海珠、荔湾、天河等3个区被评为优秀。', RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].message, '前面列出了 4 个，此处称“等 3 个”。');
  });

  test("the seeds' prose arithmetic is right (seed 002: 688 = 187+145+64+1+291)", () => {
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
    assert.equal(ofRule(seed('002').replace('其他类291个', '其他类290个'), RULE).length, 1);
  });
});
