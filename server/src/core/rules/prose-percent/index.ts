import { proseFacts } from '../../prose/describe';
import { formatPercent } from '../../prose/quantities';
import { rateTerms, type RateReading } from '../../prose/rates';
import { formatNumber } from '../../text/numbers';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

export default defineRule({
  meta: {
    id: 'prose-percent',
    name: { zh: '正文百分比', en: 'Prose percentage' },
    defaultSeverity: 'warning',
    description: { zh: '正文中的百分比与其计算依据不符', en: 'a percentage in the prose differs from the counts it is computed from' },
    fixable: true,
    fix: 'review',
  },
  check(report, add, { caches }) {
    // the claims are kept with the report: the hovers of this version read the same ones
    const facts = proseFacts(report, caches);
    for (const claim of facts.percents) {
      if (claim.holds) continue;
      const computed = formatPercent(claim.numerator.value, claim.denominator.value, claim.percent.decimals);
      add({
        span: claim.percent.span,
        message: msg(messages.message, {
          stated: report.text.slice(claim.percent.span.start, claim.percent.span.end),
          numerator: formatNumber(claim.numerator.value),
          denominator: formatNumber(claim.denominator.value),
          computed,
          exact: ((claim.numerator.value / claim.denominator.value) * 100).toFixed(2),
        }),
        fix: { title: msg(messages.fix, { computed }), edit: { span: claim.percent.span, text: computed } },
      });
    }
    for (const claim of facts.rates) {
      if (claim.holds) continue;
      // the first usage the sentence states is the one the fix follows
      const [reading] = claim.readings;
      const computed = formatPercent(reading.numeratorValue, reading.denominatorValue, claim.percent.decimals);
      add({
        span: claim.percent.span,
        message: msg(messages.rate, {
          stated: report.text.slice(claim.percent.span.start, claim.percent.span.end),
          rate: claim.rate.name,
          readings: {
            zh: claim.readings.map((one) => `${rateTerms(one, 'zh')} = ${exactPercent(one)}%`).join('，或 '),
            en: claim.readings.map((one) => `${rateTerms(one, 'en')} = ${exactPercent(one)}%`).join(', or '),
          },
          computed,
        }),
        fix: { title: msg(messages.fix, { computed }), edit: { span: claim.percent.span, text: computed } },
      });
    }
  },
});

function exactPercent(reading: RateReading): string {
  return ((reading.numeratorValue / reading.denominatorValue) * 100).toFixed(2);
}
