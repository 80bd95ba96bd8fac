import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { applyEdits, codeLenses, createChecker, DEFAULT_CONFIG, formatTables, hoverAt, type Checker, type Finding, type Report, type Rule } from '../../server/src/core';

const ROOT = path.join(__dirname, '..', '..', '..');
const BASES = [
  ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'seeds')).map((file) => path.join('test', 'fixtures', 'seeds', file)),
  ...fs.readdirSync(path.join(ROOT, 'examples')).map((file) => path.join('examples', file)),
].map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8'));

const JUNK = ['', '|', '||', '\t', '-', '—', 'XX', '填写', '-3', '1.5', '3,985', '２５', '（', '）', '〔2012〕', '等3个', '其中', '占12%', '\u200b', '\uFEFF', '😀', '\uD83D', '\uDE00', '\r', '\u3000', '一、', '（一）', '# ', '**', '<!-- gkreport-disable -->', '<!-- gkreport-enable x -->',
  // law-title and heading-wording: a misnamed 条例, the old decree and the other era's notice, a doubled character
  '《政府公开信息条例》', '（国务院令第492号）', '国办公开办函〔2019〕60号格式', '况',
  // the other proofreading rules: a word written twice, an enumeration that skips, an unclosed title mark, template text
  '工作工作', '的的', '三是', '；二是', '《《', '编写说明：', '（填写）', '&nbsp;', '<br>'];

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => (text: string) => { const lines = text.split('\n'); lines.splice(n % (lines.length || 1), 1); return lines.join('\n'); }),
  fc.nat().map((n) => (text: string) => { const lines = text.split('\n'); const at = n % (lines.length || 1); lines.splice(at, 0, lines[at] ?? ''); return lines.join('\n'); }),
  fc.tuple(fc.nat(), fc.constantFrom(...JUNK)).map(([n, junk]) => (text: string) => { const at = n % (text.length + 1); return text.slice(0, at) + junk + text.slice(at); }),
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([n, length]) => (text: string) => { const at = n % (text.length + 1); return text.slice(0, at) + text.slice(at + length); }),
  fc.tuple(fc.nat(), fc.constantFrom(...JUNK)).map(([n, junk]) => (text: string) => {
    const cells = [...text.matchAll(/\| ([^|\n]*) (?=\|)/g)];
    if (cells.length === 0) return text;
    const cell = cells[n % cells.length];
    return text.slice(0, cell.index! + 2) + junk + text.slice(cell.index! + 2 + cell[1].length);
  }),
  fc.string({ unit: 'binary', maxLength: 30 }).map((noise) => (text: string) => `${noise}${text}`),
  fc.constant((text: string) => text.replace(/\n/g, '\r\n')),
  fc.constant((text: string) => text.replace(/\n/g, (match, offset: number) => (offset % 3 === 0 ? '\r\n' : offset % 3 === 1 ? '\r' : match))),
  fc.constant((text: string) => `\uFEFF${text}`),
  fc.constant((text: string) => `${text}\n${'| 1 '.repeat(10000)}|\n`),
  fc.constant(() => ''),
  fc.constant(() => ' \n\t\n   \n'),
);

/** A window of a seed or an example, with a few mutations. */
export const documents: fc.Arbitrary<string> = fc.tuple(
  fc.nat({ max: BASES.length - 1 }), fc.nat(), fc.integer({ min: 50, max: 4000 }), fc.array(mutation, { maxLength: 4 }),
).map(([base, start, length, mutations]) => {
  const text = BASES[base];
  const from = start % Math.max(1, text.length);
  return mutations.reduce((current, mutate) => mutate(current), text.slice(from, from + length));
});

function isSurrogateSplit(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

const key = (findings: readonly Finding[]) => JSON.stringify(findings.map((f) => [f.ruleId, f.severity, f.message, f.span, f.fix?.edit]));

export interface CheckResult {
  readonly milliseconds: number;
}

/** A rule that throws is isolated by the checker (the others still report): the fuzz suite must hear of it and fail. */
const failOnRuleError = (ruleId: string, error: unknown): never => {
  throw new Error(`rule ${ruleId} threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
};

/** One checker for the whole run, as in the server: each document is checked after the others left their caches. */
const shared = createChecker({ onRuleError: failOnRuleError });

/** The invariants every document must satisfy; throws on a violation. `rules`: other rules than the product's (to test the suite itself). */
export function checkInvariants(text: string, fixesToTry = 3, rules?: readonly Rule[]): CheckResult {
  const fresh = (): Checker => createChecker({ onRuleError: failOnRuleError, ...(rules ? { rules } : {}) });
  const warm = rules ? fresh() : shared;
  const analyze = (input: string, checker: Checker = fresh()) => checker.check({ uri: 'fuzz:', text: input, config: DEFAULT_CONFIG }).analysis;
  const start = performance.now();
  const { findings, report } = analyze(text, warm);
  const milliseconds = performance.now() - start;
  checkSpans(text, findings);
  // only a report whose unit and year can be read has last year's report to compare with
  if (report.unitName && report.year) checkCrossYear(text, warm, fresh);
  if (key(analyze(text, warm).findings) !== key(findings)) throw new Error('findings differ between two checks of the same text');
  // the first check reused what the previous documents left in the caches (tables moved, lines converted)
  if (key(analyze(text).findings) !== key(findings)) throw new Error('a check after other documents differs from a check with empty caches');
  const errorsBefore = findings.filter((finding) => finding.severity === 'error').length;
  for (const finding of findings.filter((candidate) => candidate.fix).slice(0, fixesToTry)) {
    const fixed = applyEdits(text, [finding.fix!.edit]).text;
    const after = analyze(fixed, warm).findings;
    // the fixed text itself is not reported again by the same rule (a fix may expose a neighbour: "(…);" → "（…）;")
    const edit = finding.fix!.edit;
    const written = { start: edit.span.start, end: edit.span.start + edit.text.length };
    if (after.some((candidate) => candidate.ruleId === finding.ruleId && candidate.span.start === written.start && candidate.span.end === written.end)) {
      throw new Error(`the ${finding.ruleId} fix "${finding.fix!.title}" did not remove its finding`);
    }
    const errorsAfter = after.filter((candidate) => candidate.severity === 'error').length;
    if (errorsAfter > errorsBefore) throw new Error(`the ${finding.ruleId} fix "${finding.fix!.title}" added errors (${errorsBefore} → ${errorsAfter})`);
  }
  checkFormatting(text, report, (input) => analyze(input, warm).report);
  const once = warm.fixAll(text, DEFAULT_CONFIG).text;
  const twice = warm.fixAll(once, DEFAULT_CONFIG);
  if (twice.applied !== 0) throw new Error('fix-all is not idempotent');
  if (key(analyze(once, warm).findings) !== key(analyze(once).findings)) throw new Error('the fixed text checks differently twice');
  return { milliseconds };
}

/** Format Document replaces only padding, pipes and delimiter dashes, and has nothing left to do the second time. */
function checkFormatting(text: string, report: Report, reportOf: (text: string) => Report): void {
  const edits = formatTables(report);
  if (edits.length === 0) return;
  for (const edit of edits) {
    if (!/^[ \t|:-]*$/.test(text.slice(edit.span.start, edit.span.end)) || !/^[ |:-]*$/.test(edit.text)) {
      throw new Error(`formatting replaced ${JSON.stringify(text.slice(edit.span.start, edit.span.end))} with ${JSON.stringify(edit.text)}: more than padding`);
    }
  }
  const formatted = applyEdits(text, edits).text;
  if (formatTables(reportOf(formatted)).length > 0) throw new Error('formatting is not idempotent');
}

function checkSpans(text: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const { start: from, end: to } = finding.span;
    if (!(from >= 0 && from <= to && to <= text.length)) throw new Error(`${finding.ruleId}: span ${from}-${to} outside 0-${text.length}`);
    if (isSurrogateSplit(text, from) || isSurrogateSplit(text, to)) throw new Error(`${finding.ruleId}: span ${from}-${to} splits a surrogate pair`);
    if (finding.fix) {
      const edit = finding.fix.edit.span;
      if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length)) throw new Error(`${finding.ruleId}: fix ${edit.start}-${edit.end} outside the text`);
    }
  }
}

/**
 * The document beside itself as last year's report of its unit (every year one less), so that the cross-year
 * rules run (carryover-mismatch, content-repeat): spans stay in the text, the title's lens and hover do not throw,
 * and a warm check equals a fresh one. The warm checker forgets both files afterwards, as a host does.
 */
function checkCrossYear(text: string, warm: Checker, fresh: () => Checker): void {
  const lastYear = text.replace(/((?:19|20)\d{2})(\s*年)/g, (_, year: string, rest: string) => `${Number(year) - 1}${rest}`);
  const check = (checker: Checker) => {
    checker.addFile({ uri: 'fuzz-last-year:', text: lastYear, config: DEFAULT_CONFIG });
    const { analysis } = checker.check({ uri: 'fuzz-this-year:', text, config: DEFAULT_CONFIG });
    checker.close('fuzz-this-year:');
    checker.removeFile('fuzz-last-year:');
    return analysis;
  };
  const analysis = check(warm);
  checkSpans(text, analysis.findings);
  for (const lens of codeLenses(analysis, 'zh-CN')) if (!(lens.offset >= 0 && lens.offset <= text.length)) throw new Error(`a lens at ${lens.offset} outside the text`);
  if (analysis.report.title) hoverAt(analysis, analysis.report.title.span.start, 'zh-CN');
  if (key(check(fresh()).findings) !== key(analysis.findings)) throw new Error('a cross-year check after other documents differs from one with empty caches');
}

/** ReDoS inputs: 100 KB of what the expressions look for, with nothing to stop them. */
export const ADVERSARIAL: readonly [string, string][] = [
  ['commas and 、', '甲、'.repeat(50000)],
  ['等 lists', `${'名、'.repeat(30000)}等3个`],
  ['pipes', '|'.repeat(100000)],
  ['digits', '1'.repeat(100000)],
  ['digits and commas', '1,'.repeat(50000)],
  ['brackets without 号', '府〔2012〕'.repeat(12000)],
  ['dates', '2020年1月'.repeat(14000)],
  ['headings', '一、'.repeat(50000)],
  ['其中 without end', `共10件，其中${'甲1件、'.repeat(20000)}`],
  ['half-width punctuation', '中,'.repeat(50000)],
  ['parentheses', '（('.repeat(50000)],
  ['suppression comments', '<!-- gkreport-disable '.repeat(5000)],
  ['tab cells', '\t1'.repeat(50000)],
  ['one line of Han', '政'.repeat(100000)],
];
