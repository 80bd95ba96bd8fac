import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_CONFIG, fixAll } from '../../server/src/core';
import { applyRuleFixes, check, ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'repeated-word';

/** A body under the title real reports carry (its 人民政府|政府信息 is two words meeting, not a repeat). */
const report = (body: string) => `2021年某县人民政府政府信息公开工作年度报告\n一、总体情况\n${body}\n`;
const repeats = (body: string) => ofRule(report(body), RULE).map((finding) => finding.under);

describe('repeated-word', () => {
  test('a word of two to four characters written twice in a row is reported, with the word', () => {
    assert.deepEqual(repeats('本机关严格落实保密审查制度，对拟公开的信息审核审核后再发布。'), ['审核审核']);
    assert.deepEqual(repeats('全年推进推进政务公开标准化规范化建设。'), ['推进推进']);
    assert.deepEqual(repeats('下一步将进一步进一步加强政策解读。'), ['进一步进一步']);
    assert.deepEqual(repeats('坚持以人民为中心，坚持实事求是实事求是，做好信息公开。'), ['实事求是实事求是']);
    const [finding] = ofRule(report('全年推进推进政务公开标准化规范化建设。'), RULE);
    assert.equal(finding.message, '应只写一次“推进”：此处连写了2次（“推进推进”）。');
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.line, 3);
  });

  test('a doubled function character is reported; other doubled characters are two words meeting', () => {
    assert.deepEqual(repeats('进一步提高政府信息公开的的质量和效果。'), ['的的']);
    assert.deepEqual(repeats('由领导小组组长组长负责统筹协调。'), ['组长组长'], 'a doubled character may begin a repeated word');
    assert.deepEqual(repeats('依法公开财政预算和和决算信息。'), ['和和']);
    assert.deepEqual(repeats('主动回应社会关切，及时在在政府网站发布解读材料。'), ['在在']);
    assert.deepEqual(repeats('畅通咨询渠道，从而而进一步提高群众满意度。'), ['而而'], '从而 ends in 而, yet a second 而 is a slip');
    // 会议|议题, 小组|组长, 学习|习近平, 办事|事项, 工作|作为: all in real reports
    assert.deepEqual(repeats('坚持市政府常务会议议题发布机制，由领导小组组长负责，深入学习习近平新时代中国特色社会主义思想，梳理网上办事事项，把政务公开工作作为重要内容。'), []);
  });

  test('a function character doubled by two words meeting is not a repeat', () => {
    const correct = [
      '为了了解群众需求，我局开展了问卷调查。',
      '为实现公开目的的需要，各单位及时更新栏目。',
      '申请内容涉及及时公开事项的，当场答复。',
      '鼓励公众参与与监督政务公开工作。',
      '针对对象不同，分类开展政策解读。',
      '问题即将将于下一年度解决。',
      '按照这一方向向前推进政务公开工作。',
      '现在在线申请已成为主要渠道。',
      '对不符合要求的申请不了了之的情况进行了整改。',
    ];
    for (const body of correct) assert.deepEqual(repeats(body), [], body);
  });

  test('a name whose end begins the next term is two words meeting', () => {
    assert.deepEqual(ofRule('2021年某县人民政府政府信息公开工作年度报告\n一、总体情况\n无。\n', RULE), [], 'the title of most reports');
    const correct = [
      '根据《某县人民政府政府信息公开指南》，申请人可通过网上提交申请。',
      '进一步规范规范性文件制定程序，及时公开各部门部门预算和决算。',
      '对依申请申请人未按要求补正的，视为放弃申请。',
    ];
    for (const body of correct) assert.deepEqual(repeats(body), [], body);
    assert.deepEqual(repeats('加强部门部门之间的协调。'), ['部门部门']);
  });

  test('correct reduplications, numbers and repeated measures are left alone', () => {
    const correct = [
      '实实在在为市民群众解决了大量实际问题。', // seed 000
      '的的确确做到了应公开尽公开。',
      '各部门逐一一一核对公开目录。',
      '认认真真、踏踏实实做好每一项工作，层层落实责任，家家户户知晓政策。',
      '请大家回去研究研究，再提出意见。',
      '一项一项抓落实，一步一步推进。',
      '本报告统计期限为二零二零年一月一日至十二月三十一日。',
    ];
    for (const body of correct) assert.deepEqual(repeats(body), [], body);
  });

  test('not across table cells, nor in code or comments, nor outside a report', () => {
    const table = '| 项目 | 项目 |\n|---|---|\n| 工作 | 工作 |';
    assert.deepEqual(repeats(`全年工作情况如下。\n\n${table}`), []);
    assert.deepEqual(repeats('申请\t申请\n工作\n工作'), []);
    assert.deepEqual(repeats('<!-- 审核审核 -->\n见代码`工作工作`。'), []);
    assert.deepEqual(ofRule('会议纪要\n全年推进推进各项工作。\n', RULE), [], 'not an annual report');
  });

  test('a word written three times is one finding; the fix keeps one copy and nothing new appears', () => {
    const body = '全年推进推进推进政务公开，提高公开的的质量。';
    assert.deepEqual(repeats(body), ['推进推进推进', '的的']);
    const fixed = applyRuleFixes(report(body), RULE);
    assert.equal(fixed, report('全年推进政务公开，提高公开的质量。'));
    assert.deepEqual(check(fixed).filter((finding) => finding.ruleId === RULE), []);
  });

  test('the fix is offered for review, never applied automatically; fix-all settles', () => {
    const text = report('全年推进推进政务公开，提高公开的的的质量，研究研究后再定。');
    const [finding] = ofRule(text, RULE);
    assert.equal(finding.fix?.safety, 'review');
    assert.equal(fixAll(text, DEFAULT_CONFIG, { safeOnly: true }).text, text, 'fix-on-save and --fix leave it');
    const fixed = fixAll(text, DEFAULT_CONFIG, { rules: new Set([RULE]) });
    assert.equal(fixed.text, report('全年推进政务公开，提高公开的质量，研究研究后再定。'));
    assert.equal(fixAll(fixed.text, DEFAULT_CONFIG, { rules: new Set([RULE]) }).applied, 0);
  });

  test('the seeds are real reports: none has a repeated word', () => {
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
