import { APPENDIX_CLAIMS, type AppendixClaim } from '../formats/appendix';
import type { GenericTable, Report } from '../model/types';
import type { Span } from '../text/span';
import { normalizeLabel, stripNumbering } from '../text/fold';
import { parseCellValue } from '../text/numbers';
import { HEDGED, proseSentences, unquoted, type Quantity } from './quantities';
import { namesAnotherBody } from './subject';

/** A row of a 2008-era 统计表 with a number: its label, value and unit where the table says it. */
export interface AppendixRow {
  readonly label: string;
  readonly caption?: string;
  readonly value: number;
  readonly valueSpan: Span;
  /** from the row's own unit cell, else the table's "单位：条" */
  readonly unit?: string;
}

/**
 * holds / differs: compared; unit: not compared, the prose counts in another unit than the table; ambiguous: not
 * compared, several rows with different values fit the label; another-body: not compared, the figure is a
 * subordinate body's ("县教育局主动公开…").
 */
export type AppendixOutcome = 'holds' | 'differs' | 'unit' | 'ambiguous' | 'another-body';

export interface AppendixComparison {
  readonly claim: AppendixClaim;
  readonly quantity: Quantity;
  readonly rows: readonly AppendixRow[];
  readonly outcome: AppendixOutcome;
}

const UNIT_WORDS = new Set(['件', '条', '个', '项', '次', '人次', '件次', '宗', '起', '份', '万元', '元', '人']);
const UNIT_MARK = /单位\s*[:：]\s*(人次|件次|万元|件|条|个|项|次|宗|起|份|元|人)/;

const compiled = APPENDIX_CLAIMS.map((claim) => ({
  claim,
  prose: new RegExp(claim.prose),
  proseNot: claim.proseNot === undefined ? undefined : new RegExp(claim.proseNot),
  row: new RegExp(claim.row),
}));

/**
 * Prose figures of a 2008-era report against the rows of its 统计表, by label ("主动公开政府信息6404条" against
 * "主动公开信息数 6404"). Compared only where the label fits rows of one value and the units agree; the others
 * are kept with the reason they were not compared, for the hover.
 */
export function appendixComparisons(report: Report): AppendixComparison[] {
  if (report.format !== '2008') return [];
  const tables = report.tables.filter((table): table is GenericTable => table.kind === 'generic');
  if (tables.length === 0) return [];
  const rows = tables.flatMap((table) => appendixRows(report, table));
  const comparisons: AppendixComparison[] = [];
  for (const sentence of proseSentences(report)) {
    for (const quantity of sentence.quantities) {
      if (quantity.unit === '%' || HEDGED.test(quantity.label)) continue;
      const label = unquoted(quantity.label);
      const fit = compiled.find((candidate) => candidate.prose.test(label) && !candidate.proseNot?.test(label));
      if (!fit) continue;
      const matching = rows.filter((row) => fit.row.test(row.label));
      if (matching.length === 0) continue;
      const result = namesAnotherBody(label, report.unitName) ? 'another-body' : outcome(quantity, matching);
      comparisons.push({ claim: fit.claim, quantity, rows: matching, outcome: result });
    }
  }
  return comparisons;
}

function outcome(quantity: Quantity, rows: readonly AppendixRow[]): AppendixOutcome {
  if (new Set(rows.map((row) => row.value)).size > 1) return 'ambiguous';
  if (rows.some((row) => row.unit !== undefined && row.unit !== quantity.unit)) return 'unit';
  return rows[0].value === quantity.value ? 'holds' : 'differs';
}

function appendixRows(report: Report, table: GenericTable): AppendixRow[] {
  const { grid } = table;
  const folded = (span: Span) => report.folded.slice(span.start, span.end);
  const head = grid.rows.length > 0 ? folded({ start: grid.span.start, end: grid.rows[0].span.start }) : '';
  const tableUnit = UNIT_MARK.exec(head)?.[1];
  const caption = grid.caption?.text.trim();
  return grid.rows.flatMap((row) => {
    const labelCell = row.cells.find((cell) => cell.text.trim() !== '' && parseCellValue(cell.text).kind === 'text' && !UNIT_WORDS.has(cell.text.trim()));
    const numbers = row.cells.filter((cell) => parseCellValue(cell.text).kind === 'number');
    const valueCell = numbers[numbers.length - 1];
    if (!labelCell || !valueCell) return [];
    const value = parseCellValue(valueCell.text);
    if (value.kind !== 'number') return [];
    const unitCell = row.cells.find((cell) => UNIT_WORDS.has(folded(cell.span).trim()));
    return [{
      label: stripNumbering(normalizeLabel(folded(labelCell.span))),
      caption,
      value: value.value,
      valueSpan: valueCell.span,
      unit: unitCell ? folded(unitCell.span).trim() : tableUnit,
    }];
  });
}
