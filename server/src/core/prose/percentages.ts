import type { Report } from '../model/types';
import { percentMatches, proseSentences, type Quantity, type Sentence } from './quantities';

export interface PercentClaim {
  readonly percent: Quantity;
  readonly numerator: Quantity;
  readonly denominator: Quantity;
  readonly holds: boolean;
}

const SHARE = /^[的\s,，]{0,3}(?:约)?占[^\d%。;；]{0,12}$/;
const TOTAL_MARK = /共|总|全年|合计|累计|全部/;
const LOOK_BACK_LINES = 8;

/**
 * "71件，占总数的78%": the count right before 占 over the nearest total stated before it (in the same line or
 * the eight before, same unit, marked 共/总/全年… or "…N件申请中"). Right when any such total gives the stated
 * figure, rounded or truncated to the digits written; no total, no claim.
 */
export function percentClaims(report: Report): PercentClaim[] {
  const sentences = proseSentences(report, true);
  const claims: PercentClaim[] = [];
  let lineOf: Map<Sentence, number> | undefined;
  const line = (sentence: Sentence) => {
    lineOf ??= new Map(sentences.map((candidate) => [candidate, report.lines.lineAt(candidate.span.start).index]));
    return lineOf.get(sentence)!;
  };
  sentences.forEach((sentence) => {
    sentence.quantities.forEach((percent, index) => {
      if (percent.unit !== '%' || index === 0) return;
      const numerator = sentence.quantities[index - 1];
      if (numerator.unit === '%') return;
      const between = sentence.text.slice(numerator.span.end - sentence.span.start, percent.span.start - sentence.span.start);
      if (!SHARE.test(between)) return;
      const candidates = sentences
        .filter((candidate) => line(candidate) <= line(sentence) && line(candidate) >= line(sentence) - LOOK_BACK_LINES)
        .flatMap((candidate) => candidate.quantities.map((quantity) => ({ quantity, candidate })))
        .filter(({ quantity, candidate }) => quantity.span.end <= numerator.span.start && quantity.unit === numerator.unit
          && quantity.value >= numerator.value
          && (TOTAL_MARK.test(quantity.label) || /^[^,，;；。]{0,8}中/.test(candidate.text.slice(quantity.span.end - candidate.span.start))));
      if (candidates.length === 0) return;
      const holds = candidates.some(({ quantity }) => percentMatches(percent.value, percent.decimals, numerator.value, quantity.value));
      claims.push({ percent, numerator, denominator: candidates[candidates.length - 1].quantity, holds });
    });
  });
  return claims;
}
