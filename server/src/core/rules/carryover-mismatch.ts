import { CROSS_YEAR_EQUATIONS, type CrossYearEquation } from '../formats/carryover';
import type { StandardTable } from '../model/types';
import { firstStandardTable, valueCell } from '../model/cells';
import { numericValue } from '../text/numbers';
import { defineRule, type FindingInput } from './kit/define';
import { unitKey } from '../parse/meta';
import { messages } from './carryover-mismatch/messages';

export default defineRule({
  meta: {
    id: 'carryover-mismatch',
    name: { zh: '上年衔接', en: 'Carry-over' },
    defaultSeverity: 'warning',
    description: { zh: '与上一年度报告的结转数、现行有效件数不衔接', en: "figures that do not carry over from last year's report" },
    fixable: false,
  },
  check(report, add, context) {
    const previous = context.previous;
    if (!previous || !report.year || previous.report.year?.year !== report.year.year - 1) return;
    // only last year's report of the same unit carries over into this one, whoever handed it over
    const unit = unitKey(report);
    if (!unit || unitKey(previous.report) !== unit) return;
    for (const equation of CROSS_YEAR_EQUATIONS) {
      const now = firstStandardTable(report, equation.table);
      const before = firstStandardTable(previous.report, equation.table);
      if (!now || !before || !equation.eras.includes(now.spec.era) || !equation.eras.includes(before.spec.era)) continue;
      for (const finding of crossYearFindings(equation, now, before, previous.name)) add(finding);
    }
  },
});

/** One finding per row or column where this year's cell differs from what last year's report and this year's figures give. */
function crossYearFindings(equation: CrossYearEquation, now: StandardTable, before: StandardTable, name: string): FindingInput[] {
  const byRow = equation.each === 'row';
  const targets = equation.over ?? (byRow ? now.rows.map((row) => row.rowId) : now.columnIds);
  const findings: FindingInput[] = [];
  for (const target of targets) {
    const cellOf = (table: StandardTable, id: string) => (byRow ? valueCell(table, target, id) : valueCell(table, id, target));
    const checked = cellOf(now, equation.left[0].id);
    const current = checked && numericValue(checked.value);
    if (!checked || current === undefined) continue;
    const params: Record<string, string | number> = { name };
    let expected = 0;
    let readable = true;
    for (const term of equation.right) {
      const found = cellOf(term.year === 'this' ? now : before, term.id);
      const value = found && numericValue(found.value);
      if (value === undefined) {
        readable = false;
        break;
      }
      expected += term.sign * value;
      if (term.param) params[term.param] = value;
    }
    if (!readable || Math.abs(expected - current) < 1e-9) continue;
    if (byRow) params.row = now.spec.rows.find((row) => row.id === target)?.label ?? target;
    else params.column = now.spec.columns.find((column) => column.id === target)?.label ?? target;
    findings.push({ span: checked.cell.span, severity: equation.severity, message: { key: equation.message, template: templateOf(equation.message), params: { ...params, current, expected } } });
  }
  return findings;
}

/** The rule's own template for an equation's message key (formats/carryover.ts names them). */
function templateOf(key: string) {
  const entry = Object.values(messages).find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`carryover-mismatch has no message ${key}`);
  return entry;
}
