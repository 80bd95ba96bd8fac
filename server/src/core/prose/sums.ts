import type { Span } from '../text/span';
import type { Report } from '../model/types';
import { chineseNumeral } from '../text/numbers';
import type { OverlapSpec, PartitionSpec } from '../formats/partitions';
import type { FormatId } from '../model/types';
import { completePartition, isCatchAll, overlappingBreakdown } from './partitions';
import { proseSentences, type Quantity, type Sentence } from './quantities';

export interface SumClaim {
  readonly total: Quantity;
  readonly parts: readonly Quantity[];
  readonly sum: number;
  /** the template's partition the parts name completely, when that is what makes the list complete */
  readonly partition?: PartitionSpec;
}

/** "主动公开860条，其中通过网站公开…": a breakdown the template says is not a partition, kept for the hover */
export interface OverlapList {
  readonly total: Quantity;
  readonly overlap: OverlapSpec;
}

export interface ListClaim {
  readonly span: Span;
  readonly stated: number;
  readonly listed: number;
}

/**
 * "共N…，其中A a、B b…": the sum the prose claims, where the enumeration is complete: its parts include a
 * catch-all (其他), they name every part of a partition the era's template defines (formats/partitions.ts),
 * or they exceed the total. Not when the breakdown is not a partition (主动公开 by channel: an item published
 * on several channels counts once). "A a、B b共N" is not checked: 共 often counts another noun
 * ("31个部门、11个镇街共1095个事项"). With them, the lists that were not added up because their parts overlap,
 * from the same reading of the sentences (kept with the report, prose/describe.ts).
 */
export function breakdownClaims(report: Report): { sums: SumClaim[]; overlaps: OverlapList[] } {
  const sums: SumClaim[] = [];
  const overlaps: OverlapList[] = [];
  for (const sentence of proseSentences(report, true)) {
    for (const claim of breakdowns(sentence, report.format)) {
      if ('sum' in claim) sums.push(claim);
      else overlaps.push(claim);
    }
  }
  return { sums, overlaps };
}

function breakdowns(sentence: Sentence, format: FormatId): (SumClaim | OverlapList)[] {
  const claims: (SumClaim | OverlapList)[] = [];
  let searchFrom = 0;
  for (;;) {
    const at = sentence.text.indexOf('其中', searchFrom);
    if (at < 0) return claims;
    searchFrom = at + 2;
    const offset = sentence.span.start + at;
    const before = sentence.quantities.filter((quantity) => quantity.span.end <= offset);
    const total = before[before.length - 1];
    if (!total || total.unit === '%') continue;
    const closing = /[(（]其中$/.test(sentence.text.slice(0, at + 2)) ? sentence.text.indexOf(')', at) : -1;
    const scopeEnd = closing >= 0 ? sentence.span.start + closing : sentence.span.end;
    const nextIntro = sentence.text.indexOf('其中', at + 2);
    const end = nextIntro >= 0 ? Math.min(scopeEnd, sentence.span.start + nextIntro) : scopeEnd;
    // sibling totals of one unit before 其中 ("大项1020个，子项1996个，其中…"): which parts belong to which is a guess
    const siblings = sentence.quantities.filter((quantity) => quantity !== total && quantity.unit === total.unit && quantity.span.end <= offset
      && /[,，;；]/.test(sentence.text.slice(quantity.span.end - sentence.span.start, total.span.start - sentence.span.start)));
    if (siblings.length > 0) continue;
    const inScope = sentence.quantities.filter((quantity) => quantity.span.start > offset && quantity.span.end <= end && quantity.unit !== '%');
    // parts counted in another unit ("…1条；政府工作报告1份") make the sum meaningless
    if (inScope.some((quantity) => quantity.unit !== total.unit)) continue;
    const parts = inScope;
    if (parts.length < 2) continue;
    const labels = parts.map((part) => part.label);
    const overlap = overlappingBreakdown(format, total.label, labels);
    if (overlap) {
      claims.push({ total, overlap });
      continue;
    }
    const sum = parts.reduce((acc, part) => acc + part.value, 0);
    const partition = completePartition(format, total.label, labels);
    if (partition) claims.push({ total, parts, sum, partition });
    else if (labels.some(isCatchAll) || sum > total.value) claims.push({ total, parts, sum });
  }
}

const STATED = /等\s*(\d+|[一二三四五六七八九十]+)\s*(?:个|家|项|类|名)/g;
const NAME_BOUNDARY = /[,，;；。:：()（）\d\s]/;
const MAX_NAME = 15;

/** "A、B、C等3个区": more names listed than the number given. Walks back from each "等N个" over 、-separated names. */
export function listClaims(report: Report): ListClaim[] {
  const claims: ListClaim[] = [];
  for (const sentence of proseSentences(report, true)) {
    if (!sentence.text.includes('等')) continue;
    for (const match of sentence.text.matchAll(STATED)) {
      // "A、B、C等六个部分" is a part-count claim: section-count-claim owns it
      if (sentence.text.startsWith('部分', match.index + match[0].length)) continue;
      const listed = namesBefore(sentence.text, match.index);
      if (listed < 2) continue;
      const stated = chineseNumeral(match[1]) ?? Number(match[1]);
      const numberAt = sentence.span.start + match.index + match[0].indexOf(match[1]);
      if (listed > stated) claims.push({ span: { start: numberAt, end: numberAt + match[1].length }, stated, listed });
    }
  }
  return claims;
}

function namesBefore(text: string, end: number): number {
  let names = 0;
  let length = 0;
  for (let at = end - 1; at >= 0; at--) {
    const char = text[at];
    if (char === '、') {
      if (length === 0) return 0;
      names++;
      length = 0;
      continue;
    }
    if (NAME_BOUNDARY.test(char) || char === '等' || ++length > MAX_NAME) break;
  }
  return length > 0 ? names + 1 : names;
}
