import type { Report } from '../../model/types';
import type { Span } from '../../text/span';
import { statisticsPeriods } from '../../prose/dates';
import { dominantYear, SELF_TITLE } from '../../parse/meta';
import { defineRule, type FindingInput } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

/** The report naming itself: "编制的2013年度政府信息公开年度报告", "本报告…2013年度". */
const SELF_REFERENCE = /(?:编制的?|本报告(?:为|是)?|现公布)\s*((?:19|20)\d{2})\s*年度?[^。,，]{0,30}?报告/g;
const WHERE = {
  body: { zh: '正文', en: 'the body' },
  self: { zh: '报告的自称', en: "the report's name for itself" },
  period: { zh: '统计期限', en: 'the statistics period' },
  table: { zh: '表格标题', en: 'a table caption' },
};

interface Mention {
  readonly year: number;
  readonly span: Span;
}

export default defineRule({
  meta: {
    id: 'year-mismatch',
    name: { zh: '年度不一致', en: 'Year mismatch' },
    defaultSeverity: 'error',
    description: { zh: '标题、正文、统计期限、表格中的年度不一致', en: 'the report year differs between title, body, statistics period and tables' },
    fixable: false,
  },
  check(report, add) {
    if (!report.isAnnualReport || !report.year) return;
    if (report.yearSource === 'title') checkAgainstTitle(report, report.year.year, add);
    else checkWithoutTitle(report, add);
  },
});

function checkAgainstTitle(report: Report, year: number, add: (finding: FindingInput) => void): void {
  const params = (found: number, where: keyof typeof WHERE) => ({ year, found, where: WHERE[where] });
  for (const mention of selfNaming(report)) {
    if (mention.year !== year) add({ span: mention.span, message: msg(messages.message, params(mention.year, 'body')) });
  }
  for (const mention of periodYears(report)) {
    if (mention.year !== year) add({ span: mention.span, message: msg(messages.message, params(mention.year, 'period')) });
  }
  for (const table of report.tables) {
    const caption = table.grid.caption;
    if (!caption) continue;
    const found = /((?:19|20)\d{2})\s*年/.exec(report.folded.slice(caption.span.start, caption.span.end));
    if (!found || Number(found[1]) === year) continue;
    const start = caption.span.start + found.index;
    add({ span: { start, end: start + 4 }, message: msg(messages.message, params(Number(found[1]), 'table')) });
  }
}

/**
 * No title line: the report's name for itself, its statistics period and the year its body speaks of are three
 * witnesses. The year two of them agree on is the report's; a witness that says another year is reported. With no
 * two agreeing there is no telling which is wrong: nothing is said.
 */
function checkWithoutTitle(report: Report, add: (finding: FindingInput) => void): void {
  const naming = selfNaming(report);
  const period = periodYears(report);
  const namingYear = single(naming);
  const periodYear = single(period);
  const body = bodyYear(report, [...naming, ...period]);
  const witnesses = [namingYear, periodYear, body].filter((year): year is number => year !== undefined);
  const year = witnesses.find((candidate) => witnesses.filter((other) => other === candidate).length >= 2);
  if (year === undefined) return;
  const params = (found: number, where: keyof typeof WHERE) => ({ year, found, where: WHERE[where] });
  if (namingYear !== undefined && namingYear !== year) {
    for (const mention of naming) add({ span: mention.span, message: msg(messages.message, params(mention.year, 'self')) });
  }
  if (periodYear !== undefined && periodYear !== year) {
    for (const mention of period) add({ span: mention.span, message: msg(messages.message, params(mention.year, 'period')) });
  }
}

/** The one year all the mentions give, if they agree. */
function single(mentions: readonly Mention[]): number | undefined {
  if (mentions.length === 0) return undefined;
  return mentions.every((mention) => mention.year === mentions[0].year) ? mentions[0].year : undefined;
}

function selfNaming(report: Report): Mention[] {
  const found: Mention[] = [];
  // a title in 《》 names the report itself only in its opening: in the body it is last year's ("按时发布了《…2022年…年度报告》")
  const opening = report.folded.slice(0, report.sections[0]?.span.start ?? report.folded.length);
  for (const [pattern, text] of [[SELF_REFERENCE, report.folded], [SELF_TITLE, opening]] as const) {
    for (const match of text.matchAll(pattern)) {
      // SELF_TITLE captures the title, then its year
      const year = match[2] ?? match[1];
      const start = match.index + match[0].indexOf(year, match[0].indexOf('《') + 1);
      if (found.some((mention) => mention.span.start === start)) continue;
      found.push({ year: Number(year), span: { start, end: start + 4 } });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

function periodYears(report: Report): Mention[] {
  return statisticsPeriods(report).flatMap((period) => period.dates
    .filter((date) => date.yearText.length === 4)
    .map((date) => ({ year: date.year, span: { start: date.span.start, end: date.span.start + 4 } })));
}

/** The year the body mentions most, leaving out the period and the self-naming (they are witnesses of their own). */
function bodyYear(report: Report, witnesses: readonly Mention[]): number | undefined {
  let text = report.folded;
  for (const mention of witnesses) text = `${text.slice(0, mention.span.start)}    ${text.slice(mention.span.end)}`;
  return dominantYear(text)?.year;
}
