import { defineRule } from './define';

/** 发文机关代字 ending in a usual character, a year in the wrong brackets, a serial number, 号. */
const DOC_NUMBER = /([\u4e00-\u9fff]{0,12}[办发函字委局厅部府令规复通])\s*([[［(（【〔])\s*((?:19|20)\d{2})\s*([\]］)）】〕])\s*(第?\d+\s*号)/g;

export default defineRule({
  meta: {
    id: 'doc-number-format',
    defaultSeverity: 'warning',
    description: { zh: '文号的年份未使用六角括号〔〕', en: 'a document number whose year is not in 〔〕' },
    fixable: true,
  },
  check(report, add) {
    DOC_NUMBER.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = DOC_NUMBER.exec(report.folded)) !== null) {
      const [whole, , open, year, close] = match;
      if (open === '〔' && close === '〕') continue;
      const yearStart = match.index + whole.indexOf(open);
      const span = { start: yearStart, end: yearStart + whole.slice(whole.indexOf(open)).indexOf(close) + 1 };
      const expected = `〔${year}〕`;
      add({
        span,
        message: { key: 'doc-number-format/message', params: { found: report.text.slice(span.start, span.end), expected } },
        fix: { title: { key: 'doc-number-format/fix', params: { expected } }, edit: { span, text: expected } },
      });
    }
  },
});
