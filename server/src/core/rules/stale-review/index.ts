import { msg } from '../../messages';
import { defineRule } from '../kit/define';
import { reportSpan } from '../kit/sections';
import { messages } from './messages';

/**
 * Runs when the review decisions are applied (its phase), after the check: a decision about this report whose finding
 * is gone is said once, on the title line, so that the file does not keep silencing what no longer exists.
 */
export default defineRule({
  meta: {
    id: 'stale-review',
    name: { zh: '过时的核实记录', en: 'Stale review decision' },
    defaultSeverity: 'info',
    description: { zh: '.gkreport-review.json 中不再对应任何问题的核实记录', en: 'a decision in .gkreport-review.json whose finding no longer exists' },
    fixable: false,
    phase: 'review',
    cheap: true,
  },
  check(report, add, context) {
    const span = reportSpan(report);
    for (const decision of context.staleReviews ?? []) {
      add({ span, message: msg(messages.message, { rule: decision.rule, key: decision.key, reason: decision.reason }) });
    }
  },
});
