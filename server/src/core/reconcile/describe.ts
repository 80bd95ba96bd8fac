import { localize, msg, render, type Locale, type MessageParam, type MessageRef } from '../messages';
import { reconcile } from '../messages/reconcile';
import { formatNumber, numericValue } from '../text/numbers';
import type { EquationInstance, Evaluation, NotEvaluated, Term, UnreadTerm } from './equations';

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

/**
 * The equation in words with its current values, for hovers: "第一项加第二项之和应等于第三项加第四项之和（“自然人”列）：本年新收 60 + 上年结转 3 = 63 = 办理结果总计 56 + 结转下年度 7 = 63";
 * or why it was not evaluated: "…（“自然人”列）：未核对：“本年新收”填写为“见附件”，不是数字". Never the equation's id
 * (R3.1): the reader knows the template's words, not our numbering.
 */
export function describeEvaluation(evaluation: Evaluation | NotEvaluated, locale: Locale): string {
  const { instance } = evaluation;
  const separator = locale === 'en' ? ': ' : '：';
  const head = `${describeEquation(instance, locale)}${separator}`;
  if (!evaluation.evaluated) return head + render(notEvaluated(evaluation.unread), locale);
  const side = (terms: readonly Term[], sum: number) => {
    const text = localize(describeTerms(terms), locale);
    return terms.length === 1 ? text : `${text} = ${formatNumber(sum)}`;
  };
  const mark = evaluation.holds ? '=' : '≠';
  return `${head}${side(instance.left, evaluation.leftSum)} ${mark} ${side(instance.right, evaluation.rightSum)}`;
}

/** The equation in words and where it applies: "第一项加第二项之和应等于第三项加第四项之和（“自然人”列）". */
export function describeEquation(instance: EquationInstance, locale: Locale): string {
  return `${localize(instance.description, locale)}${render(instance.scope, locale)}`;
}

/** "未核对：“本年新收”填写为“见附件”，不是数字；…" */
export function notEvaluated(unread: readonly UnreadTerm[]): MessageRef {
  const reason = (term: UnreadTerm): MessageRef => msg(reconcile[`unread-${term.reason}`], { term: term.label, written: term.written ?? '' });
  const reasons = (locale: Locale) => unread.map((term) => render(reason(term), locale)).join(locale === 'en' ? '; ' : '；');
  return msg(reconcile['not-evaluated'], { reasons: { zh: reasons('zh-CN'), en: reasons('en') } });
}
