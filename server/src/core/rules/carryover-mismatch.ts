import type { ColumnSpec } from '../formats/schema';
import type { MessageKey } from '../messages';
import type { MatchedRow, Report, StandardTable, ValueCell } from '../model/types';
import { numericValue } from '../text/numbers';
import { defineRule, type FindingInput } from './define';

export default defineRule({
  meta: {
    id: 'carryover-mismatch',
    defaultSeverity: 'warning',
    description: { zh: '与上一年度报告的结转数、现行有效件数不衔接', en: "figures that do not carry over from last year's report" },
    fixable: false,
  },
  check(report, add, context) {
    const previous = context.previous;
    if (!previous || !report.year || previous.report.year?.year !== report.year.year - 1) return;
    const name = previous.name;
    const now = tables(report);
    const before = tables(previous.report);
    if (now.t3 && before.t3) {
      const carried = row(now.t3, 'carried');
      for (const cell of carried?.cells ?? []) {
        const last = value(row(before.t3, 'forward'), cell.columnId);
        const current = numericValue(cell.value);
        if (last === undefined || current === undefined || last === current) continue;
        add(finding(cell, 'carryover-mismatch/carried', { column: columnLabel(now.t3, cell.columnId), current, last, name }));
      }
    }
    if (now.t2 && before.t2 && now.t2.spec.era === '2021' && before.t2.spec.era === '2021') {
      for (const rowId of ['rules', 'normative']) {
        const thisYear = row(now.t2, rowId);
        const inForce = thisYear?.cells.find((cell) => cell.columnId === 'inForce');
        const lastInForce = value(row(before.t2, rowId), 'inForce');
        const issued = value(thisYear, 'issued');
        const repealed = value(thisYear, 'repealed');
        const current = inForce ? numericValue(inForce.value) : undefined;
        if (!inForce || current === undefined || lastInForce === undefined || issued === undefined || repealed === undefined) continue;
        const expected = lastInForce + issued - repealed;
        if (expected === current) continue;
        const label = now.t2.spec.rows.find((spec) => spec.id === rowId)!.label;
        add(finding(inForce, 'carryover-mismatch/in-force', { row: label, current, expected, last: lastInForce, issued, repealed, name }));
      }
    }
  },
});

function tables(report: Report): { t2?: StandardTable; t3?: StandardTable } {
  const standard = report.tables.filter((table): table is StandardTable => table.kind === 'standard');
  return { t2: standard.find((table) => table.spec.id === 't2'), t3: standard.find((table) => table.spec.id === 't3') };
}

function row(table: StandardTable, rowId: string): MatchedRow | undefined {
  return table.rows.find((candidate) => candidate.rowId === rowId);
}

function value(matched: MatchedRow | undefined, columnId: string): number | undefined {
  const cell = matched?.cells.find((candidate) => candidate.columnId === columnId);
  return cell ? numericValue(cell.value) : undefined;
}

function columnLabel(table: StandardTable, columnId: string): string {
  return (table.spec.columns.find((column: ColumnSpec) => column.id === columnId)?.label) ?? columnId;
}

function finding(cell: ValueCell, key: MessageKey, params: Record<string, string | number>): FindingInput {
  return { span: cell.cell.span, message: { key, params } };
}
