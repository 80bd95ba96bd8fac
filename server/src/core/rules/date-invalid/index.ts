import type { Report } from '../../model/types';
import { isBlank } from '../../text/line-index';
import { datesIn, isValidDate, type DateMention } from '../../prose/dates';
import { defineRule, type FindingInput } from '../kit/define';
import { statisticsPeriods } from '../../prose/dates';
import { msg } from '../../messages';
import { messages } from './messages';

const PUBLISHED = /(?:发布|印发|成文|公开|发文)(?:日期|时间)\s*[:：]?\s*$/;

export default defineRule({
  meta: {
    id: 'date-invalid',
    name: { zh: '日期错误', en: 'Invalid date' },
    defaultSeverity: 'warning',
    description: { zh: '日期错误、统计期限不是全年，或发布晚于法定期限', en: 'an impossible date, a statistics period that is not the whole year, or late publication' },
    fixable: false,
  },
  check(report, add) {
    const dates = datesIn(report.folded);
    for (const date of dates) {
      if (!isValidDate(date)) add({ span: date.span, message: msg(messages.impossible, { date: report.text.slice(date.span.start, date.span.end) }) });
    }
    if (!report.isAnnualReport) return;
    const periods = statisticsPeriods(report);
    for (const period of periods) {
      for (const span of period.garbled) add({ span, message: msg(messages.impossible, { date: report.text.slice(span.start, span.end) }) });
      if (period.empty) {
        const { span, ends } = period.empty;
        const key = ends === 'both' ? 'empty-period' : ends === 'start' ? 'no-start' : 'no-end';
        add({ span, message: msg(messages[key], { period: report.text.slice(span.start, span.end).trim() }) });
      }
    }
    if (!report.year) return;
    const year = report.year.year;
    for (const period of periods) {
      const valid = period.dates.filter(isValidDate);
      if (valid.length < 2) continue;
      const [first, last] = [valid[0], valid[valid.length - 1]];
      if (first.year !== year || last.year !== year) continue; // year-mismatch reports those
      if (first.month !== 1 || first.day !== 1 || last.month !== 12 || last.day !== 31) {
        add({
          span: { start: first.span.start, end: last.span.end },
          message: msg(messages.period, { period: report.text.slice(first.span.start, last.span.end), year }),
        });
      }
    }
    const publication = publicationDate(report, dates);
    if (publication) {
      const late = lateness(report, publication);
      if (late) add(late);
    }
  },
});

/** A date labelled 发布日期, or a dated line among the first ten (a web page's header), or the closing date line. */
function publicationDate(report: Report, dates: readonly DateMention[]): DateMention | undefined {
  const lines = report.lines.lines;
  const isEmpty = (index: number) => isBlank(lines[index].text);
  // the tenth non-empty line from the top, and the third from the bottom (the first, in a short text)
  let tenth = Infinity;
  for (let index = 0, seen = 0; index < lines.length; index++) {
    if (!isEmpty(index) && ++seen === 10) {
      tenth = index;
      break;
    }
  }
  let closingFrom = Infinity;
  for (let index = lines.length - 1, seen = 0; index >= 0; index--) {
    if (isEmpty(index)) continue;
    closingFrom = index;
    if (++seen === 3) break;
  }
  for (const date of dates) {
    if (!isValidDate(date) || date.day === undefined) continue;
    const line = report.lines.lineAt(date.span.start);
    const before = report.folded.slice(line.start, date.span.start);
    const lineIsDate = before.trim() === '' && line.index < tenth;
    const closing = line.index > 10 && line.index >= closingFrom
      && report.folded.slice(line.start, line.end).trim() === report.folded.slice(date.span.start, date.span.end).trim();
    if (PUBLISHED.test(before) || lineIsDate || closing) return date;
  }
  return undefined;
}

/**
 * 条例 art. 49: a department by 31 January, a region's consolidated report (本级政府, named 人民政府) by 31 March;
 * in the 2008 era, 31 March for everyone.
 */
function lateness(report: Report, date: DateMention): FindingInput | undefined {
  if (!report.year || date.day === undefined || date.month === undefined) return undefined;
  const deadlineYear = report.year.year + 1;
  const region = report.format === '2008' || /人民政府$/.test(report.unitName ?? '');
  const deadline = { month: region ? 3 : 1, day: 31 };
  const published = date.year * 10000 + date.month * 100 + date.day;
  if (published <= deadlineYear * 10000 + deadline.month * 100 + deadline.day) return undefined;
  return {
    span: date.span,
    severity: 'info',
    message: msg(messages.late, {
      date: report.text.slice(date.span.start, date.span.end),
      deadline: `${deadlineYear}年${deadline.month}月${deadline.day}日`,
      kind: region ? { zh: '本级政府年度报告', en: "a region's consolidated report" } : { zh: '政府部门年度报告', en: "a department's report" },
    }),
  };
}
