import { ALL_UPHELD, NOT_UPHELD, PROSE_CLAIMS, type ClaimSpec } from '../formats/claims';
import { splitCellRef } from '../formats/resolve';
import type { Localized } from '../formats/schema';
import type { Span } from '../text/span';
import type { Report } from '../model/types';
import { firstStandardTable, valueCell } from '../model/cells';
import { numericValue } from '../text/numbers';
import { HEDGED, proseSentences, unquoted, type Quantity } from './quantities';
import { namesAnotherBody } from './subject';

const COUNT_UNITS = new Set(['件', '宗', '起', '个', '份', '件次']);

export interface Comparison {
  readonly claim: ClaimSpec;
  readonly quantity: Quantity;
  /** the stated figure and the words that say what it is */
  readonly span: Span;
  /** the table's value for each alternative, in order */
  readonly tableValues: readonly number[];
  readonly holds: boolean;
}

export interface UpheldClaim {
  readonly span: Span;
  readonly subject: Localized;
  readonly notUpheld: number;
}

function cellValue(report: Report, ref: string): number | undefined {
  const { table: tableId, row: rowId, column: columnId } = splitCellRef(ref);
  const table = firstStandardTable(report, tableId);
  const cell = table && valueCell(table, rowId, columnId);
  return cell ? numericValue(cell.value) : undefined;
}

function sumOf(report: Report, refs: readonly string[]): number | undefined {
  let total = 0;
  for (const ref of refs) {
    const value = cellValue(report, ref);
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

const compiled = PROSE_CLAIMS.map((claim) => ({ claim, regex: new RegExp(claim.pattern) }));

/** Prose figures that map to table cells, with what the tables say. Only figures whose subject is certain. */
export function proseComparisons(report: Report): Comparison[] {
  if (!report.tables.some((table) => table.kind === 'standard')) return [];
  const comparisons: Comparison[] = [];
  for (const sentence of proseSentences(report)) {
    for (const quantity of sentence.quantities) {
      if (!COUNT_UNITS.has(quantity.unit) || HEDGED.test(quantity.label)) continue;
      const label = unquoted(quantity.label);
      const fit = compiled.find(({ regex }) => regex.test(label));
      if (!fit || namesAnotherBody(label, report.unitName)) continue;
      const values = fit.claim.sums.map((refs) => sumOf(report, refs));
      if (values.some((value) => value === undefined)) continue;
      const tableValues = values as number[];
      comparisons.push({
        claim: fit.claim,
        quantity,
        span: { start: quantity.labelStart, end: quantity.span.end },
        tableValues,
        holds: tableValues.includes(quantity.value),
      });
    }
  }
  return comparisons;
}

/** "行政复议7件，诉讼9件，均获维持" while 表四 shows cases corrected, otherwise ended or pending. */
export function upheldClaims(report: Report): UpheldClaim[] {
  const claims: UpheldClaim[] = [];
  for (const sentence of proseSentences(report)) {
    const match = ALL_UPHELD.exec(sentence.text);
    if (!match) continue;
    const refs = [
      ...(/复议/.test(sentence.text) ? NOT_UPHELD.review : []),
      ...(/诉讼/.test(sentence.text) ? NOT_UPHELD.litigation : []),
    ];
    if (refs.length === 0) continue;
    const notUpheld = sumOf(report, refs);
    if (notUpheld === undefined || notUpheld === 0) continue;
    const start = sentence.span.start + match.index;
    claims.push({
      span: { start, end: start + match[0].length },
      subject: /复议/.test(sentence.text) && /诉讼/.test(sentence.text)
        ? { zh: '行政复议和行政诉讼', en: 'reconsiderations and lawsuits' }
        : /复议/.test(sentence.text) ? { zh: '行政复议', en: 'reconsiderations' } : { zh: '行政诉讼', en: 'lawsuits' },
      notUpheld,
    });
  }
  return claims;
}
