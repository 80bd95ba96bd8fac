import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'bracket-balance';
const TITLE = '# 2023年广州市某区人民政府政府信息公开工作年度报告\n\n';
const report = (body: string) => `${TITLE}${body}\n`;
const found = (body: string) => ofRule(report(body), RULE).map((finding) => finding.under);

describe('bracket-balance', () => {
  test('an opener never closed in its paragraph', () => {
    assert.deepEqual(found('按照“谁公开、谁审查、谁负责”的原则，坚持“公开为常态、不公开为例外。'), ['“']);
    assert.deepEqual(found('本报告所列数据的统计期限(自2023年1月1日起至2023年12月31日止。'), ['(']);
    assert.deepEqual(found('详见区政府门户网站【政府信息公开专栏。'), ['【']);
  });

  test('an opener left open inside a pair that closes', () => {
    const [finding] = ofRule(report('我局修订了《政府信息公开工作制度（试行》，明确了公开审查流程。'), RULE);
    assert.equal(finding.under, '（');
    assert.match(finding.message, /^缺少“）”：本段的“（”没有闭合/);
  });

  test('a closer with no opener', () => {
    const [finding] = ofRule(report('全年共收到政府信息公开申请12件），均在法定期限内答复。'), RULE);
    assert.equal(finding.under, '）');
    assert.match(finding.message, /^缺少“（”：本段的“）”前没有“（”/);
  });

  test('a doubled opener is reported once, and its doubled closer with it', () => {
    const [finding, ...rest] = ofRule(report('认真贯彻落实《《中华人民共和国政府信息公开条例》》，全面推进政务公开。'), RULE);
    assert.equal(finding.under, '《《');
    assert.deepEqual(rest, []);
    assert.deepEqual(found('依据《《中华人民共和国政府信息公开条例》要求编制本报告。'), ['《《']);
  });

  test('balanced text, nested title marks and mixed widths are left alone', () => {
    assert.deepEqual(found('印发了《关于做好〈中华人民共和国政府信息公开条例〉贯彻落实工作的通知》（穗府办〔2021〕30号）。'), []);
    assert.deepEqual(found('根据“谁制作、谁公开”的要求，严格执行“三审三校”制度（含‘一把手’审签）。'), []);
    // the width of a half-width closer is punctuation-width's concern, not a missing pair
    assert.deepEqual(found('全年办理申请12件（其中依申请公开9件)，均按时答复。'), []);
  });

  test('the year of a 文号 in mismatched brackets is doc-number-format\'s', () => {
    assert.deepEqual(found('按照穗府办〔2012]41号和国办公开办函[2019〕60号文件要求开展工作。'), []);
  });

  test('a quotation over a line break of a hard-wrapped paragraph is one paragraph', () => {
    assert.deepEqual(found('坚持“公开为常态、不公开为\n例外”原则，进一步完善工作机制。'), []);
    // a blank line ends the paragraph: the quotation is then unclosed
    assert.deepEqual(found('坚持“公开为常态、不公开为\n\n例外”原则，进一步完善工作机制。'), ['“', '”']);
  });

  test('list numbers written with one bracket are numbers, not unclosed pairs', () => {
    assert.deepEqual(found('主要做法：1）健全工作制度；2）完善公开平台；3）加强业务培训。'), []);
    assert.deepEqual(found('一）加强组织领导。二）规范依申请公开办理。'), []);
    assert.deepEqual(found('存在问题：a) 公开内容不够全面；b) 解读形式较为单一。'), []);
    assert.deepEqual(found('下一步工作：（1 加强培训；（2 完善制度。'), []);
  });

  test('table cells, code, link targets and URLs are not prose', () => {
    const table = '| 三、本年度办理结果 （三）不予公开 | 本年新收 |\n|---|---|\n| 1.属于国家秘密（ | 3 |';
    assert.deepEqual(found(`二、主动公开政府信息情况\n\n${table}`), []);
    assert.deepEqual(found('详见[《政府信息公开指南》](http://www.example.gov.cn/zwgk/index.html)和`fn(`。'), []);
    assert.deepEqual(found('网址：http://www.example.gov.cn/gkml/list(1.html，欢迎查阅。'), []);
  });

  test('an English apostrophe is no quotation mark', () => {
    assert.deepEqual(found('我区开通了“Citizen’s Portal”英文栏目。'), []);
  });

  test('only reports are proofread', () => {
    assert.deepEqual(ofRule('会议纪要\n按照“谁公开、谁审查的原则推进工作。\n', RULE), []);
  });

  test('the real reports', () => {
    // seed 002 is a web page: its navigation residue "【字号: 分享" lost the 】 of "【字号：大 中 小】"
    assert.deepEqual(ofRule(seed('002'), RULE).map((finding) => [finding.line, finding.under]), [[7, '【']]);
    for (const name of ['000', '001', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
