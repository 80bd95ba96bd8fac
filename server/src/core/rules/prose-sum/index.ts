import { describeTerms } from '../../reconcile/describe';
import { proseFacts } from '../../prose/describe';
import { listClaims } from '../../prose/sums';
import { partLabel } from '../../prose/partitions';
import { formatNumber } from '../../text/numbers';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

export default defineRule({
  meta: {
    id: 'prose-sum',
    name: { zh: '正文合计', en: 'Prose sum' },
    defaultSeverity: 'warning',
    description: { zh: '正文中的合计与所列各项之和不符', en: 'a total in the prose differs from the sum of its listed parts' },
    fixable: false,
  },
  check(report, add, { caches }) {
    // the claims are kept with the report: the hovers of this version read the same ones
    const facts = proseFacts(report, caches);
    for (const claim of facts.sums) {
      if (Math.abs(claim.sum - claim.total.value) < 1e-9) continue;
      const parts = describeTerms(claim.parts.map((part) => ({
        label: { zh: partLabel(part.label), en: part.label }, span: part.span,
        value: { kind: 'number', value: part.value, integer: Number.isInteger(part.value) }, editable: false,
      })));
      add({
        span: claim.total.span,
        message: msg(messages.message, {
          total: report.text.slice(claim.total.span.start, claim.total.span.end), parts, sum: formatNumber(claim.sum), unit: claim.total.unit,
        }),
      });
    }
    for (const claim of listClaims(report)) {
      add({ span: claim.span, message: msg(messages.listed, { stated: claim.stated, listed: claim.listed }) });
    }
  },
});
