import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ARTIFACTS } from '../../server/src/core/formats/script';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'conversion-artifact';

/** One sentence per entry of the curated list, in list order: the Taiwan term and the mainland term it must become. */
const POSITIVE: [string, string, string][] = [
  ['进一步最佳化营商环境。', '最佳化', '优化'],
  ['打造新版入口网站。', '入口网站', '门户网站'],
  ['提供智慧型化的政务服务。', '智慧型化', '智能化'],
  ['完税证明自助列印。', '列印', '打印'],
  ['建立了24小时回响机制。', '回响机制', '响应机制'],
  ['推进网路问政。', '网路', '网络'],
  ['通过公开受理视窗当面提交。', '视窗', '窗口'],
  ['按目录载入和更新信息。', '载入', '加载'],
  ['有计画、有步骤地推进。', '计画', '计划'],
  ['全年制发规范性档案12件。', '档案', '文件'],
  ['主动公开其他档案487条。', '档案', '文件'],
  ['微信小程式上线。', '程式', '程序'],
  ['严格审查、处理、答复程式。', '程式', '程序'],
  ['开发套用“穗康”小程序。', '套用', '应用'],
];

/** Correct mainland usage that must never be flagged. */
const NEGATIVE = ['档案馆开放日。', '加强档案管理工作。', '人事档案转递。', '套用模板生成报表。', '避免程式化表述。', '视窗操作系统。', '网络安全。', '优化营商环境。'];

describe('conversion-artifact', () => {
  test('every entry of the list has a positive test', () => {
    for (const entry of ARTIFACTS) {
      assert.ok(POSITIVE.some(([text]) => new RegExp(entry.pattern).test(text)), entry.pattern);
    }
  });

  for (const [text, found, replacement] of POSITIVE) {
    test(`${found} → ${replacement}: ${text}`, () => {
      const findings = ofRule(text, RULE);
      assert.equal(findings.length, 1, findings.map((f) => f.message).join());
      assert.equal(findings[0].under, found);
      assert.equal(findings[0].message, `应为“${replacement}”：“${found}”是繁简转换遗留的台湾用语。`);
      const fixed = applyRuleFixes(text, RULE);
      assert.deepEqual(ofRule(fixed, RULE), []);
      assert.ok(fixed.includes(replacement));
    });
  }

  test('correct mainland words are not flagged', () => {
    for (const text of NEGATIVE) assert.deepEqual(ofRule(text, RULE), [], text);
  });

  test('clean seeds 000, 002, 004 give nothing; a traditional seed gets the whole-document finding instead', () => {
    for (const name of ['000', '002', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
    assert.deepEqual(ofRule(seed('001'), RULE), []);
  });

  test('a simplified text with 3 planted artifacts and 5 planted traditional characters: all 8 found on their ranges', () => {
    const text = '本机关全年主动公开政府信息一千條，依申請公開的答复均按时办结。进一步最佳化服务流程，完善入口网站，推进网路问政。加強培訓。';
    const artifacts = ofRule(text, RULE).map((finding) => finding.under);
    const script = ofRule(text, 'script-mixing').map((finding) => finding.under);
    assert.deepEqual(artifacts, ['最佳化', '入口网站', '网路']);
    assert.deepEqual(script, ['條', '請公開', '強培訓']);
    assert.equal([...script.join('')].filter((char) => '條請開強訓'.includes(char)).length, 5);
  });
});
