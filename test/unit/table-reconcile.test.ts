import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { consistentNumbers, lineOf, makeReport, setCell, type Era, type Layout } from '../helpers/reports';
import { seed } from '../helpers/seeds';

const RULE = 'table-reconcile';
const LAYOUTS: Layout[] = ['pipe', 'pipe-merged', 'tsv', 'lines'];
const ERAS: Era[] = ['2019', '2021'];

/** One wrong cell per case: the row, column, wrong text, the correct value, and the equations it breaks. */
const CASES = [
  { name: 'R3.1 (上年结转)', row: 'carried', column: 'natural', wrong: '9', right: '3', equations: ['R3.1', 'R3.2'] },
  { name: 'R3.2 (a row total)', row: 'open', column: 'total', wrong: '30', right: '24', equations: ['R3.2', 'R3.3'] },
  { name: 'R3.3 (a result cell)', row: 'unable1', column: 'business', wrong: '5', right: '2', equations: ['R3.2', 'R3.3'] },
  { name: 'R4.1 (行政复议总计)', row: 'cases', column: 'review.total', wrong: '7', right: '4', equations: ['行政复议总计应等于'] },
  { name: 'R4.2 (直接起诉总计)', row: 'cases', column: 'direct.total', wrong: '3', right: '2', equations: ['行政诉讼（未经复议直接起诉）总计应等于'] },
  { name: 'R4.3 (复议后起诉总计)', row: 'cases', column: 'after.total', wrong: '1', right: '0', equations: ['行政诉讼（复议后起诉）总计应等于'] },
];

const LABEL_OF_ROW: Record<string, string> = { carried: '上年结转', open: '予以公开', unable1: '本机关不掌握' };
/** one cell per line: a row's numbers follow its label in the column order 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计 */
const LINES_AFTER_LABEL: Record<string, number> = { natural: 1, business: 2, total: 7 };

describe('table-reconcile', () => {
  for (const era of ERAS) for (const layout of LAYOUTS) {
    describe(`${era} format, ${layout} layout`, () => {
      test('a correct report gives no finding', () => {
        assert.deepEqual(ofRule(makeReport({ era, layout }), RULE), []);
      });

      for (const wrongCell of CASES) {
        test(`${wrongCell.name}: caught on the right line with the right value, and the fix repairs it`, () => {
          const numbers = setCell(consistentNumbers(era), wrongCell.row, wrongCell.column, wrongCell.wrong);
          const text = makeReport({ era, layout, numbers });
          const findings = ofRule(text, RULE);
          assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
          const [finding] = findings;
          assert.equal(finding.under, wrongCell.wrong);
          if (wrongCell.row in LABEL_OF_ROW) {
            const labelLine = lineOf(text, LABEL_OF_ROW[wrongCell.row]);
            const expectedLine = layout === 'lines' ? labelLine + LINES_AFTER_LABEL[wrongCell.column] : labelLine;
            assert.equal(finding.line, expectedLine);
          }
          for (const equation of wrongCell.equations) assert.ok(finding.message.includes(equation), finding.message);
          assert.match(finding.message, new RegExp(`应为 ${wrongCell.right}|改为 ${wrongCell.right} `));
          assert.equal(finding.fix?.edit.text, wrongCell.right);
          const fixed = applyRuleFixes(text, RULE);
          assert.deepEqual(ofRule(fixed, RULE), []);
          assert.equal(fixed, makeReport({ era, layout }));
        });
      }
    });
  }

  test('the message names the equation in words, both sides and the expected value', () => {
    const numbers = setCell(consistentNumbers('2021'), 'cases', 'review.total', '5');
    const [finding] = ofRule(makeReport({ numbers }), RULE);
    assert.equal(finding.message,
      '行政复议总计应等于结果维持、结果纠正、其他结果与尚未审结之和：结果维持 2 + 结果纠正 1 + 其他结果 0 + 尚未审结 1 = 4，而总计填写为 5；应为 4。');
    const [english] = ofRule(makeReport({ numbers }), RULE, { locale: 'en' });
    assert.match(english.message, /^reconsideration: the total must equal upheld \+ corrected \+ other \+ pending: upheld 2 \+ corrected 1 \+ other result 0 \+ pending 1 = 4, but total is 5; expected 4\.$/);
  });

  test('two wrong cells in one row are reported where each equation fails, not guessed, and no fix breaks what holds', () => {
    const numbers = setCell(setCell(consistentNumbers('2021'), 'open', 'natural', '21'), 'open', 'business', '4');
    const findings = ofRule(makeReport({ numbers }), RULE);
    assert.ok(findings.length >= 2);
    assert.ok(findings.every((finding) => !finding.message.includes('此单元格使')));
    const rowTotal = findings.find((finding) => finding.message.includes('“予以公开”行'));
    assert.ok(rowTotal);
    assert.equal(rowTotal.under, '24');
    // 24 agrees with the 总计 column (R3.3 holds): writing 26 would break it, so no fix is offered
    assert.equal(rowTotal.fix, undefined);
  });

  test('R3.1 alone (a carried-over row consistent with itself) is reported on 结转下年度 without a fix', () => {
    let numbers = setCell(consistentNumbers('2021'), 'carried', 'natural', '4');
    numbers = setCell(numbers, 'carried', 'total', '5');
    const findings = ofRule(makeReport({ numbers }), RULE);
    const natural = findings.find((finding) => finding.message.includes('“自然人”列'));
    assert.ok(natural, findings.map((f) => f.message).join('\n'));
    assert.match(natural.message, /第一项加第二项之和应等于第三项加第四项之和（“自然人”列）：本年新收 60 \+ 上年结转 4 = 64，办理结果总计 56 \+ 结转下年度 7 = 63，相差 1/);
    assert.equal(natural.fix, undefined);
  });

  test('a 小计 row\'s 总计 that its row and its column want different values for: both reported, neither with a fix', () => {
    // （三）不予公开 with only its 总计 written: its row's blanks add up to 0, its items to 3
    const text = makeReport().replace('| （三）不予公开 |  |  |  |  |  |  |  |', '| （三）不予公开 |  |  |  |  |  |  | 5 |');
    assert.notEqual(text, makeReport());
    const onTotal = ofRule(text, RULE).filter((finding) => finding.under === '5');
    assert.deepEqual(onTotal.map((finding) => /应为 (\d+)/.exec(finding.message)?.[1]).sort(), ['0', '3']);
    assert.ok(onTotal.every((finding) => finding.fix === undefined), 'writing 0 or 3 leaves the other finding on the cell');
  });

  test('a blank 总计 whose parts are not zero is a finding, and the fix fills it', () => {
    const numbers = setCell(consistentNumbers('2021'), 'partial', 'total', '');
    const text = makeReport({ numbers });
    const findings = ofRule(text, RULE);
    const blank = findings.find((finding) => finding.message.includes('为空'));
    assert.ok(blank, findings.map((f) => f.message).join('\n'));
    assert.equal(blank.fix?.edit.text.trim(), '6');
    const fixed = applyRuleFixes(text, RULE);
    assert.deepEqual(ofRule(fixed, RULE), []);
    assert.equal(fixed, makeReport());
  });

  test('blanks, "-" and "/" count as zero', () => {
    let numbers = consistentNumbers('2021');
    numbers = setCell(setCell(setCell(numbers, 'open', 'research', '-'), 'open', 'nonprofit', '/'), 'open', 'others', '');
    assert.deepEqual(ofRule(makeReport({ numbers }), RULE), []);
  });

  describe('the 2008-era 附表: a total followed by 其中 1..n', () => {
    test('seeds 000 and 001 add up: no finding', () => {
      assert.deepEqual(ofRule(seed('000'), RULE), []);
      assert.deepEqual(ofRule(seed('001'), RULE), []);
    });

    test('seed 001 with 申请总数 changed from 91 to 92 is caught on that line, expecting 91', () => {
      const text = seed('001').replace('申請總數\n91', '申請總數\n92');
      const findings = ofRule(text, RULE);
      assert.equal(findings.length, 1);
      assert.equal(findings[0].line, lineOf(text, '申請總數') + 1);
      assert.equal(findings[0].fix?.edit.text, '91');
      assert.deepEqual(ofRule(applyRuleFixes(text, RULE), RULE), []);
    });

    test('an unnumbered single "其中" remark is not a complete breakdown', () => {
      const text = seed('000').replace('申请总数\n\t0', '申请总数\n\t5');
      assert.deepEqual(ofRule(text, RULE), []);
    });
  });
});
