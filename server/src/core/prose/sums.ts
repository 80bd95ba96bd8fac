import type { Span } from '../model/span';
import type { Report } from '../model/types';
import { chineseNumeral } from '../text/numbers';
import { proseSentences, type Quantity, type Sentence } from './quantities';

export interface SumClaim {
  readonly total: Quantity;
  readonly parts: readonly Quantity[];
  readonly sum: number;
}

export interface ListClaim {
  readonly span: Span;
  readonly stated: number;
  readonly listed: number;
}

const CATCH_ALL = /其他|其它|其余/;

/**
 * "共N…，其中A a、B b…": the sum the prose claims, where the enumeration is complete: its parts include a
 * catch-all (其他), or they exceed the total. "A a、B b共N" is not checked: 共 often counts another noun
 * ("31个部门、11个镇街共1095个事项").
 */
export function sumClaims(report: Report): SumClaim[] {
  return proseSentences(report, true).flatMap(breakdowns);
}

function breakdowns(sentence: Sentence): SumClaim[] {
  const claims: SumClaim[] = [];
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
    const sum = parts.reduce((acc, part) => acc + part.value, 0);
    const complete = parts.some((part) => CATCH_ALL.test(part.label)) || sum > total.value;
    if (complete) claims.push({ total, parts, sum });
  }
}

const LISTED = /((?:[^、,，;；。:：()（）\d]{1,15}、)+[^、,，;；。:：()（）\d等]{1,15})等\s*(\d+|[一二三四五六七八九十]+)\s*(?:个|家|项|类|名)/g;

/** "A、B、C等3个区": more names listed than the number given. */
export function listClaims(report: Report): ListClaim[] {
  const claims: ListClaim[] = [];
  for (const sentence of proseSentences(report, true)) {
    LISTED.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = LISTED.exec(sentence.text)) !== null) {
      const stated = chineseNumeral(match[2]) ?? Number(match[2]);
      const listed = match[1].split('、').length;
      const numberAt = sentence.span.start + match.index + match[0].lastIndexOf(match[2]);
      if (listed > stated) claims.push({ span: { start: numberAt, end: numberAt + match[2].length }, stated, listed });
    }
  }
  return claims;
}
