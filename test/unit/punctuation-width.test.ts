import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, DEFAULT_CONFIG, fixAll, resolveConfig } from '../../server/src/core';
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
    assert.equal(ofRule(seed('000'), RULE).filter((finding) => finding.severity !== 'warning').length, 0, 'two marks: no summary, no hints');
    const stray = ofRule(seed('000'), RULE);
    assert.deepEqual(stray.map((finding) => finding.under), [',', ',']);
  });

  test('fixing is idempotent', () => {
    const once = fixAll(seed('002'), DEFAULT_CONFIG, { rules: new Set([RULE]) }).text;
    assert.deepEqual(ofRule(once, RULE), []);
    assert.equal(fixAll(once, DEFAULT_CONFIG, { rules: new Set([RULE]) }).applied, 0);
  });

  describe('pervasive: more than summaryAbove (default 20) marks', () => {
    const TITLE = '某县水务局2023年政府信息公开工作年度报告';
    /** a report typed with half-width punctuation: `count` commas in its one paragraph */
    const typed = (count: number) => `${TITLE}\n\n一、总体情况\n\n${'本局加强领导,'.repeat(count)}完善机制。\n`;

    test('21 marks: one warning at the title with the count and 全文改为全角标点, each mark a hint with its own fix', () => {
      const findings = ofRule(typed(21), RULE);
      const [summary, ...marks] = findings;
      assert.equal(summary.severity, 'warning');
      assert.equal(summary.message, '应使用全角标点：全文有 21 处半角标点。');
      assert.equal(summary.under, TITLE);
      assert.equal(summary.fix?.title, '全文改为全角标点');
      assert.equal(summary.fix?.safety, 'safe');
      assert.equal(marks.length, 21);
      assert.ok(marks.every((mark) => mark.severity === 'hint' && mark.under === ',' && mark.fix?.title === '改为“，”'));
      assert.equal(applyEdits(typed(21), [summary.fix!.edit]).text, typed(21).replaceAll(',', '，'), 'the summary\'s fix changes every mark, nothing else');
      assert.equal(ofRule(typed(21), RULE, { locale: 'en' })[0].message, 'Use full-width punctuation: 21 half-width marks in the text.');
    });

    test('the summary\'s fix changes a mark inside a pair of brackets too', () => {
      const text = typed(21).replace('完善机制。', '完善机制(一是制度,二是流程)。');
      const [summary] = ofRule(text, RULE);
      assert.equal(summary.message, '应使用全角标点：全文有 23 处半角标点。');
      assert.equal(applyEdits(text, [summary.fix!.edit]).text, typed(21).replaceAll(',', '，').replace('完善机制。', '完善机制（一是制度，二是流程）。'));
      assert.equal(fixAll(text, DEFAULT_CONFIG, { safeOnly: true }).text, applyEdits(text, [summary.fix!.edit]).text, 'fix-all, mark by mark, does the same');
    });

    test('20 marks: each a warning of its own, no summary', () => {
      const findings = ofRule(typed(20), RULE);
      assert.equal(findings.length, 20);
      assert.ok(findings.every((finding) => finding.severity === 'warning' && finding.under === ','));
    });

    test('a severity configured for the rule applies to the summary; the marks stay hints', () => {
      for (const severity of ['error', 'info'] as const) {
        const severities = ofRule(typed(30), RULE, { rules: { [RULE]: severity } }).map((finding) => finding.severity);
        assert.deepEqual([...new Set(severities)], [severity, 'hint'], severity);
        assert.equal(severities.filter((found) => found === severity).length, 1);
      }
    });

    test('the option summaryAbove sets the threshold (.gkreportrc.json: ["warning", { "summaryAbove": 5 }])', () => {
      const { config, problems } = resolveConfig({ rules: { [RULE]: ['warning', { summaryAbove: 5 }] } });
      assert.deepEqual(problems, []);
      assert.equal(ofRule(typed(6), RULE, config)[0].message, '应使用全角标点：全文有 6 处半角标点。');
      assert.ok(ofRule(typed(5), RULE, config).every((finding) => finding.under === ','));
      assert.equal(resolveConfig({ rules: { [RULE]: ['warning', { summaryAbove: -1 }] } }).problems.length, 1);
    });

    test('marks under a suppression comment are neither counted nor changed by the summary\'s fix', () => {
      const text = typed(30).replace('一、总体情况\n\n', '一、总体情况\n\n<!-- gkreport-disable punctuation-width -->\n本局,加强,领导,完善,机制。\n<!-- gkreport-enable punctuation-width -->\n\n');
      const [summary, ...marks] = ofRule(text, RULE);
      assert.equal(summary.message, '应使用全角标点：全文有 30 处半角标点。');
      assert.equal(marks.length, 30);
      assert.equal(applyEdits(text, [summary.fix!.edit]).text, typed(30).replaceAll(',', '，').replace('一、总体情况\n\n', '一、总体情况\n\n<!-- gkreport-disable punctuation-width -->\n本局,加强,领导,完善,机制。\n<!-- gkreport-enable punctuation-width -->\n\n'));
      // 18 shown and 4 suppressed: under the threshold, no summary
      const few = typed(18).replace('一、总体情况\n\n', '一、总体情况\n\n<!-- gkreport-disable-next-line punctuation-width -->\n本局,加强,领导,完善,机制。\n\n');
      assert.ok(ofRule(few, RULE).every((finding) => finding.severity === 'warning' && finding.under === ','));
      assert.equal(ofRule(few, RULE).length, 18);
    });

    test('seed 003 (a report typed with half-width punctuation): one summary among its findings, 279 hints', () => {
      const findings = ofRule(seed('003'), RULE);
      assert.deepEqual(findings.filter((finding) => finding.severity !== 'hint').map((finding) => finding.message), ['应使用全角标点：全文有 279 处半角标点。']);
      assert.equal(findings.filter((finding) => finding.severity === 'hint').length, 279);
    });

    test('fix-all applies the marks one by one (counted by rule), not the summary on top of them', () => {
      const fixed = fixAll(typed(25), DEFAULT_CONFIG, { safeOnly: true });
      assert.equal(fixed.text, typed(25).replaceAll(',', '，'));
      assert.deepEqual(fixed.byRule, { [RULE]: 25 });
      assert.deepEqual(ofRule(fixed.text, RULE), []);
    });
  });
});
