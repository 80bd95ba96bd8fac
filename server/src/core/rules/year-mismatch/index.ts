import { statisticsPeriods } from '../../prose/dates';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

/** The report naming itself: "编制的2013年度政府信息公开年度报告", "本报告…2013年度". */
const SELF_REFERENCE = /(?:编制的?|本报告(?:为|是)?|现公布)\s*((?:19|20)\d{2})\s*年度?[^。,，]{0,30}?报告/g;
const WHERE = {
  body: { zh: '正文', en: 'the body' },
  period: { zh: '统计期限', en: 'the statistics period' },
  table: { zh: '表格标题', en: 'a table caption' },
};

export default defineRule({
  meta: {
    id: 'year-mismatch',
    defaultSeverity: 'error',
    description: { zh: '标题、正文、统计期限、表格中的年度不一致', en: 'the report year differs between title, body, statistics period and tables' },
    fixable: false,
  },
  check(report, add) {
    if (!report.isAnnualReport || report.yearSource !== 'title' || !report.year) return;
    const year = report.year.year;
    const params = (found: number, where: keyof typeof WHERE) => ({ year, found, where: WHERE[where] });
    for (const match of report.folded.matchAll(SELF_REFERENCE)) {
      const found = Number(match[1]);
      if (found === year) continue;
      const start = match.index + match[0].indexOf(match[1]);
      add({ span: { start, end: start + 4 }, message: msg(messages.message, params(found, 'body')) });
    }
    for (const period of statisticsPeriods(report)) {
      for (const date of period.dates) {
        if (date.yearText.length !== 4 || date.year === year) continue;
        add({ span: { start: date.span.start, end: date.span.start + 4 }, message: msg(messages.message, params(date.year, 'period')) });
      }
    }
    for (const table of report.tables) {
      const caption = table.grid.caption;
      if (!caption) continue;
      const found = /((?:19|20)\d{2})\s*年/.exec(report.folded.slice(caption.span.start, caption.span.end));
      if (!found || Number(found[1]) === year) continue;
      const start = caption.span.start + found.index;
      add({ span: { start, end: start + 4 }, message: msg(messages.message, params(Number(found[1]), 'table')) });
    }
  },
});

/** The dates a "统计期限…" sentence gives, after its keyword. */
