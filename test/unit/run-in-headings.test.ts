import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parseReport } from '../../server/src/core';
import { proseSentences } from '../../server/src/core/prose/quantities';
import { check, ofRule } from '../helpers/check';

/** Rules that see sections: a correct report laid out with run-in headings gets none of them. */
const SECTION_RULES = ['missing-section', 'section-order', 'section-count-claim'];

function sectionFindings(text: string): string[] {
  return SECTION_RULES.flatMap((rule) => ofRule(text, rule).map((finding) => `${finding.line}: ${rule} ${finding.message}`));
}

/** A 2008-era district bureau report as its web page renders it: each heading runs on into its paragraph, after a
 * full-width space, a space, "。" or "：". */
const BUREAU_2016 = `某市某区民政局2016年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由某市某区民政局编制。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。
一、概述　2016年，我局以推进行政权力公开透明运行为重点，不断健全政府信息公开工作机制。
二、主动公开政府信息情况。2016年，我局共主动公开政府信息326条，其中通过区政府门户网站公开298条，通过政务微博公开28条。
（一）公开内容 主要包括机构职能、政策法规、规划计划、社会救助等信息。
（二）公开形式：以区政府门户网站为主，同时通过政务微博、公开栏等方式公开。
三、依申请公开政府信息情况：2016年，我局共受理政府信息公开申请8件，其中当面申请2件，网上申请5件，信函申请1件，均已按时答复。
四、政府信息公开的收费及减免情况 2016年，我局未收取任何费用。
五、因政府信息公开申请行政复议、提起行政诉讼情况 2016年，我局未发生因政府信息公开申请行政复议、提起行政诉讼的情况。
六、存在的主要问题及改进措施 一是公开内容不够全面；二是信息更新还不够及时。2017年，我局将进一步加强培训，提升公开质量。
七、其他需要报告的事项 无。
`;

describe('headings run on into their paragraph', () => {
  test('2008 era: every heading is read, its range covers the heading only, the sections are all there', () => {
    const report = parseReport(BUREAU_2016);
    assert.deepEqual(report.headings.map((heading) => [heading.level, heading.title]), [
      [1, '概述'], [1, '主动公开政府信息情况'], [2, '公开内容'], [2, '公开形式'], [1, '依申请公开政府信息情况'],
      [1, '政府信息公开的收费及减免情况'], [1, '因政府信息公开申请行政复议、提起行政诉讼情况'], [1, '存在的主要问题及改进措施'],
      [1, '其他需要报告的事项'],
    ]);
    assert.deepEqual(report.sections.map((section) => section.spec?.id), [undefined, 'proactive', 'requests', 'fees', 'review', 'problems', 'other']);
    const proactive = report.headings[1];
    assert.equal(BUREAU_2016.slice(proactive.span.start, proactive.span.end), '二、主动公开政府信息情况');
    assert.deepEqual(sectionFindings(BUREAU_2016), []);
  });

  test('the rest of the line is prose: its figures are read, the heading is not part of a sentence', () => {
    const report = parseReport(BUREAU_2016);
    const sentence = proseSentences(report).find((candidate) => candidate.text.includes('326条'))!;
    assert.match(sentence.text, /^2016年[,，]我局共主动公开政府信息326条/);
    // a wrong breakdown in a run-in paragraph is still caught
    const wrong = BUREAU_2016.replace('信函申请1件，均已', '信函申请1件，其他方式1件，均已');
    assert.deepEqual(ofRule(wrong, 'prose-sum').map((finding) => finding.under), ['8件']);
    assert.deepEqual(ofRule(BUREAU_2016, 'prose-sum'), []);
  });

  test('2008 era: a section really missing is still reported, whatever the other headings run on into', () => {
    const text = BUREAU_2016.replace(/^五、.*\n/m, '');
    assert.deepEqual(ofRule(text, 'missing-section').map((finding) => finding.message.match(/“(.+?)”/)![1]), ['因政府信息公开申请行政复议、提起行政诉讼情况']);
  });

  test('a numbered item of prose is not a section: "二、加强主动公开工作，…" leaves 主动公开 missing', () => {
    const text = BUREAU_2016.replace(/^二、主动公开政府信息情况。/m, '二、加强主动公开工作，完善公开机制。')
      .replace(/^（一）.*\n（二）.*\n/m, '');
    const report = parseReport(text);
    assert.equal(report.sections.find((section) => section.heading.numeral === 2)?.spec, undefined);
    assert.deepEqual(ofRule(text, 'missing-section').map((finding) => finding.message.match(/“(.+?)”/)![1]), ['主动公开政府信息情况']);
  });

  test('a numbered line whose first words name no section is not read as a heading with text', () => {
    // "强化业务培训" is no section of any era: the line is not split at its space
    const report = parseReport('一、强化业务培训 全年组织政府信息公开培训2次，参训120人次。\n');
    assert.notEqual(report.headings[0]?.title, '强化业务培训');
    assert.equal(report.sections[0]?.spec, undefined);
  });

  test('2019 era: "一、总体情况 2020年，…" and "二、主动公开政府信息情况：…" open their sections', () => {
    const text = `某县财政局2020年政府信息公开工作年度报告
一、总体情况 2020年，我局认真贯彻落实新修订的《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。
（一）主动公开 全年通过县政府门户网站主动公开财政预决算、政府采购等信息215条。
（二）依申请公开。全年共收到政府信息公开申请3件，均已按期答复。
二、主动公开政府信息情况：详见下表。
三、收到和处理政府信息公开申请情况 详见下表。
四、政府信息公开行政复议、行政诉讼情况 本年度未发生政府信息公开行政复议、行政诉讼案件。
五、存在的主要问题及改进情况 一是主动公开的及时性有待提高；二是公开内容的解读不够深入。
六、其他需要报告的事项 本年度无其他需要报告的事项。
`;
    const report = parseReport(text);
    assert.deepEqual(report.sections.map((section) => section.spec?.id), ['overview', 'proactive', 'requests', 'review', 'problems', 'other']);
    assert.deepEqual(report.sections[0].children.map((child) => child.heading.title), ['主动公开', '依申请公开']);
    assert.deepEqual(ofRule(text, 'missing-section'), []);
    assert.deepEqual(ofRule(text, 'section-order'), []);
  });

  test('2021 era: a run-in heading whose table is missing gets its table after the line, not inside it', () => {
    const text = `某市生态环境局2022年政府信息公开工作年度报告
一、总体情况 2022年，我局坚持以公开为常态、不公开为例外。
二、主动公开政府信息情况 本年度主动公开政府信息1360条。
三、收到和处理政府信息公开申请情况
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况 公开内容的解读不够深入。
六、其他需要报告的事项 无。
`;
    const [finding] = ofRule(text, 'missing-table').filter((candidate) => candidate.under === '主动公开政府信息情况');
    assert.ok(finding?.fix);
    const lineEnd = text.indexOf('1360条。') + '1360条。'.length;
    assert.deepEqual(finding.fix.edit.span, { start: lineEnd, end: lineEnd });
  });

  test('a heading with its paragraph on the next line is read as before', () => {
    const text = '一、概述\n2016年，我局不断健全工作机制。\n二、主动公开政府信息情况。\n本年度共主动公开政府信息326条。\n';
    const report = parseReport(text);
    assert.deepEqual(report.headings.map((heading) => heading.title), ['概述', '主动公开政府信息情况']);
    assert.deepEqual(report.headings.map((heading) => text.slice(heading.span.start, heading.span.end)), ['一、概述', '二、主动公开政府信息情况。']);
  });

  test('the examples with every heading run on into its paragraph give the same findings', () => {
    const separators = [' ', '。', '：', '\u3000'];
    for (const name of ['2021-complete.md', '2021-mistakes.md']) {
      const original = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', name), 'utf8');
      let count = 0;
      // "## 一、总体情况\n\n2021年，…" → "一、总体情况 2021年，…" (a heading followed by a table keeps its own line)
      const runIn = original.replace(/^#{2,3} (.+)\n\n(?![|#])(.+)$/gm, (_whole, heading: string, paragraph: string) =>
        `${heading}${separators[count++ % separators.length]}${paragraph}`);
      assert.ok(count >= 6, `${name}: ${count} headings run on`);
      const findings = (text: string) => check(text).map((finding) => `${finding.ruleId} ${finding.severity} ${finding.message}`).sort();
      assert.deepEqual(findings(runIn), findings(original), name);
    }
  });
});
