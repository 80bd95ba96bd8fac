import type { Report } from '../../model/types';
import type { Span } from '../../text/span';
import { inSpans } from '../../script/protected';
import { reportProtectedSpans } from '../kit/protected';
import { paragraphs, type Paragraph } from '../kit/paragraphs';
import { defineRule, type FindingInput } from '../kit/define';
import { cacheSlot } from '../../cache/caches';
import { ContentCache } from '../../cache/content-cache';
import { firstIndex } from '../../text/search';
import { msg } from '../../messages';
import { messages } from './messages';
import { ANY_MARK, CLOSERS, DOC_YEAR, kindOf, MARKDOWN_BRACKETS, MARKS, NUMBER_CLOSER, NUMBER_OPENER, PAIRS } from './brackets';

export default defineRule({
  meta: {
    id: 'bracket-balance',
    name: { zh: '括号配对', en: 'Bracket pairs' },
    defaultSeverity: 'warning',
    description: { zh: '括号、书名号、引号不成对', en: 'unbalanced brackets, title marks or quotation marks' },
    fixable: false,
  },
  check(report, add, { caches }) {
    if (!report.isAnnualReport) return;
    const skip = reportProtectedSpans(report, caches);
    const byLine = caches.get(LINE_MARKS);
    for (const paragraph of paragraphs(report, caches)) {
      // lines each balanced on their own make a balanced paragraph: the walk below starts every line with nothing open
      if (paragraph.lines.every((line) => byLine.get(line.text, readMarks).balanced) && !overlaps(skip, paragraph)) continue;
      const lines = paragraph.lines.map((line) => byLine.get(line.text, readMarks));
      for (const finding of unbalanced(report, paragraph, lines, skip)) add(finding);
    }
  },
});

interface Open {
  readonly mark: string;
  readonly at: number;
}

/**
 * One pass over the paragraph with a stack of open marks. A closer pops its opener; a closer whose opener is
 * deeper in the stack leaves the marks above it unclosed; a closer with no opener is unopened; what is open at the
 * end of the paragraph is unclosed. A quotation or a bracket may run over a line break of the same paragraph.
 * `lines`: each line's paired marks.
 */
function unbalanced(report: Report, paragraph: Paragraph, lines: readonly LineMarks[], skip: readonly Span[]): FindingInput[] {
  const { text } = report;
  const findings: FindingInput[] = [];
  const at = (offset: number) => ({ start: offset, end: offset + 1 });
  const unclosed = (open: Open) => findings.push({ span: at(open.at), message: msg(messages.unclosed, { open: open.mark, close: PAIRS[open.mark] }) });
  const stack: Open[] = [];
  // a doubled opener is reported once and counts once; its doubled closer then closes nothing
  const doubled = new Map<string, number>();
  paragraph.lines.forEach((line, index) => {
    for (const relative of lines[index].marks) {
      const offset = line.span.start + relative;
      if (inSpans(skip, offset)) continue;
      const mark = text[offset];
      if (PAIRS[mark] !== undefined) {
        if (offset > line.span.start && text[offset - 1] === mark && stack.length > 0 && stack[stack.length - 1].at === offset - 1) {
          findings.push({ span: { start: offset - 1, end: offset + 1 }, message: msg(messages.doubled, { marks: `${mark}${mark}` }) });
          doubled.set(mark, (doubled.get(mark) ?? 0) + 1);
          continue;
        }
        stack.push({ mark, at: offset });
        continue;
      }
      const opener = CLOSERS.get(mark)!;
      const depth = findOpener(stack, opener);
      if (depth < 0) {
        const pending = doubled.get(opener) ?? 0;
        if (pending > 0 && text[offset - 1] === mark) {
          doubled.set(opener, pending - 1);
          continue;
        }
        findings.push({ span: at(offset), message: msg(messages.unopened, { open: opener, close: mark }) });
        continue;
      }
      while (stack.length > depth + 1) unclosed(stack.pop()!);
      stack.pop();
    }
  });
  for (const open of stack) unclosed(open);
  return findings.sort((a, b) => a.span.start - b.span.start);
}

function findOpener(stack: readonly Open[], opener: string): number {
  const kind = kindOf(opener);
  for (let index = stack.length - 1; index >= 0; index--) if (kindOf(stack[index].mark) === kind) return index;
  return -1;
}

/** A line's paired marks, and whether they balance within the line (read from its folded text). */
interface LineMarks {
  /** offsets in the line of the marks that are a pair's half, in order */
  readonly marks: readonly number[];
  readonly balanced: boolean;
}

/** The paired marks of each paragraph line, by its text: a check reads again only the lines that changed. */
const LINE_MARKS = cacheSlot('bracket-balance lines', () => new ContentCache<LineMarks>(50000));

const NO_MARKS: LineMarks = Object.freeze({ marks: Object.freeze([]), balanced: true });

function readMarks(line: string): LineMarks {
  if (!ANY_MARK.test(line)) return NO_MARKS;
  const ignored = ignoredMarks(line);
  const marks: number[] = [];
  for (const match of line.matchAll(MARKS)) if (!ignored.has(match.index)) marks.push(match.index);
  return { marks, balanced: balancedAlone(line, marks) };
}

/** Every closer closes the opener right before it, nothing is doubled, nothing stays open: the walk would find nothing. */
function balancedAlone(line: string, marks: readonly number[]): boolean {
  const open: number[] = [];
  for (const at of marks) {
    const mark = line[at];
    if (PAIRS[mark] !== undefined) {
      if (at > 0 && line[at - 1] === mark && open[open.length - 1] === at - 1) return false;
      open.push(at);
      continue;
    }
    const top = open.pop();
    if (top === undefined || kindOf(line[top]) !== kindOf(CLOSERS.get(mark)!)) return false;
  }
  return open.length === 0;
}

/** Whether code, a link or an address (whose marks are not counted) lies in the paragraph. */
function overlaps(skip: readonly Span[], paragraph: Paragraph): boolean {
  const start = paragraph.lines[0].span.start;
  const end = paragraph.lines[paragraph.lines.length - 1].span.end;
  const first = firstIndex(skip, (span) => span.end > start);
  return first < skip.length && skip[first].start < end;
}

const APOSTROPHE = /[A-Za-z]’(?=[A-Za-z])/g;

/** Offsets of the marks that are not a pair's half: list numbers, a 文号's year, Markdown's link brackets. */
function ignoredMarks(line: string): Set<number> {
  const ignored = new Set<number>();
  const lastMark = (match: RegExpExecArray) => match.index + match[0].length - 1;
  // each pattern only where its bracket occurs: most lines hold only balanced （）《》
  const round = line.includes(')') || line.includes('(');
  if (line.includes(')')) for (const match of line.matchAll(NUMBER_CLOSER)) if (!hasOpenerBefore(line, match.index)) ignored.add(lastMark(match));
  if (line.includes('(')) {
    for (const match of line.matchAll(NUMBER_OPENER)) {
      const bracket = match.index + match[0].search(/[（(]/);
      if (!/^[（(][^（()）\n]*[）)]/.test(line.slice(bracket))) ignored.add(bracket);
    }
  }
  if (round || line.includes('〔') || line.includes('[') || line.includes('【')) {
    for (const match of line.matchAll(DOC_YEAR)) {
      ignored.add(match.index);
      ignored.add(lastMark(match));
    }
  }
  // an apostrophe in English words (don’t) is no quotation mark
  if (line.includes('’')) for (const match of line.matchAll(APOSTROPHE)) ignored.add(match.index + 1);
  if (line.includes('[')) {
    for (const match of line.matchAll(MARKDOWN_BRACKETS)) {
      const whole = match[0];
      const open = whole.indexOf('[');
      ignored.add(match.index + open);
      const close = whole.indexOf(']');
      for (let index = close; index < whole.length; index++) if ('[]()'.includes(whole[index])) ignored.add(match.index + index);
    }
  }
  return ignored;
}

/** "（1）" is a balanced number: its closer is only a list number's when nothing before it on the line opens it. */
function hasOpenerBefore(line: string, index: number): boolean {
  const before = line.slice(0, index + 1);
  const opens = (before.match(/[（(]/g) ?? []).length;
  const closes = (before.match(/[）)]/g) ?? []).length;
  return opens > closes;
}
