import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_CONFIG, fixAll } from '../../server/src/core';
import { check } from '../helpers/check';
import { makeReport } from '../helpers/reports';

const OPENING = '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2021〕30号印发的年度报告格式要求编制。';
const OVERVIEW = '2022年，区政府办公室坚持以公开为常态、不公开为例外，持续推进政务公开工作，取得实效。';

/** A district office's complete 2022 report in the 2021 format, with `slips` written into it as a clerk would. */
function report(slips: { heading?: string; opening?: string; overview?: string } = {}): string {
  const text = makeReport({ year: 2022, unit: '某市某区人民政府办公室', intro: slips.opening ?? OPENING, overview: slips.overview ?? OVERVIEW });
  return slips.heading ? text.replace('二、主动公开政府信息情况', slips.heading) : text;
}

const PROOFREADING_FIXES = ['repeated-word', 'law-title', 'heading-wording'];

describe('fix-all with the proofreading fixes', () => {
  const slipped = report({
    heading: '二、主公开政府信息情况',
    opening: OPENING.replace('政府信息公开条例', '政府公开信息条例'),
    overview: OVERVIEW.replace('推进', '推进推进').replace('，取得', ',取得'),
  });

  test('each slip is found once, with a review fix (the half-width comma with a safe one)', () => {
    const fixable = check(slipped).filter((finding) => finding.fix);
    assert.deepEqual(fixable.map((finding) => finding.ruleId).sort(), [...PROOFREADING_FIXES, 'punctuation-width'].sort());
    for (const finding of fixable) assert.equal(finding.fix!.safety, finding.ruleId === 'punctuation-width' ? 'safe' : 'review', finding.ruleId);
  });

  test('fix-on-save (safe only) fixes the comma and leaves every proofreading slip for review', () => {
    const saved = fixAll(slipped, DEFAULT_CONFIG, { safeOnly: true }).text;
    assert.equal(saved, slipped.replace('政务公开工作,取得实效', '政务公开工作，取得实效'));
    assert.deepEqual(check(saved).filter((finding) => finding.fix).map((finding) => finding.ruleId).sort(), [...PROOFREADING_FIXES].sort());
  });

  test('fix-all applies them all together, gives the report as it should read, and settles', () => {
    const fixed = fixAll(slipped, DEFAULT_CONFIG);
    assert.equal(fixed.text, report());
    assert.deepEqual(check(fixed.text).filter((finding) => finding.fix), []);
    assert.equal(fixAll(fixed.text, DEFAULT_CONFIG).applied, 0);
  });
});
