import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'enumeration-gap';

const report = (body: string) => `2021年某县人民政府政府信息公开工作年度报告\n一、总体情况\n${body}\n`;
const gaps = (body: string) => ofRule(report(body), RULE).map((finding) => `${finding.under} ${finding.message}`);

describe('enumeration-gap', () => {
  test('一是…三是 within a paragraph: the message names the item expected', () => {
    assert.deepEqual(gaps('本年度我县重点做好以下工作：一是完善工作机制；三是加强业务培训；四是强化监督考核。'), [
      '三是 序号应为“二是”（“一是”之后），此处跳到“三是”。',
    ]);
  });

  test('a repeated and a backward number', () => {
    assert.deepEqual(gaps('主要做法：一是健全制度。二是规范流程。二是强化监督。'), [
      '二是 序号应为“三是”：“二是”之后又是“二是”。',
    ]);
    assert.deepEqual(gaps('主要做法：一是健全制度。二是规范流程。三是强化监督。二是加强培训。'), [
      '二是 序号应为“四是”（“三是”之后），此处倒退为“二是”。',
    ]);
  });

  test('each way of numbering: 第一，（1）, 1., 1、 and ①', () => {
    assert.deepEqual(gaps('第一，加强组织领导；第二，完善工作制度；第四，强化督促检查。').map((gap) => gap.split(' ')[0]), ['第四']);
    assert.deepEqual(gaps('包括：（1）机构职能；（2）政策文件；（4）规划计划。').map((gap) => gap.split(' ')[0]), ['（4）']);
    assert.deepEqual(gaps('其中：1.组织机构；2.规章；2.规范性文件；3.其他文件。').map((gap) => gap.split(' ')[0]), ['2.']);
    assert.deepEqual(gaps('包括：1、公开部门预算；3、公开部门决算。').map((gap) => gap.split(' ')[0]), ['3、']);
    assert.deepEqual(gaps('具体为：①网站发布；②政务微博；④政务微信。').map((gap) => gap.split(' ')[0]), ['④']);
    assert.match(gaps('包括：（1）机构职能；（3）政策文件。')[0], /应为“（2）”/);
  });

  test('a run of paragraphs, each starting with an item, is one enumeration', () => {
    const body = '一是信息公开的范围还不够广。\n\n二是宣传力度还需进一步加大。\n\n四是工作人员对业务还不够熟悉。';
    assert.deepEqual(gaps(body).map((gap) => gap.split(' ')[0]), ['四是']);
    const numbered = '1.围绕优化营商环境，加强政务信息公开。\n2.围绕疫情防控，加强公共卫生信息公开。一是优质高效发布信息；二是加强解读。\n4.积极运用新闻媒体，及时发布经济社会发展情况。';
    assert.deepEqual(gaps(numbered).map((gap) => gap.split(' ')[0]), ['4.']);
  });

  test('an enumeration interrupted by a sub-enumeration continues after it', () => {
    assert.deepEqual(gaps('一是完善公开目录，包括：（1）机构职能；（2）政策文件。二是规范依申请公开。三是加强培训。'), []);
    assert.deepEqual(gaps('一是完善公开目录。\n（1）机构职能；\n（2）政策文件。\n二是规范依申请公开。'), []);
    // seed 001: 三是设立自助服务区……主要提供三大类服务：一是……二是……三是……
    assert.deepEqual(gaps('一是落实标准化。二是推进改革。三是设立自助服务区，主要提供三类服务：一是信息查询；二是事项办理；三是凭证打印。'), []);
    assert.deepEqual(gaps('1.加强领导，其中：1.成立领导小组；2.明确分管领导。\n2.完善制度。'), []);
  });

  test('a new enumeration starts again at one; a paragraph without an item, a heading or a table ends one', () => {
    assert.deepEqual(gaps('存在的问题：一是公开内容不够全面；二是解读形式单一。\n下一步，我县将：一是拓展公开内容；二是丰富解读形式。'), []);
    assert.deepEqual(gaps('一是拓展公开内容；二是丰富解读形式。\n一是加强培训；二是强化考核。'), []);
    assert.deepEqual(gaps('一是拓展公开内容；二是丰富解读形式。\n全年共举办培训3期。\n三是加强考核。'), [], 'a lost paragraph is not a gap we can name');
    const headed = '（一）主动公开情况\n一是完善目录；二是及时更新；三是加强解读。\n（二）依申请公开情况\n二是规范答复。';
    assert.deepEqual(ofRule(`2021年某县人民政府政府信息公开工作年度报告\n${headed}\n`, RULE), []);
    // Markdown ordered lists may number every item 1.
    assert.deepEqual(gaps('1. 机构职能\n1. 政策文件\n1. 规划计划'), []);
  });

  test('ordinals in names and references, numbers and headings are not items', () => {
    const correct = [
      '第一时间发布权威信息，第三方评估结果良好，第一季度完成目录更新，第十六届论坛如期举办。',
      '依据《条例》第二十条第（五）项，第三十三条规定予以公开。',
      '全年发布信息1.2万条，3、5月份集中发布，增长2.5%。',
      '在全省排名第一，第二季度继续保持。',
      '（一）主动公开情况\n（三）政府信息管理情况',
    ];
    for (const body of correct) assert.deepEqual(gaps(body), [], body);
  });

  test('not outside a report; the seeds are clean', () => {
    assert.deepEqual(ofRule('会议纪要\n一是统一思想；三是抓好落实。\n', RULE), []);
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
