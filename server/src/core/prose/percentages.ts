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
 * "71件，占总数的78%": the count right before 占 over a total stated before it (in the same line or the eight
 * before, same unit). A claim needs a marked total (共/总/全年… or "…N件申请中"); it is right when any count of
 * the unit stated before the share gives the figure, rounded or truncated to the digits written: "…政府信息总数
 * 2000条，其中主动公开政府信息500条……区直单位主动公开400条，占80%" is 400/500, a total that is itself a part.
 * No marked total, no claim.
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
      const earlier = sentences
        .filter((candidate) => line(candidate) <= line(sentence) && line(candidate) >= line(sentence) - LOOK_BACK_LINES)
        .flatMap((candidate) => candidate.quantities.map((quantity) => ({ quantity, candidate })))
        .filter(({ quantity }) => quantity.span.end <= numerator.span.start && quantity.unit === numerator.unit && quantity.value >= numerator.value);
      const marked = earlier.filter(({ quantity, candidate }) => TOTAL_MARK.test(quantity.label)
        || /^[^,，;；。]{0,8}中/.test(candidate.text.slice(quantity.span.end - candidate.span.start)));
      if (marked.length === 0) return;
      const holds = earlier.some(({ quantity }) => percentMatches(percent.value, percent.decimals, numerator.value, quantity.value));
      claims.push({ percent, numerator, denominator: marked[marked.length - 1].quantity, holds });
    });
  });
  return claims;
}
