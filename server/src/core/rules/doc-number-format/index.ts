import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

/** A year in brackets and a serial number with 号, right after a 发文机关代字 ending in a usual character. */
const DOC_NUMBER = /([[［(（【〔])\s*((?:19|20)\d{2})\s*([\]］)）】〕])\s*(第?\d+\s*号)/g;
const AGENCY_END = /[办发函字委局厅部府令规复通]\s*$/;

export default defineRule({
  meta: {
    id: 'doc-number-format',
    name: { zh: '文号格式', en: 'Document number' },
    defaultSeverity: 'warning',
    description: { zh: '文号的年份未使用六角括号〔〕', en: 'a document number whose year is not in 〔〕' },
    fixable: true,
    fix: 'safe',
    cheap: true,
  },
  check(report, add) {
    for (const match of report.folded.matchAll(DOC_NUMBER)) {
      const [whole, open, year, close] = match;
      if (open === '〔' && close === '〕') continue;
      if (!AGENCY_END.test(report.folded.slice(Math.max(0, match.index - 4), match.index))) continue;
      const span = { start: match.index, end: match.index + whole.indexOf(close, open.length + 4) + 1 };
      const expected = `〔${year}〕`;
      add({
        span,
        message: msg(messages.message, { found: report.text.slice(span.start, span.end), expected }),
        fix: { title: msg(messages.fix, { expected }), edit: { span, text: expected } },
      });
    }
  },
});
