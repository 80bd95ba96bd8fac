import type { Report } from '../../model/types';
import type { Span } from '../../text/span';
import { inSpans } from '../../script/protected';
import { reportProtectedSpans } from '../kit/protected';
import { paragraphs, type Paragraph } from '../kit/paragraphs';
import { defineRule, type FindingInput } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';
import { ANY_MARK, CLOSERS, DOC_YEAR, kindOf, MARKDOWN_BRACKETS, MARKS, NUMBER_CLOSER, NUMBER_OPENER, PAIRS } from './brackets';

export default defineRule({
  meta: {
    id: 'bracket-balance',
    defaultSeverity: 'warning',
    description: { zh: '括号、书名号、引号不成对', en: 'unbalanced brackets, title marks or quotation marks' },
    fixable: false,
  },
  check(report, add, { caches }) {
    if (!report.isAnnualReport) return;
    const skip = reportProtectedSpans(report, caches);
    for (const paragraph of paragraphs(report, caches)) {
      if (!paragraph.lines.some((line) => ANY_MARK.test(line.text))) continue;
      for (const finding of unbalanced(report, paragraph, skip)) add(finding);
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
 */
function unbalanced(report: Report, paragraph: Paragraph, skip: readonly Span[]): FindingInput[] {
  const { text } = report;
  const findings: FindingInput[] = [];
  const at = (offset: number) => ({ start: offset, end: offset + 1 });
  const unclosed = (open: Open) => findings.push({ span: at(open.at), message: msg(messages.unclosed, { open: open.mark, close: PAIRS[open.mark] }) });
  const stack: Open[] = [];
  // a doubled opener is reported once and counts once; its doubled closer then closes nothing
  const doubled = new Map<string, number>();
  for (const line of paragraph.lines) {
    if (!ANY_MARK.test(line.text)) continue;
    const ignored = ignoredMarks(line.text, line.span.start);
    for (const match of line.text.matchAll(MARKS)) {
      const offset = line.span.start + match.index;
      if (ignored.has(offset) || inSpans(skip, offset)) continue;
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
  }
  for (const open of stack) unclosed(open);
  return findings.sort((a, b) => a.span.start - b.span.start);
}

function findOpener(stack: readonly Open[], opener: string): number {
  const kind = kindOf(opener);
  for (let index = stack.length - 1; index >= 0; index--) if (kindOf(stack[index].mark) === kind) return index;
  return -1;
}

const APOSTROPHE = /[A-Za-z]’(?=[A-Za-z])/g;

/** Offsets of the marks that are not a pair's half: list numbers, a 文号's year, Markdown's link brackets. */
function ignoredMarks(line: string, lineStart: number): Set<number> {
  const ignored = new Set<number>();
  const lastMark = (match: RegExpExecArray) => lineStart + match.index + match[0].length - 1;
  // each pattern only where its bracket occurs: most lines hold only balanced （）《》
  const round = line.includes(')') || line.includes('(');
  if (line.includes(')')) for (const match of line.matchAll(NUMBER_CLOSER)) if (!hasOpenerBefore(line, match.index)) ignored.add(lastMark(match));
  if (line.includes('(')) {
    for (const match of line.matchAll(NUMBER_OPENER)) {
      const bracket = match.index + match[0].search(/[（(]/);
      if (!/^[（(][^（()）\n]*[）)]/.test(line.slice(bracket))) ignored.add(lineStart + bracket);
    }
  }
  if (round || line.includes('〔') || line.includes('[') || line.includes('【')) {
    for (const match of line.matchAll(DOC_YEAR)) {
      ignored.add(lineStart + match.index);
      ignored.add(lastMark(match));
    }
  }
  // an apostrophe in English words (don’t) is no quotation mark
  if (line.includes('’')) for (const match of line.matchAll(APOSTROPHE)) ignored.add(lineStart + match.index + 1);
  if (line.includes('[')) {
    for (const match of line.matchAll(MARKDOWN_BRACKETS)) {
      const whole = match[0];
      const open = whole.indexOf('[');
      ignored.add(lineStart + match.index + open);
      const close = whole.indexOf(']');
      for (let index = close; index < whole.length; index++) if ('[]()'.includes(whole[index])) ignored.add(lineStart + match.index + index);
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
