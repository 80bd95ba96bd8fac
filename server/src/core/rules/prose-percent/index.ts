import { percentClaims } from '../../prose/percentages';
import { formatPercent } from '../../prose/quantities';
import { formatNumber } from '../../text/numbers';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

export default defineRule({
  meta: {
    id: 'prose-percent',
    defaultSeverity: 'warning',
    description: { zh: '正文中的百分比与其计算依据不符', en: 'a percentage in the prose differs from the counts it is computed from' },
    fixable: true,
    fix: 'review',
  },
  check(report, add) {
    for (const claim of percentClaims(report)) {
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
  },
});
