import type { OverlapSpec } from '../formats/partitions';
import { localize, type Locale } from '../messages';
import type { Report } from '../model/types';
import { tableSpecs } from '../formats';
import { stripNumbering } from '../text/fold';
import { formatNumber } from '../text/numbers';
import { appendixComparisons, type AppendixComparison, type AppendixRow } from './appendix';
import { proseComparisons } from './comparisons';
import { percentClaims } from './percentages';
import { rateClaims, rateTerms } from './rates';
import { breakdownClaims } from './sums';
import type { Caches } from '../cache/caches';
import { memoSlot } from '../cache/object-memo';

/**
 * Every prose claim of a report and what it was compared with, each kind read on first use and kept with the
 * report: the rules that check them and the hovers of that version read the same ones.
 */
export class ProseFacts {
  #comparisons?: ReturnType<typeof proseComparisons>;
  #appendix?: readonly AppendixComparison[];
  #percents?: ReturnType<typeof percentClaims>;
  #rates?: ReturnType<typeof rateClaims>;
  #breakdowns?: ReturnType<typeof breakdownClaims>;

  constructor(private readonly report: Report) {}

  get comparisons() {
    return (this.#comparisons ??= proseComparisons(this.report));
  }

  get appendix() {
    return (this.#appendix ??= appendixComparisons(this.report));
  }

  get percents() {
    return (this.#percents ??= percentClaims(this.report));
  }

  get rates() {
    return (this.#rates ??= rateClaims(this.report));
  }

  get sums() {
    return (this.#breakdowns ??= breakdownClaims(this.report)).sums;
  }

  get overlaps() {
    return (this.#breakdowns ??= breakdownClaims(this.report)).overlaps;
  }
}

/** A report is never moved (each check makes a new one): the memo holds for its version. */
const FACTS = memoSlot<Report, ProseFacts>('prose facts', (facts) => facts);

export function proseFacts(report: Report, caches: Caches): ProseFacts {
  return caches.get(FACTS).get(report, (key) => new ProseFacts(key));
}

/** What a prose figure at `offset` was compared with, for hovers. */
export function describeProseAt(facts: ProseFacts, offset: number, locale: Locale): string[] {
  const at = (span: { start: number; end: number }) => offset >= span.start && offset <= span.end;
  const en = locale === 'en';
  const lines: string[] = [];
  for (const comparison of facts.comparisons) {
    if (!at(comparison.quantity.span)) continue;
    const mark = comparison.holds ? '✓' : '✗';
    const stated = formatNumber(comparison.quantity.value);
    const table = comparison.claim.sums.map((refs, index) => `${refs.map(shortRef).join(' + ')} = ${comparison.tableValues[index]}`).join(en ? ' or ' : ' 或 ');
    lines.push(en
      ? `${mark} ${localize(comparison.claim.subject, locale)}: the text says ${stated}; the tables: ${table}`
      : `${mark} ${localize(comparison.claim.subject, locale)}：正文 ${stated}；表格 ${table}`);
  }
  for (const comparison of facts.appendix) {
    if (!at(comparison.quantity.span)) continue;
    lines.push(describeAppendix(comparison, en));
  }
  for (const claim of facts.percents) {
    if (!at(claim.percent.span)) continue;
    const exact = ((claim.numerator.value / claim.denominator.value) * 100).toFixed(2);
    lines.push(`${claim.holds ? '✓' : '✗'} ${formatNumber(claim.numerator.value)} ÷ ${formatNumber(claim.denominator.value)} = ${exact}%`);
  }
  for (const claim of facts.rates) {
    if (!at(claim.percent.span)) continue;
    const readings = claim.readings.map((reading) => `${rateTerms(reading, en ? 'en' : 'zh')} = ${((reading.numeratorValue / reading.denominatorValue) * 100).toFixed(2)}%`);
    lines.push(`${claim.holds ? '✓' : '✗'} ${claim.rate.name}${en ? ': ' : '：'}${readings.join(en ? '; or ' : '；或 ')}`);
  }
  for (const claim of facts.sums) {
    if (!at(claim.total.span)) continue;
    const holds = Math.abs(claim.sum - claim.total.value) < 1e-9;
    const partition = claim.partition ? (en ? ` (${claim.partition.description.en}: every part named)` : `（${claim.partition.description.zh}：各项均已列出）`) : '';
    lines.push(`${holds ? '✓' : '✗'} ${claim.parts.map((part) => formatNumber(part.value)).join(' + ')} = ${formatNumber(claim.sum)}${partition}`);
  }
  for (const list of facts.overlaps) {
    if (!at(list.total.span)) continue;
    lines.push(notAddedUp(list.overlap, locale));
  }
  return lines;
}

/** Why the items of a breakdown are not added up: the template lets them overlap. */
export function notAddedUp(overlap: OverlapSpec, locale: Locale): string {
  return locale === 'en' ? `not added up: ${overlap.description.en} is not a partition (${overlap.source})`
    : `未核对各项之和：${overlap.description.zh}不是互不重叠的分类（${overlap.source}）`;
}

function describeAppendix(comparison: AppendixComparison, en: boolean): string {
  const { quantity, rows, claim } = comparison;
  const subject = en ? claim.subject.en : claim.subject.zh;
  const stated = formatNumber(quantity.value);
  const where = (row: AppendixRow) => `${row.caption ? `${row.caption} ` : ''}「${row.label}」`;
  const [row] = rows;
  switch (comparison.outcome) {
    case 'holds':
    case 'differs': {
      const mark = comparison.outcome === 'holds' ? '✓' : '✗';
      return en ? `${mark} ${subject}: the text says ${stated}; ${where(row)} = ${formatNumber(row.value)}`
        : `${mark} ${subject}：正文 ${stated}；${where(row)} = ${formatNumber(row.value)}`;
    }
    case 'unit': {
      const unit = rows.find((candidate) => candidate.unit !== undefined && candidate.unit !== quantity.unit)!.unit;
      return en ? `not compared (${subject}): the text counts in ${quantity.unit}, ${where(row)} in ${unit}`
        : `未比较（${subject}）：正文单位为“${quantity.unit}”，${where(row)}单位为“${unit}”`;
    }
    case 'ambiguous': {
      const list = rows.map((candidate) => `${where(candidate)} = ${formatNumber(candidate.value)}`).join(en ? ', ' : '、');
      return en ? `not compared (${subject}): ${rows.length} rows of the appendix fit, with different values: ${list}`
        : `未比较（${subject}）：附表中有 ${rows.length} 行可对应，数值不同：${list}`;
    }
    case 'another-body':
      return en ? `not compared (${subject}): the figure is a named body's share, not the report's total`
        : `未比较（${subject}）：此数字是所述单位的数字，不是本报告的总数`;
  }
}

/** "表三「本年新收·总计」" from "t3.new.total". */
function shortRef(ref: string): string {
  const [table, rowId, ...column] = ref.split('.');
  const columnId = column.join('.');
  const spec = tableSpecs(table as 't2' | 't3' | 't4').find((candidate) => candidate.rows.some((row) => row.id === rowId));
  const row = spec?.rows.find((candidate) => candidate.id === rowId);
  const col = spec?.columns.find((candidate) => candidate.id === columnId);
  const names: Record<string, string> = { t2: '表二', t3: '表三', t4: '表四' };
  const rowName = row ? row.short ?? stripNumbering(row.label).replace(/（.*）$/, '') : rowId;
  const columnName = col ? col.label : columnId;
  return `${names[table]}「${rowName ? `${rowName}·` : ''}${columnName}」`;
}
