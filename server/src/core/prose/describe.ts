import { localize, type Locale } from '../messages';
import type { Report } from '../model/types';
import { tableSpecs } from '../formats';
import { stripNumbering } from '../text/fold';
import { formatNumber } from '../text/numbers';
import { proseComparisons } from './comparisons';
import { percentClaims } from './percentages';
import { rateClaims, rateTerms } from './rates';
import { sumClaims } from './sums';

/** What a prose figure at `offset` was compared with, for hovers. */
export function describeProseAt(report: Report, offset: number, locale: Locale): string[] {
  const at = (span: { start: number; end: number }) => offset >= span.start && offset <= span.end;
  const en = locale === 'en';
  const lines: string[] = [];
  for (const comparison of proseComparisons(report)) {
    if (!at(comparison.quantity.span)) continue;
    const mark = comparison.holds ? '✓' : '✗';
    const stated = formatNumber(comparison.quantity.value);
    const table = comparison.claim.sums.map((refs, index) => `${refs.map(shortRef).join(' + ')} = ${comparison.tableValues[index]}`).join(en ? ' or ' : ' 或 ');
    lines.push(en
      ? `${mark} ${localize(comparison.claim.subject, locale)}: the text says ${stated}; the tables: ${table}`
      : `${mark} ${localize(comparison.claim.subject, locale)}：正文 ${stated}；表格 ${table}`);
  }
  for (const claim of percentClaims(report)) {
    if (!at(claim.percent.span)) continue;
    const exact = ((claim.numerator.value / claim.denominator.value) * 100).toFixed(2);
    lines.push(`${claim.holds ? '✓' : '✗'} ${formatNumber(claim.numerator.value)} ÷ ${formatNumber(claim.denominator.value)} = ${exact}%`);
  }
  for (const claim of rateClaims(report)) {
    if (!at(claim.percent.span)) continue;
    const readings = claim.readings.map((reading) => `${rateTerms(reading, en ? 'en' : 'zh')} = ${((reading.numeratorValue / reading.denominatorValue) * 100).toFixed(2)}%`);
    lines.push(`${claim.holds ? '✓' : '✗'} ${claim.rate.name}: ${readings.join(en ? '; or ' : '；或 ')}`);
  }
  for (const claim of sumClaims(report)) {
    if (!at(claim.total.span)) continue;
    const holds = Math.abs(claim.sum - claim.total.value) < 1e-9;
    const partition = claim.partition ? (en ? ` (${claim.partition.description.en}: every part named)` : `（${claim.partition.description.zh}：各项均已列出）`) : '';
    lines.push(`${holds ? '✓' : '✗'} ${claim.parts.map((part) => formatNumber(part.value)).join(' + ')} = ${formatNumber(claim.sum)}${partition}`);
  }
  return lines;
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
