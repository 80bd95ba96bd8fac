import type { Report } from '../model/types';
import { isBlank } from '../text/line-index';
import { datesIn, isValidDate, type DateMention } from './dates';

const PUBLISHED = /(?:发布|印发|成文|公开|发文)(?:日期|时间)\s*[:：]?\s*$/;

/**
 * The date the report says it was published: a date labelled 发布日期, or a dated line among the first ten (a web
 * page's header), or the closing date line. date-invalid checks it against the deadline; the audit page shows it.
 */
export function publicationDate(report: Report, dates: readonly DateMention[] = datesIn(report.folded)): DateMention | undefined {
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

export interface Deadline {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** a region's consolidated report (本级政府, named 人民政府), or any report of the 2008 era: 31 March */
  readonly region: boolean;
}

/**
 * 条例 art. 49: a department by 31 January, a region's consolidated report (本级政府, named 人民政府) by 31 March;
 * in the 2008 era, 31 March for everyone. None without a report year.
 */
export function publicationDeadline(report: Report): Deadline | undefined {
  if (!report.year) return undefined;
  const region = report.format === '2008' || /人民政府$/.test(report.unitName ?? '');
  return { year: report.year.year + 1, month: region ? 3 : 1, day: 31, region };
}

const DAY = 24 * 60 * 60 * 1000;

/** Days from the deadline to a full date (day given): positive when published after it, 0 on the day, negative before. */
export function daysAfter(deadline: Deadline, date: DateMention & { readonly day: number; readonly month: number }): number {
  return Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(deadline.year, deadline.month - 1, deadline.day)) / DAY);
}
