import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, type EquationInstance, type Report, type Table } from '../../server/src/core';

/**
 * Reports written by hand from the official templates (see test/golden/README.md), with the findings and the
 * equation counts a reviewer expects written out literally: an oracle that does not come from the format data
 * under test, so an equation with a term dropped, or an equation dropped, fails here.
 */

/** test/golden, seen from out/test/unit */
const GOLDEN = path.join(__dirname, '..', '..', '..', 'test', 'golden');
const TABLE_RULES = ['table-reconcile', 'table-cell', 'table-shape'] as const;

interface ExpectedFinding {
  readonly rule: string;
  readonly line: number;
  readonly text: string;
  /** the value the message says the cell should hold */
  readonly expected: string;
}

interface TableEquations {
  /** t2/t3/t4, or the caption of a 2008-era 附表 */
  readonly table: string;
  readonly era?: string;
  readonly equations: Readonly<Record<string, { readonly count: number; readonly why: string }>>;
}

/**
 * Product bugs the golden reports expose. The fixture stays as the template has it; the check is todo until the
 * product is fixed (a todo test that passes means the bug is gone: remove its entry).
 */
const KNOWN_BUGS: readonly { readonly cases: RegExp; readonly check: string; readonly reason: string }[] = [];

function knownBug(caseName: string, check: string): string | undefined {
  return KNOWN_BUGS.find((bug) => bug.cases.test(caseName) && bug.check === check)?.reason;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(GOLDEN, file), 'utf8')) as T;
}

interface Located {
  readonly rule: string;
  readonly line: number;
  readonly text: string;
  readonly message: string;
}

function tableFindings(text: string): { report: Report; equations: readonly EquationInstance[]; findings: Located[] } {
  const { report, findings, equations } = analyze(text);
  const located = findings
    .filter((finding) => (TABLE_RULES as readonly string[]).includes(finding.ruleId))
    .map((finding) => ({
      rule: finding.ruleId,
      line: report.lines.positionAt(finding.span.start).line + 1,
      text: text.slice(finding.span.start, finding.span.end),
      message: finding.message,
    }));
  return { report, equations, findings: located };
}

function tableKey(table: Table): { table: string; era?: string } {
  return table.kind === 'standard' ? { table: table.spec.id, era: table.spec.era } : { table: table.grid.caption?.text ?? '(no caption)' };
}

/** Equation instances by table and id, the tables keyed as in <case>.equations.json. */
function instanceCounts(equations: readonly EquationInstance[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const instance of equations) {
    const key = tableKey(instance.table).table;
    const byId = counts.get(key) ?? new Map<string, number>();
    byId.set(instance.id, (byId.get(instance.id) ?? 0) + 1);
    counts.set(key, byId);
  }
  return counts;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byPosition = (a: { line: number; text: string }, b: { line: number; text: string }) => a.line - b.line || a.text.localeCompare(b.text);
const brief = ({ rule, line, text }: { rule: string; line: number; text: string }) => ({ rule, line, text });

/** "2021.wrong-part" → "2021" */
const baseOf = (caseName: string) => caseName.split('.')[0];

const CASES = fs.readdirSync(GOLDEN)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => name.slice(0, -'.md'.length))
  .sort();

describe('golden reports written by hand', () => {
  test('there is a clean report for every era and layout the brief names, and every case has its expected findings', () => {
    for (const clean of ['2021', '2019', '2019-template', '2021-subtotal', '2008']) assert.ok(CASES.includes(clean), clean);
    for (const caseName of CASES) {
      assert.ok(fs.existsSync(path.join(GOLDEN, `${caseName}.expected.json`)), `${caseName}.expected.json`);
      if (caseName === baseOf(caseName)) assert.ok(fs.existsSync(path.join(GOLDEN, `${caseName}.equations.json`)), `${caseName}.equations.json`);
      else assert.ok(CASES.includes(baseOf(caseName)), `${caseName} has no clean report`);
    }
    assert.ok(CASES.filter((caseName) => caseName !== baseOf(caseName)).length >= 20);
  });

  for (const caseName of CASES) {
    describe(caseName, () => {
      const text = fs.readFileSync(path.join(GOLDEN, `${caseName}.md`), 'utf8');
      const expected = readJson<ExpectedFinding[]>(`${caseName}.expected.json`);
      const { report, equations, findings } = tableFindings(text);

      if (caseName !== baseOf(caseName)) {
        test('differs from its clean report in exactly one cell', () => {
          const clean = fs.readFileSync(path.join(GOLDEN, `${baseOf(caseName)}.md`), 'utf8').split('\n');
          const lines = text.split('\n');
          assert.equal(lines.length, clean.length);
          const changed = lines.flatMap((line, index) => (line === clean[index] ? [] : [index]));
          assert.equal(changed.length, 1, `lines ${changed.map((index) => index + 1).join(', ')}`);
          const cells = lines[changed[0]].split('|');
          const cleanCells = clean[changed[0]].split('|');
          assert.equal(cells.length, cleanCells.length);
          assert.equal(cells.filter((cell, index) => cell !== cleanCells[index]).length, 1);
        });
      }

      for (const rule of TABLE_RULES) {
        const wanted = expected.filter((finding) => finding.rule === rule).sort(byPosition);
        const title = wanted.length === 0 ? `no ${rule} finding` : `${rule}: ${wanted.map((finding) => `line ${finding.line} "${finding.text}" → ${finding.expected}`).join('; ')}`;
        test(title, { todo: knownBug(caseName, rule) }, () => {
          const got = findings.filter((finding) => finding.rule === rule).sort(byPosition);
          assert.deepEqual(got.map(brief), wanted.map(brief), got.map((finding) => `${finding.line}: ${finding.message}`).join('\n'));
          for (const finding of wanted) {
            const message = got.find((candidate) => candidate.line === finding.line && candidate.text === finding.text)!.message;
            assert.match(message, new RegExp(`(?:应为|改为|应填写) ${escapeRegExp(finding.expected)}(?![\\d.])`));
          }
        });
      }

      if (caseName !== baseOf(caseName)) return;
      const tables = readJson<{ tables: TableEquations[] }>(`${caseName}.equations.json`).tables;

      test(`reads the tables ${tables.map((entry) => entry.table).join(', ')}`, { todo: knownBug(caseName, 'tables') }, () => {
        assert.deepEqual(report.tables.map(tableKey), tables.map(({ table, era }) => (era ? { table, era } : { table })));
      });

      const counts = instanceCounts(equations);
      for (const entry of tables) {
        const produced = counts.get(entry.table) ?? new Map<string, number>();
        const ids = new Set([...Object.keys(entry.equations), ...produced.keys()]);
        for (const id of [...ids].sort()) {
          const count = entry.equations[id]?.count ?? 0;
          const check = `${entry.table} ${id}`;
          test(`${check}: ${count} instances`, { todo: knownBug(caseName, check) }, () => {
            assert.equal(produced.get(id) ?? 0, count, entry.equations[id]?.why ?? `no ${id} expected in ${entry.table}`);
          });
        }
      }
    });
  }
});
