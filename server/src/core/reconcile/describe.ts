import { localize, type Locale, type MessageParam } from '../messages';
import { formatNumber, numericValue } from '../text/numbers';
import type { Evaluation, Term } from './equations';

const MAX_TERMS = 6;

/** "本年新收 12 + 上年结转 3"; long sums keep their non-zero terms: "予以公开 5 + 部分公开 3 + 其余 16 项为 0". */
export function describeTerms(terms: readonly Term[]): MessageParam {
  const text = (locale: Locale) => {
    const shown = terms.length > MAX_TERMS ? terms.filter((term) => numericValue(term.value) !== 0) : terms;
    const parts = shown.map((term) => `${localize(term.label, locale)} ${formatNumber(numericValue(term.value) ?? 0)}`);
    const hidden = terms.length - shown.length;
    if (hidden > 0) parts.push(locale === 'en' ? `${hidden} more at 0` : `其余 ${hidden} 项为 0`);
    return parts.join(' + ') || '0';
  };
  return { zh: text('zh-CN'), en: text('en') };
}

/** The equation with its current values, for hovers and the output of `--format text`. */
export function describeEvaluation(evaluation: Evaluation, locale: Locale): string {
  const { instance } = evaluation;
  const left = localize(describeTerms(instance.left), locale);
  const right = localize(describeTerms(instance.right), locale);
  const mark = evaluation.holds ? '=' : '≠';
  return `${instance.id} ${localize(instance.description, locale)}: ${left} = ${formatNumber(evaluation.leftSum)} ${mark} ${right} = ${formatNumber(evaluation.rightSum)}`;
}
