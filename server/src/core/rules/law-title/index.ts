import { LAWS, noticeText, type DecreeSpec, type LawSpec, type NoticeSpec } from '../../formats/laws';
import type { Report, Sentence } from '../../model/types';
import { editDistance } from '../../text/edits';
import { defineRule, type FindingInput } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';
import { readTitle, type TitleReading } from './titles';
import { cacheSlot } from '../../cache/caches';
import { ContentCache } from '../../cache/content-cache';

/** A title in 《》 or, inside one, in 〈〉 (folded text: the brackets are kept). */
const TITLE = /[《〈]([^《》〈〉\n]{2,60})[》〉]/g;
/** The report's own short name for what it cites: (以下简称《条例》) defines it, it is not compared. */
const DEFINED = /(?:简称|下称|称为)\s*[:：]?\s*$/;
/** 国务院令第711号, 国务院第711号令, 中华人民共和国国务院令第711号 */
const DECREE = /国务院令?\s*第?\s*(\d{1,4})\s*号/g;
/** Between a title and the decree number that belongs to it: "《条例》（国务院令第711号）". */
const ATTACHED = /^\s*[(（]?\s*(?:中华人民共和国)?$/;
/** A sentence about the regulation's history: 原《条例》, 旧条例, 修订前, or the years it was in force (2007年4月5日…公布). */
const HISTORY = /原《|原条例|旧《|旧条例|修订前|修改前/;
const YEAR = /((?:19|20)\d{2})\s*年/g;
/** A number of the notices' agency (国办公开办函〔2021〕30号); the brackets as written (doc-number-format reports the wrong ones). */
const AGENCIES = [...new Set(LAWS.notices.map((notice) => notice.agency))];
const NOTICE = new RegExp(`(${AGENCIES.join('|')})\\s*[〔(\\[［【]\\s*((?:19|20)\\d{2})\\s*[〕)\\]］】]\\s*第?\\s*(\\d{1,4})\\s*号`, 'g');
/** The notice is cited as the format's: the sentence names the format or the report. */
const FORMAT_CONTEXT = /格式|年度报告|年报/;

export default defineRule({
  meta: {
    id: 'law-title',
    name: { zh: '法规名称', en: 'Law title' },
    defaultSeverity: 'warning',
    description: { zh: '引用的法规名称、国务院令号或格式通知文号有误', en: 'a cited regulation title, decree number or format notice that is wrong' },
    fixable: true,
    fix: 'review',
  },
  check(report, add, { caches }) {
    if (!report.isAnnualReport) return;
    const titles = caches.get(SENTENCE_TITLES);
    const year = report.year?.year;
    for (const sentence of report.prose.sentences) {
      // most sentences cite nothing: a look for the marks before any pattern runs
      const { text } = sentence;
      const cited = text.includes('《') || text.includes('〈') ? checkTitles(report, sentence, titles, add) : [];
      if (year === undefined) continue;
      if (text.includes('国务院')) checkDecrees(sentence, cited, year, add);
      if (AGENCIES.some((agency) => text.includes(agency))) checkNotices(report, sentence, year, add);
    }
  },
});

interface Cited {
  readonly law: LawSpec;
  /** where the title ends (offset in the sentence text) */
  readonly end: number;
}

function checkTitles(report: Report, sentence: Sentence, titles: ContentCache<readonly CitedTitle[]>, add: (finding: FindingInput) => void): Cited[] {
  const cited: Cited[] = [];
  for (const title of titles.get(sentence.text, titlesIn)) {
    const { reading } = title;
    cited.push({ law: reading.law, end: title.end });
    if (reading.kind !== 'near') continue;
    const start = sentence.span.start + title.start;
    const span = { start, end: start + title.length };
    add({
      span,
      message: msg(messages.title, { found: report.text.slice(span.start, span.end), expected: reading.expected }),
      fix: { title: msg(messages.fix, { expected: reading.expected }), edit: { span, text: reading.expected } },
    });
  }
  return cited;
}

/** A title a sentence cites that names a law: where its words are in the sentence, where its 》 ends, how it reads. */
interface CitedTitle {
  readonly start: number;
  readonly length: number;
  readonly end: number;
  readonly reading: NonNullable<TitleReading>;
}

/** The same sentences come back check after check, citing the same few titles: each sentence's titles are read once. */
const SENTENCE_TITLES = cacheSlot('law-title sentences', () => new ContentCache<readonly CitedTitle[]>(20000));

function titlesIn(text: string): CitedTitle[] {
  const found: CitedTitle[] = [];
  for (const match of text.matchAll(TITLE)) {
    if (DEFINED.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    const reading = readTitle(match[1].replace(/\s+/g, ''), LAWS.laws);
    if (reading) found.push({ start: match.index + 1, length: match[1].length, end: match.index + match[0].length, reading });
  }
  return found;
}

function checkDecrees(sentence: Sentence, cited: readonly Cited[], year: number, add: (finding: FindingInput) => void): void {
  const decrees = [...sentence.text.matchAll(DECREE)];
  if (decrees.length === 0) return;
  // what the sentence says about history, read once (a sentence may cite many decrees)
  const numbers = new Set(decrees.map((match) => Number(match[1])));
  const history = HISTORY.test(sentence.text);
  let earliestYear = Infinity;
  for (const match of sentence.text.matchAll(YEAR)) earliestYear = Math.min(earliestYear, Number(match[1]));
  let citation = -1;
  for (const match of decrees) {
    const number = Number(match[1]);
    // the title right before the number: citations are in text order
    while (citation + 1 < cited.length && cited[citation + 1].end <= match.index) citation++;
    const before = cited[citation];
    const attachedTo = before && ATTACHED.test(sentence.text.slice(before.end, match.index)) ? before.law : undefined;
    const law = attachedTo ?? LAWS.laws.find((candidate) => candidate.decrees.some((decree) => decree.number === number));
    if (!law) continue;
    const inForce = decreeFor(law, year);
    if (!inForce || inForce.number === number) continue;
    const decree = law.decrees.find((candidate) => candidate.number === number);
    const numberStart = sentence.span.start + match.index + match[0].indexOf(match[1]);
    const span = { start: numberStart, end: numberStart + match[1].length };
    const expected = String(inForce.number);
    const fix = { title: msg(messages.fix, { expected }), edit: { span, text: expected } };
    if (!decree) {
      add({ span, message: msg(messages['decree-other'], { law: law.title, expected, found: number }), fix });
    } else if (decree.lastYear !== undefined && year > decree.lastYear) {
      // the regulation's history names the old decree on purpose: "（2007年4月5日国务院令第492号公布，2019年…第711号修订）"
      const namesAnother = law.decrees.some((other) => other.number !== number && numbers.has(other.number));
      if (history || namesAnother || earliestYear <= decree.lastYear) continue;
      add({ span, message: msg(messages['decree-replaced'], { year, found: number, last: decree.lastYear, expected }), fix });
    } else if (year + 1 < decree.issued) {
      // a report for year N is written in N + 1: it cannot cite a decree signed later
      add({ span, message: msg(messages['decree-later'], { year, found: number, issued: decree.issued, expected }), fix });
    }
  }
}

function decreeFor(law: LawSpec, year: number): DecreeSpec | undefined {
  return law.decrees.find((decree) => year >= decree.firstYear && year <= (decree.lastYear ?? Infinity));
}

function checkNotices(report: Report, sentence: Sentence, year: number, add: (finding: FindingInput) => void): void {
  const era = report.format;
  if (era !== '2019' && era !== '2021') return;
  const own = LAWS.notices.find((notice) => notice.era === era);
  if (!own || !FORMAT_CONTEXT.test(sentence.text)) return;
  const notices = [...sentence.text.matchAll(NOTICE)];
  const citesOwn = notices.some((candidate) => candidate[1] === own.agency && Number(candidate[2]) === own.year && Number(candidate[3]) === own.number);
  for (const match of notices) {
    const [whole, agency, noticeYear, number] = match;
    if (agency !== own.agency) continue;
    const written = { agency, year: Number(noticeYear), number: Number(number) };
    if (sameNotice(written, own)) continue;
    const other = LAWS.notices.find((notice) => notice !== own && sameNotice(written, notice));
    if (!other && !nearNotice(written, own)) continue;
    // the other era's notice beside this era's one is history ("〔2019〕60号 … 〔2021〕30号"): not a slip
    if (other && citesOwn) continue;
    // the edit covers only what differs: the year, the number, or both with the brackets between them as written
    const start = sentence.span.start + match.index;
    const yearStart = start + whole.indexOf(noticeYear, agency.length);
    const numberStart = start + whole.lastIndexOf(number);
    const end = start + whole.length;
    const from = written.year !== own.year ? yearStart : numberStart;
    const to = written.number !== own.number ? end : yearStart + noticeYear.length;
    const span = { start: from, end: to };
    const expectedText = written.year !== own.year
      ? `${own.year}${written.number !== own.number ? `${report.text.slice(yearStart + noticeYear.length, numberStart)}${own.number}号` : ''}`
      : `${own.number}号`;
    const found = report.text.slice(start, end);
    const params = { found, expected: noticeText(own) };
    add({
      span,
      message: other ? msg(messages['notice-era'], { ...params, year }) : msg(messages['notice-close'], params),
      fix: { title: msg(messages.fix, { expected: noticeText(own) }), edit: { span, text: expectedText } },
    });
  }
}

function sameNotice(written: Pick<NoticeSpec, 'agency' | 'year' | 'number'>, notice: NoticeSpec): boolean {
  return written.agency === notice.agency && written.year === notice.year && written.number === notice.number;
}

/** A slip in the year or the number: 〔2012〕30号, 〔2021〕3号, 〔2021〕60号 (the number of the other era's notice). */
function nearNotice(written: Pick<NoticeSpec, 'year' | 'number'>, notice: NoticeSpec): boolean {
  if (written.year === notice.year) return editDistance(String(written.number), String(notice.number), 1) <= 1 || LAWS.notices.some((any) => any.number === written.number);
  if (written.number === notice.number) return editDistance(String(written.year), String(notice.year), 1) <= 1;
  return false;
}
