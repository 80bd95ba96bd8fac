import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { consistentNumbers, makeReport, renderIn, spec } from '../helpers/reports';

const RULE = 'format-outdated';

describe('format-outdated', () => {
  test('a 2022 report in the 2021 format, and a 2020 report in the 2019 format, are fine', () => {
    assert.deepEqual(ofRule(makeReport({ era: '2021', year: 2022 }), RULE), []);
    assert.deepEqual(ofRule(makeReport({ era: '2019', year: 2020 }), RULE), []);
  });

  test('a 2022 report that still uses the 2019 tables is reported on each old table', () => {
    const text = makeReport({ era: '2019', year: 2022 });
    const findings = ofRule(text, RULE);
    assert.ok(findings.length >= 1);
    assert.match(findings[0].message, /^应采用2021年版格式（2022年度，国办公开办函〔2021〕30号）：“主动公开政府信息情况”仍为2019年版格式/);
  });

  test('one old 表二 inside an otherwise new report is caught', () => {
    const old = renderIn('pipe', spec('t2', '2019'), consistentNumbers('2019'));
    const text = makeReport().replace(/二、主动公开政府信息情况\n\n[^]*?\n\n三、/, `二、主动公开政府信息情况\n\n${old}\n\n三、`);
    assert.equal(ofRule(text, RULE).length, 1);
  });
});
