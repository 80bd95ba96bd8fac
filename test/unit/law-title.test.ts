import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';
import { editDistance } from '../../server/src/core/text/edits';

const RULE = 'law-title';

/** A report whose opening paragraph is `opening` (the way real reports start: 根据…编制本报告). */
function report(opening: string, year = 2022, body = ''): string {
  return [
    `# 某市某区人民政府办公室${year}年政府信息公开工作年度报告`,
    '',
    opening,
    '',
    '## 一、总体情况',
    '',
    `${year}年，区政府办公室坚持以公开为常态、不公开为例外，持续推进政务公开工作。${body}`,
    '',
    '## 六、其他需要报告的事项',
    '',
    '本年度未收取信息处理费。',
    '',
  ].join('\n');
}

const OPENING_2021 = '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2021〕30号印发的年度报告格式要求编制。';

describe('law-title: the 条例\'s title', () => {
  test('the title and its accepted short forms are silent', () => {
    assert.deepEqual(ofRule(report(OPENING_2021), RULE), []);
    const shortForms = '区政府办公室认真贯彻落实《政府信息公开条例》，严格执行《条例》各项规定，对照《中华人民共和国保守国家秘密法》做好保密审查。';
    assert.deepEqual(ofRule(report(OPENING_2021, 2022, shortForms), RULE), []);
  });

  test('words swapped in the title: reported on the title, the canonical one as a review fix', () => {
    const text = report('本报告根据《中华人民共和国政府公开信息条例》（以下简称《条例》）编制。');
    const [finding, ...rest] = ofRule(text, RULE);
    assert.deepEqual(rest, []);
    assert.equal(finding.under, '中华人民共和国政府公开信息条例');
    assert.equal(finding.message, '应为“《中华人民共和国政府信息公开条例》”：“《中华人民共和国政府公开信息条例》”与法规名称不符。');
    assert.equal(finding.fix?.safety, 'review');
    const fixed = applyRuleFixes(text, RULE);
    assert.match(fixed, /本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制。/);
    assert.deepEqual(ofRule(fixed, RULE), []);
  });

  test('a character dropped, miswritten or the country name cut: the nearest name is the fix', () => {
    const cases: [string, string][] = [
      ['《中华人民共和国政府信息条例》', '中华人民共和国政府信息公开条例'],
      ['《中华人民共和国政府信息公开条列》', '中华人民共和国政府信息公开条例'],
      ['《华人民共和国政府信息公开条例》', '中华人民共和国政府信息公开条例'],
      ['《政府信息公开条列》', '政府信息公开条例'],
      ['《政府公开信息条例》', '政府信息公开条例'],
    ];
    for (const [written, expected] of cases) {
      const findings = ofRule(report(`区政府办公室认真贯彻落实${written}，做好政府信息公开工作。`), RULE);
      assert.equal(findings.length, 1, written);
      assert.equal(findings[0].fix?.edit.text, expected, written);
    }
  });

  test('other titles are left alone: other laws, titles containing the name, the report\'s own short names, short titles two characters off', () => {
    const others = [
      '严格执行《中华人民共和国保守国家秘密法》和《中华人民共和国档案法》。',
      '对照《广东省政府信息公开条例》开展自查。',
      '组织学习《中华人民共和国政府信息公开条例释义》。',
      '转发《关于贯彻落实〈中华人民共和国政府信息公开条例〉的通知》。',
      '修订《某区政府信息公开工作规定》（以下简称《公开规定》）。',
      '深入学习新修订的《信息公开条例》。',
      '依据《广州市政府信息公开规定》，编制《政务公开目录》。',
    ];
    for (const sentence of others) assert.deepEqual(ofRule(report(OPENING_2021, 2022, sentence), RULE), [], sentence);
  });

  test('traditional script: the title folds to the canonical one', () => {
    assert.deepEqual(ofRule(seed('001'), RULE), []);
    assert.deepEqual(ofRule(report('本報告根據《中華人民共和國政府信息公開條例》編制。'), RULE), []);
  });

  test('not a report (format unknown): silent', () => {
    assert.deepEqual(ofRule('关于开展政务公开检查的通知\n\n各单位要认真学习《中华人民共和国政府公开信息条例》。\n', RULE), []);
  });
});

describe('law-title: the decree for the report\'s year', () => {
  test('第492号 in a 2019-or-later report: the regulation in force is 第711号', () => {
    const text = report('本报告根据《中华人民共和国政府信息公开条例》（国务院令第492号）编制。', 2021);
    const [finding] = ofRule(text, RULE);
    assert.equal(finding.under, '492');
    assert.equal(finding.message, '应为国务院令第711号：第492号是修订前的《条例》（适用于2018年度及以前），本报告为2021年度。');
    assert.match(applyRuleFixes(text, RULE), /（国务院令第711号）编制/);
  });

  test('第711号 in a 2014 report: issued only in 2019', () => {
    const [finding] = ofRule(report('本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）编制。', 2014), RULE);
    assert.equal(finding.message, '应为国务院令第492号：第711号2019年才发布，本报告为2014年度。');
  });

  test('a number after the title that is not the 条例\'s decree', () => {
    const [finding] = ofRule(report('本报告根据《条例》（中华人民共和国国务院令第771号）编制。', 2022), RULE);
    assert.equal(finding.message, '应为国务院令第711号（《中华人民共和国政府信息公开条例》，本报告年度适用），不是第771号。');
  });

  test('the right decree, the regulation\'s history, a 2018 report, other decrees: silent', () => {
    const silent: [string, number][] = [
      ['本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）编制。', 2022],
      ['本报告根据《中华人民共和国政府信息公开条例》（国务院令第492号）编制。', 2014],
      ['《中华人民共和国政府信息公开条例》（2007年4月5日中华人民共和国国务院令第492号公布　2019年4月3日中华人民共和国国务院令第711号修订）施行以来，我区认真贯彻。', 2022],
      ['自2008年5月1日国务院令第492号施行以来，我区政府信息公开工作不断深化。', 2022],
      ['与原《条例》（国务院令第492号）相比，新《条例》扩大了主动公开范围。', 2020],
      ['认真学习新修订的《中华人民共和国政府信息公开条例》（国务院令第711号）。', 2018],
      ['贯彻《优化营商环境条例》（国务院令第722号），持续做好政务公开。', 2022],
    ];
    for (const [opening, year] of silent) assert.deepEqual(ofRule(report(opening, year), RULE), [], opening);
  });
});

describe('law-title: the era\'s format notice', () => {
  test('the 2019 notice in a 2021-era report', () => {
    const text = report('本报告按照国办公开办函〔2019〕60号印发的年度报告格式编制。', 2022);
    const [finding] = ofRule(text, RULE);
    assert.equal(finding.under, '2019〕60号');
    assert.equal(finding.message, '应为国办公开办函〔2021〕30号（2022年度报告的格式依据），不是国办公开办函〔2019〕60号。');
    const fixed = applyRuleFixes(text, RULE);
    assert.match(fixed, /按照国办公开办函〔2021〕30号印发/);
    assert.deepEqual(ofRule(fixed, RULE), []);
  });

  test('the 2021 notice in a 2020 report', () => {
    const [finding] = ofRule(report('本报告按照国办公开办函〔2021〕30号规定的格式编制。', 2020), RULE);
    assert.equal(finding.message, '应为国办公开办函〔2019〕60号（2020年度报告的格式依据），不是国办公开办函〔2021〕30号。');
  });

  test('a slip in the number or the year: only what differs is replaced, the brackets stay for doc-number-format', () => {
    const number = report('本报告按照国办公开办函〔2021〕31号年度报告格式编制。');
    const [slip] = ofRule(number, RULE);
    assert.equal(slip.under, '31号');
    assert.equal(slip.message, '应为国办公开办函〔2021〕30号（印发年度报告格式的通知），此处为“国办公开办函〔2021〕31号”。');
    const year = report('本报告按照国办公开办函[2012]30号年度报告格式编制。');
    const [yearSlip] = ofRule(year, RULE);
    assert.equal(yearSlip.under, '2012');
    assert.match(applyRuleFixes(year, RULE), /国办公开办函\[2021\]30号/);
  });

  test('silent: the era\'s notice, both notices in one sentence, other notices, no mention of the format, the 2008 era', () => {
    const silent: [string, number][] = [
      [OPENING_2021, 2022],
      ['2021年起，年度报告格式由国办公开办函〔2019〕60号调整为国办公开办函〔2021〕30号。', 2022],
      ['按照国办公开办函〔2021〕12号文件要求，做好年度报告编制工作。', 2022],
      ['转发国办公开办函〔2019〕60号文件。', 2022],
      ['本报告按照国办公开办函〔2019〕60号印发的年度报告格式编制。', 2014],
    ];
    for (const [opening, year] of silent) assert.deepEqual(ofRule(report(opening, year), RULE), [], opening);
  });
});

describe('edit distance with a ceiling (text/edits)', () => {
  test('substitutions, insertions, deletions and adjacent swaps cost one each; over the ceiling is ceiling + 1', () => {
    assert.equal(editDistance('政府信息公开条列', '政府信息公开条例', 2), 1);
    assert.equal(editDistance('政府信息公例条', '政府信息公开条例', 2), 2);
    assert.equal(editDistance('政府信息公开例条', '政府信息公开条例', 2), 1);
    assert.equal(editDistance('保守国家秘密法', '政府信息公开条例', 2), 3);
    assert.equal(editDistance('条例', '条例', 0), 0);
  });
});
