import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'sentence-end';
const TITLE = '# 2023年广州市某区人民政府政府信息公开工作年度报告\n\n';
const report = (body: string) => `${TITLE}${body}\n`;
const ends = (body: string) => ofRule(report(body), RULE).map((finding) => [finding.line, finding.under]);

/** Plain text as copied from a web page: one paragraph per line, every one closed with 。 */
const PLAIN = [
  '2023年广州市某区人民政府政府信息公开工作年度报告',
  '本报告由广州市某区人民政府办公室编制。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
  '一、总体情况',
  '2023年，我区认真贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开。',
  '（一）主动公开',
  '全年共主动公开政府信息1520条，其中规范性文件12件。',
  '区政府门户网站全年发布各类信息980条，及时回应社会关切。',
  '政务新媒体发布信息2300条，阅读量较上年增长12%。',
  '召开新闻发布会8场，发布重要政策解读材料26篇。',
  '全年公开财政预决算、“三公”经费等信息45条。',
  '重点领域信息公开专栏全年更新信息310条。',
  '（二）依申请公开',
  '全年共收到政府信息公开申请36件，均在法定期限内答复。',
  '（三）政府信息管理',
  '我区对现行有效的规范性文件进行了全面清理，废止文件3件。',
  '（四）平台建设',
  '进一步优化政府信息公开专栏，新增“政策解读”栏目。',
];

describe('sentence-end', () => {
  test('a Markdown paragraph that stops without its full stop', () => {
    assert.deepEqual(ends('## 一、总体情况\n\n2023年，我区认真贯彻落实《条例》，全年共收到申请36件，均按时答复\n\n## 二、主动公开政府信息情况'), [[5, '复']]);
    const [finding] = ofRule(report('全年共主动公开政府信息1520条，其中规范性文件12件'), RULE);
    assert.match(finding.message, /^段末缺少句末标点（“。”等）：本段以“件”结尾/);
  });

  test('a hard-wrapped paragraph is checked at its last line only', () => {
    const wrapped = '2023年，我区认真贯彻落实《中华人民共和国政府信息公开条\n例》，持续深化政务公开，全年共主动公开政府信息1520\n条，及时回应社会关切';
    assert.deepEqual(ends(wrapped), [[5, '切']]);
    assert.deepEqual(ends(`${wrapped}。`), []);
    // plain text wrapped at a fixed width, paragraphs one after the other: only a paragraph's last line ends it
    const plain = [
      '2023年广州市某区人民政府政府信息公开工作年度报告',
      '2023年，我区认真贯彻落实《中华人民共和国政府信息公开条例》，持',
      '续深化政务公开，全年共主动公开政府信息1520条，其中规范性文件12',
      '件，及时回应社会关切。',
      '全年共收到政府信息公开申请36件，均在法定期限内答复。我区进一步',
      '优化政府信息公开专栏，新增“政策解读”栏目，发布解读材料26篇，',
      '群众满意度进一步提升',
    ].join('\n');
    assert.deepEqual(ofRule(`${plain}\n`, RULE).map((finding) => [finding.line, finding.under]), [[7, '升']]);
  });

  test('a paragraph that ends in a comma', () => {
    assert.deepEqual(ends('2023年，我区全年共收到政府信息公开申请36件，\n\n## 二、主动公开政府信息情况'), [[3, '，']]);
  });

  test('plain text, one paragraph per line: each line is a paragraph', () => {
    assert.deepEqual(ofRule(`${PLAIN.join('\n')}\n`, RULE), []);
    const lines = [...PLAIN];
    lines[5] = '全年共主动公开政府信息1520条，其中规范性文件12件';
    assert.deepEqual(ofRule(`${lines.join('\n')}\n`, RULE).map((finding) => [finding.line, finding.under]), [[6, '件']]);
    // a line broken after a comma is a broken line, not a paragraph without its end
    lines[5] = '全年共主动公开政府信息1520条，';
    assert.deepEqual(ofRule(`${lines.join('\n')}\n`, RULE), []);
  });

  test('closing punctuation inside quotes and brackets, a note after the stop, a colon before a list', () => {
    assert.deepEqual(ends('我区坚持“公开为常态、不公开为例外。”'), []);
    assert.deepEqual(ends('全年共收到申请36件，均按时答复。（详见附表）'), []);
    assert.deepEqual(ends('2023年，我区主要做了以下工作：\n\n- 健全工作制度\n- 完善公开平台'), []);
    assert.deepEqual(ends('一是公开内容还不够全面；二是解读形式较为单一；'), []);
  });

  test('headings, titles, list items, captions, names, tables, signatures, dates and contact lines', () => {
    assert.deepEqual(ends('## 一、总体情况\n\n（一）主动公开，及时回应关切\n\n**三、收到和处理政府信息公开申请情况**'), []);
    assert.deepEqual(ends('1. 健全工作制度，明确责任分工\n2. 完善公开平台，优化栏目设置'), []);
    assert.deepEqual(ends('（1）健全工作制度，明确责任分工\n\n① 完善公开平台，优化栏目设置'), []);
    assert.deepEqual(ends('表1 2023年主动公开政府信息情况\n\n（单位：万元）\n\n注：本表数据由区政务服务数据管理局提供，统计截至2023年12月31日'), []);
    assert.deepEqual(ends('参与评议的单位：区教育局、区民政局、区卫生健康局、区市场监管局'), []);
    assert.deepEqual(ends('| 项目 | 数量 |\n|---|---|\n| 本年新收，含网上申请 | 36 |'), []);
    assert.deepEqual(ends('广州市某区人民政府办公室\n\n2024年1月20日'), []);
    assert.deepEqual(ends('联系电话：020-12345678，传真：020-87654321'), []);
    assert.deepEqual(ends('如对本报告有疑问，请与区政府办公室联系，电话：020-12345678'), []);
    assert.deepEqual(ends('详见区政府门户网站，网址：http://www.example.gov.cn/gkml'), []);
  });

  test('only reports are proofread', () => {
    assert.deepEqual(ofRule('会议纪要\n\n会议研究了政务公开工作，部署下一步任务\n', RULE), []);
  });

  test('the real reports have none', () => {
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
