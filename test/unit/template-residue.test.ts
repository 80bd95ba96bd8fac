import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';
import { reportTemplate } from '../../server/src/core';

const RULE = 'template-residue';
const TITLE = '# 2023年广州市某区人民政府政府信息公开工作年度报告\n\n';
const report = (body: string) => `${TITLE}${body}\n`;
const found = (body: string) => ofRule(report(body), RULE).map((finding) => finding.under);

describe('template-residue', () => {
  test('the template\'s or form\'s instructions', () => {
    assert.deepEqual(found('填报说明：1.本表数据统计期限为2023年1月1日至12月31日。'), ['填报说明']);
    assert.deepEqual(found('## 编写说明\n\n本报告按照国办公开办函〔2021〕30号要求编写。'), ['编写说明']);
    assert.deepEqual(found('（填写说明：各单位应如实填写本部分内容）'), ['填写说明']);
  });

  test('the instructions named in a sentence are prose', () => {
    assert.deepEqual(found('我局严格按照《填报说明》和统计口径要求核对各项数据。'), []);
    assert.deepEqual(found('各项数据均按照上级下发的填报说明要求统计。'), []);
  });

  test('fill-in notes and placeholders for names and figures', () => {
    assert.deepEqual(found('2023年，我局共主动公开政府信息（填写）条。'), ['（填写）']);
    assert.deepEqual(found('本报告由（请填写本单位名称）编制。'), ['（请填写本单位名称）']);
    assert.deepEqual(found('XX区政务服务数据管理局认真贯彻落实《条例》。'), ['XX']);
    assert.deepEqual(found('本报告所列数据的统计期限自20XX年1月1日起。'), ['XX']);
    assert.deepEqual(found('由××局牵头，会同有关部门开展自查。'), ['××']);
  });

  test('Latin letters in English words and codes are not placeholders', () => {
    assert.deepEqual(found('我局更新了XXL-JOB定时任务和Windows XP终端，全年办理申请3件。'), []);
    assert.deepEqual(found('统计表中以“x”表示不适用的栏目。'), []);
  });

  test('our own snippets\' placeholder paragraph under a section, and the unit placeholder in the title', () => {
    const text = '# 2024年单位名称政府信息公开工作年度报告\n\n## 一、总体情况\n\n（总体情况）\n\n## 五、存在的主要问题及改进情况\n\n（存在的主要问题及改进情况）\n';
    assert.deepEqual(ofRule(text, RULE).map((finding) => [finding.line, finding.under]), [
      [1, '单位名称'], [5, '（总体情况）'], [9, '（存在的主要问题及改进情况）'],
    ]);
  });

  test('a section holding several placeholder paragraphs gets one finding, at the first, with the count', () => {
    const text = '# 2024年某区测试局政府信息公开工作年度报告\n\n## 一、总体情况\n\n（总体情况）\n\n### （一）主动公开\n\n（主动公开政府信息情况）\n\n（总体情况）\n\n## 五、存在的主要问题及改进情况\n\n（存在的主要问题及改进情况）\n';
    const findings = ofRule(text, RULE);
    assert.deepEqual(findings.map((finding) => [finding.line, finding.under, finding.message]), [
      [5, '（总体情况）', '应改写为本部分的实际内容：还有 3 段模板占位段落（“（总体情况）”等）。'],
      [15, '（存在的主要问题及改进情况）', '应改写为本部分的实际内容：“（存在的主要问题及改进情况）”是模板占位段落。'],
    ]);
    assert.match(ofRule(text, RULE, { locale: 'en' })[0].message, /^Write the section's content: 3 of the template's placeholder paragraphs \("（总体情况）" …\) remain/);
  });

  test('a new report\'s template: one finding per section, six in all', () => {
    const text = reportTemplate({ era: '2021', year: '2024', unit: '某区测试局' });
    assert.deepEqual(ofRule(text, RULE).map((finding) => finding.under), [
      '（总体情况）', '（主动公开政府信息情况）', '（收到和处理政府信息公开申请情况）', '（政府信息公开行政复议、行政诉讼情况）', '（存在的主要问题及改进情况）', '（其他需要报告的事项）',
    ]);
  });

  test('a section that says （无） or holds a real paragraph is no placeholder', () => {
    assert.deepEqual(found('## 六、其他需要报告的事项\n\n（无）\n\n（一）总体情况良好，未收取信息处理费。'), []);
  });

  test('HTML and Word markup shown as text: one finding per line, and Word\'s conditional comments', () => {
    assert.deepEqual(found('&nbsp;&nbsp;2023年，我局认真贯彻落实《条例》。<br>'), ['&nbsp;&nbsp;2023年，我局认真贯彻落实《条例》。<br>']);
    const [span] = ofRule(report('<span style="mso-spacerun:yes">全年共收到申请12件。</span>'), RULE);
    assert.match(span.message, /“<span style="mso-spacerun:yes">”是复制网页或 Word 时遗留的标记（本行 2 处）/);
    assert.deepEqual(found('font-family:宋体;mso-ascii-font-family:Calibri;全年共收到申请12件。'), ['mso-ascii-font-family:']);
    assert.deepEqual(found('<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->\n全年共收到申请12件。'), ['<!--[if gte mso 9]>', '<![endif]-->']);
  });

  test('Markdown comments, suppression comments, code and table cells are left alone', () => {
    assert.deepEqual(found('<!-- 以下数据由办公室核对 -->\n<!-- gkreport-disable-next-line sentence-end -->\n全年共收到申请12件。'), []);
    assert.deepEqual(found('网页中的空格写作`&nbsp;`，换行写作`<br>`。'), []);
    assert.deepEqual(found('| 项目 | 数量 |\n|---|---|\n| 本年新收<br>申请 | 12 |\n| 规章 | 填写 |'), []);
  });

  test('only reports are proofread', () => {
    assert.deepEqual(ofRule('会议纪要\n填报说明：请于3月1日前报送。\n', RULE), []);
  });

  test('the real reports have none', () => {
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
