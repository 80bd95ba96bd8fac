import { eraById } from '../formats';
import type { Breakdown, BreakdownRow, Cell, GenericTable, Grid, GridRow } from '../model/types';
import { withoutComments } from '../text/delimited';
import { parseCellValue } from '../text/numbers';
import { overlappingBreakdown } from '../prose/partitions';

const ITEM_NUMBER = /^(\d{1,2})\s*[.．、]/;

interface LabelledRow extends BreakdownRow {
  readonly normalized: string;
}

/**
 * Any table that is not 表二/三/四: only the "a total, then 其中 1..n" convention is checked, and not where the
 * template says the items overlap (主动公开 by channel, "不同渠道和方式公开相同信息计1条"; in any era, since
 * such a table says nothing of its era).
 */
export function genericTable(grid: Grid, labelOf: (cell: Cell) => string): GenericTable {
  const convention = eraById('2008').breakdown;
  const rows = grid.rows.map((row) => labelled(row, labelOf)).filter((row): row is LabelledRow => row !== undefined);
  const breakdowns: Breakdown[] = [];
  for (let index = 1; index < rows.length; index++) {
    const introducer = convention.introducers.find((word) => rows[index].normalized.startsWith(word));
    if (!introducer) continue;
    const items: LabelledRow[] = [];
    let expected = 1;
    for (let at = index; at < rows.length; at++) {
      const label = at === index ? rows[at].normalized.slice(introducer.length).replace(/^[:：]/, '') : rows[at].normalized;
      const number = ITEM_NUMBER.exec(label);
      if (!number || Number(number[1]) !== expected) break;
      items.push(rows[at]);
      expected++;
    }
    if (items.length < convention.minItems) continue;
    if (overlappingBreakdown('unknown', rows[index - 1].normalized, items.map((item) => item.normalized))) continue;
    breakdowns.push({ total: rows[index - 1], items });
  }
  return { kind: 'generic', grid, breakdowns };
}

function labelled(row: GridRow, labelOf: (cell: Cell) => string): LabelledRow | undefined {
  const label = row.cells.find((cell) => cell.text !== '' && parseCellValue(cell.text).kind === 'text');
  if (!label) return undefined;
  const numbers = row.cells.filter((cell) => parseCellValue(cell.text).kind === 'number');
  const last = row.cells[row.cells.length - 1];
  const cell = numbers[numbers.length - 1] ?? (last !== label && parseCellValue(last.text).kind === 'blank' ? last : undefined);
  return {
    label: withoutComments(label.text).trim(),
    labelSpan: label.span,
    normalized: labelOf(label),
    cell,
    value: cell ? parseCellValue(cell.text) : { kind: 'blank' },
  };
}
