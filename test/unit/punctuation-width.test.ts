import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_CONFIG, fixAll } from '../../server/src/core';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'punctuation-width';

describe('punctuation-width', () => {
  test('half-width , : ; ( ) ? ! between Chinese characters are flagged and fixed', () => {
    const text = '按照要求,2017年度我办加强领导;主要做法:一是(一)完善机制?二是落实!';
    const findings = ofRule(text, RULE);
    assert.deepEqual(findings.map((finding) => finding.under), [',', ';', ':', '(一)', '?', '!'], 'a pair is one finding');
    assert.equal(applyRuleFixes(text, RULE), '按照要求，2017年度我办加强领导；主要做法：一是（一）完善机制？二是落实！');
  });

  test('numbers, times, URLs, e-mail, English, code and Markdown are left alone', () => {
    const cases = [
      '话务总量3,985,758个。',
      '上午9:30开始受理。',
      '访问网站http://www.gz.gov.cn/xxgk/index.html?id=1,2查看。',
      '来信请寄gk@example.gov.cn。',
      'The report (in English) is short, clear: yes!',
      '运行命令`a(b,c)`即可。',
      '详见[链接](http://example.com/a,b)。',
      '| 项目 | 数量 |\n|:---|---:|\n| 申请 | 1,234 |',
      '新冠肺炎(COVID-19)疫情',
    ];
    for (const text of cases) assert.deepEqual(ofRule(text, RULE).map((f) => f.under), [], text);
  });

  test("seed 002's half-width punctuation is flagged; the full-width seed 000 has only its two stray commas", () => {
    assert.ok(ofRule(seed('002'), RULE).length > 100);
    const stray = ofRule(seed('000'), RULE);
    assert.deepEqual(stray.map((finding) => finding.under), [',', ',']);
  });

  test('fixing is idempotent', () => {
    const once = fixAll(seed('002'), DEFAULT_CONFIG, { rules: new Set([RULE]) }).text;
    assert.deepEqual(ofRule(once, RULE), []);
    assert.equal(fixAll(once, DEFAULT_CONFIG, { rules: new Set([RULE]) }).applied, 0);
  });
});
