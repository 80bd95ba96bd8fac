import type { Report } from '../../model/types';
import { datesIn, isValidDate, type DateMention } from '../../prose/dates';
import { defineRule, type FindingInput } from '../kit/define';
import { statisticsPeriods } from '../../prose/dates';
import { msg } from '../../messages';
import { messages } from './messages';
import { daysAfter, publicationDate, publicationDeadline } from '../../prose/publication';

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

/** The publication date after the deadline (条例 art. 49): an info. */
function lateness(report: Report, date: DateMention): FindingInput | undefined {
  const deadline = publicationDeadline(report);
  if (!deadline || date.day === undefined || date.month === undefined) return undefined;
  if (daysAfter(deadline, { ...date, day: date.day, month: date.month }) <= 0) return undefined;
  return {
    span: date.span,
    severity: 'info',
    message: msg(messages.late, {
      date: report.text.slice(date.span.start, date.span.end),
      deadline: `${deadline.year}年${deadline.month}月${deadline.day}日`,
      kind: deadline.region ? { zh: '本级政府年度报告', en: "a region's consolidated report" } : { zh: '政府部门年度报告', en: "a department's report" },
    }),
  };
}
