import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { createChecker, type Analysis, type Checker } from '../../server/src/core';
import { seed } from '../helpers/seeds';

const example = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', name), 'utf8');

/** Everything a check hands out: findings with their fixes, and where the tables were found. */
function summary(analysis: Analysis): string {
  return JSON.stringify({
    findings: analysis.findings.map((finding) => [finding.ruleId, finding.severity, finding.message, finding.span, finding.fix?.edit]),
    tables: analysis.report.tables.map((table) => ({
      kind: table.kind,
      grid: table.grid,
      rows: table.kind === 'standard' ? table.rows : table.breakdowns,
    })),
    headings: analysis.report.headings,
    sections: analysis.report.sections.map((section) => [section.span, section.spec?.id]),
    script: analysis.report.script,
  });
}

const check = (checker: Checker, text: string): Analysis => checker.check({ uri: 'file:///report.md', text }).analysis;

/** A check by a checker of its own: nothing kept from any other text. */
function cold(text: string): string {
  return summary(check(createChecker(), text));
}

/** The edited text checked right after the original (caches warm from it) and from empty caches. */
function assertSameAfterEdit(original: string, edited: string, what: string): void {
  const checker = createChecker();
  check(checker, original);
  const warm = summary(check(checker, edited));
  assert.equal(warm, cold(edited), what);
}

const DOCUMENTS: [string, string][] = [
  ['2021 example (pipe tables)', example('2021-complete.md')],
  ['2021 example with mistakes', example('2021-mistakes.md')],
  ['2014 appendix (one cell per line)', example('2014-appendix.txt')],
  ['seed 000 (one cell per line, tab-indented)', seed('000')],
  ['seed 001 (traditional)', seed('001')],
];

describe('a check after an edit reuses unchanged lines and tables, and finds exactly what a fresh check finds', () => {
  for (const [name, text] of DOCUMENTS) {
    test(`${name}: text inserted at the top moves every table`, () => {
      assertSameAfterEdit(text, `补充说明一句。\n${text}`, 'insert at top');
    });
    test(`${name}: a line deleted in the middle`, () => {
      const lines = text.split('\n');
      lines.splice(Math.floor(lines.length / 2), 1);
      assertSameAfterEdit(text, lines.join('\n'), 'delete middle line');
    });
    test(`${name}: every number changed in turn keeps the results of a fresh check`, () => {
      const numbers = [...text.matchAll(/\d+/g)].filter((_, index) => index % 7 === 0).slice(0, 25);
      assert.ok(numbers.length > 0);
      for (const match of numbers) {
        const at = match.index!;
        const edited = `${text.slice(0, at)}${Number(match[0]) + 1}${text.slice(at + match[0].length)}`;
        assertSameAfterEdit(text, edited, `number at ${at}`);
      }
    });
    test(`${name}: the same text twice, and back after an edit`, () => {
      const checker = createChecker();
      const first = summary(check(checker, text));
      check(checker, `${text}\n\n附加一段文字。`);
      assert.equal(summary(check(checker, text)), first);
    });
  }

  test('the same table at two places in one document is reported at both', () => {
    const text = example('2021-mistakes.md');
    const doubled = `${text}\n\n${text}`;
    const checker = createChecker();
    const analysis = check(checker, doubled);
    const reconcile = analysis.findings.filter((finding) => finding.ruleId === 'table-reconcile');
    const once = check(checker, text).findings.filter((finding) => finding.ruleId === 'table-reconcile');
    assert.ok(once.length > 0);
    assert.equal(reconcile.length, once.length * 2);
    assert.equal(summary(analysis), cold(doubled));
  });
});

describe('checkers share nothing', () => {
  test('what one checker keeps does not reach another', () => {
    const text = example('2021-mistakes.md');
    const first = createChecker();
    const second = createChecker();
    const firstTables = check(first, text).report.tables;
    const again = check(first, `补充说明一句。\n${text}`).report.tables;
    const elsewhere = check(second, text).report.tables;
    // the first checker moved its tables (copies of the same objects' results); the second recognised its own
    assert.ok(firstTables.length > 0);
    assert.ok(elsewhere.every((table, index) => table !== firstTables[index]));
    assert.ok(again.every((table, index) => table !== firstTables[index] && table.grid.span.start === firstTables[index].grid.span.start + '补充说明一句。\n'.length));
    // the same text again in the same checker: the same table objects, nothing recomputed
    assert.ok(check(first, text).report.tables.every((table, index) => table === firstTables[index]));
  });
});

describe('caches keep no document version alive', () => {
  test('typing 200 characters into a report does not keep 200 copies of it', () => {
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as () => void;
    const unit = example('2021-complete.md');
    let text = Array.from({ length: 10 }, (_, index) => unit.replace('某市某区', `某市第${index}区`)).join('\n\n');
    const at = text.indexOf('。', 2000) + 1;
    const checker = createChecker();
    check(checker, text);
    collect();
    const before = process.memoryUsage().heapUsed;
    for (let typed = 0; typed < 200; typed++) {
      // as an editor does: a new string for every keystroke
      text = `${text.slice(0, at + typed)}的${text.slice(at + typed)}`;
      check(checker, text);
    }
    collect();
    const grown = process.memoryUsage().heapUsed - before;
    const oneVersion = text.length * 2;
    // a cached line or table that were a view into its version would keep all 200 versions (200 × oneVersion; measured: about 450 before detach, 60 after, mostly the typed line's own versions)
    assert.ok(grown < 120 * oneVersion, `heap grew by ${(grown / 1e6).toFixed(1)} MB, ${(grown / oneVersion).toFixed(0)} versions' worth`);
  });
});
