import { proseFacts } from '../../prose/describe';
import { upheldClaims } from '../../prose/comparisons';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

export default defineRule({
  meta: {
    id: 'prose-table-mismatch',
    name: { zh: '正文与表格不符', en: 'Prose vs. table' },
    defaultSeverity: 'warning',
    description: { zh: '正文数字与表格不一致', en: 'a figure in the prose differs from the table cell it describes' },
    fixable: false,
  },
  check(report, add, { caches }) {
    // the claims are kept with the report: the hovers of this version read the same ones
    const facts = proseFacts(report, caches);
    for (const comparison of facts.comparisons) {
      if (comparison.holds) continue;
      add({
        span: comparison.quantity.span,
        message: msg(messages.message, {
          stated: report.text.slice(comparison.quantity.span.start, comparison.quantity.span.end),
          subject: comparison.claim.subject,
          expected: comparison.tableValues[0],
        }),
      });
    }
    // the 2008-era 统计表: compared by row label; not compared where the unit differs or the label fits rows of different values
    for (const comparison of facts.appendix) {
      if (comparison.outcome !== 'differs') continue;
      const [row] = comparison.rows;
      add({
        span: comparison.quantity.span,
        message: msg(messages.appendix, {
          stated: report.text.slice(comparison.quantity.span.start, comparison.quantity.span.end),
          subject: comparison.claim.subject,
          table: { zh: row.caption ? `“${row.caption}”中` : '', en: row.caption ? ` "${row.caption}"` : '' },
          row: row.label,
          expected: row.value,
        }),
      });
    }
    for (const claim of upheldClaims(report)) {
      add({ span: claim.span, message: msg(messages.upheld, { subject: claim.subject, count: claim.notUpheld }) });
    }
  },
});
