import type { Span } from '../text/span';
import type { Report } from '../model/types';
import { proseSentences } from './quantities';

export interface DateMention {
  readonly span: Span;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** the year as written, which may be garbled ("202020") */
  readonly yearText: string;
}

const DATE = /(?<!\d)(\d{4,8})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(?:(\d{1,2})\s*日?)?/g;

/** Dates written 2020年1月1日, 2020-01-01, 2020/1/1 or 2020年3月 (no day). */
export function datesIn(text: string, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(DATE)) {
    const [whole, yearText, month, day] = match;
    const separatorIsYear = whole.includes('年');
    if (!separatorIsYear && yearText.length !== 4) continue;
    if (!separatorIsYear && day === undefined) continue;
    found.push({
      span: { start: offset + match.index, end: offset + match.index + whole.trimEnd().length },
      year: Number(yearText), yearText, month: Number(month), day: day === undefined ? undefined : Number(day),
    });
  }
  return found;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(date: DateMention): boolean {
  if (date.yearText.length !== 4) return false;
  if (date.month === undefined || date.month < 1 || date.month > 12) return false;
  if (date.day === undefined) return true;
  return date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

const PERIOD = /统计(?:期限|时限|时间|区间)|数据统计期/;

/**
 * A date with 年 or 月 dropped ("自202311日起", "至20231230日止", "2023年1231日"): a year run together with
 * what follows it, or a year and a day with no month.
 */
const GARBLED = /(?<![\d.,])(?:(?:19|20)\d{3,6}(?=\s*[月日])\s*[月日]|(?:19|20)\d{2}\s*年\s*\d{1,4}\s*日)/g;
/** "自…起至…止": the two ends of a period */
const RANGE = /自(.{0,24}?)至(.{0,24}?)(?:止|(?=[。；;，,]|$))/;
/** an end never filled in: nothing, or the template's 年月日 without numbers ("自至", "自 至 止", "自年月日起至年月日止") */
const BLANK_END = /^[\s年月日]*起?[\s年月日]*$/;

export interface StatisticsPeriod {
  readonly span: Span;
  readonly dates: DateMention[];
  /** dates with 年 or 月 dropped */
  readonly garbled: Span[];
  /** "自…至…" with no date at one end or at both */
  readonly empty?: { readonly span: Span; readonly ends: 'both' | 'start' | 'end' };
}

/** The statistics period sentences (统计期限自…至…) and the dates each one names. */
export function statisticsPeriods(report: Report): StatisticsPeriod[] {
  return proseSentences(report).flatMap((sentence) => {
    const keyword = PERIOD.exec(sentence.text);
    if (!keyword) return [];
    const from = keyword.index + keyword[0].length;
    const text = sentence.text.slice(from);
    const offset = sentence.span.start + from;
    const garbled = [...text.matchAll(GARBLED)].map((match) => ({ start: offset + match.index, end: offset + match.index + match[0].length }));
    return [{ span: sentence.span, dates: datesIn(text, offset), garbled, empty: blankEnds(text, offset) }];
  });
}

function blankEnds(text: string, offset: number): StatisticsPeriod['empty'] {
  const range = RANGE.exec(text);
  if (!range) return undefined;
  const start = BLANK_END.test(range[1]);
  const end = BLANK_END.test(range[2]);
  if (!start && !end) return undefined;
  const span = { start: offset + range.index, end: offset + range.index + range[0].trimEnd().length };
  return { span, ends: start && end ? 'both' : start ? 'start' : 'end' };
}
