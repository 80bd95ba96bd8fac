import { z } from 'zod';
import type { Caches } from '../../cache/caches';
import type { Span, TextEdit } from '../../text/span';
import type { Report } from '../../model/types';
import { isAsciiLetter, isChineseContext } from '../../text/characters';
import { inSpans } from '../../script/protected';
import { reportProtectedSpans } from '../kit/protected';
import { reportSpan } from '../kit/sections';
import { defineRule, type FindingInput } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

export const PUNCTUATION_WIDTH_OPTIONS = z.object({
  /** above this many half-width marks in a document, one finding at the title stands for them and the marks are hints */
  summaryAbove: z.number().int().min(0).default(20),
}).strict();

export default defineRule({
  meta: {
    id: 'punctuation-width',
    name: { zh: '全角标点', en: 'Full-width punctuation' },
    defaultSeverity: 'warning',
    description: { zh: '中文之间使用了半角标点', en: 'half-width punctuation between Chinese characters' },
    fixable: true,
    fix: 'safe',
    cheap: true,
    options: PUNCTUATION_WIDTH_OPTIONS,
  },
  check(report, add, { caches, options, suppressed }) {
    const { summaryAbove } = PUNCTUATION_WIDTH_OPTIONS.parse(options ?? {});
    const spans = halfWidthSpans(report, caches);
    // a mark under a suppression comment is neither counted nor changed by the summary's fix
    const shown = suppressed ? spans.filter((span) => !suppressed(span.start)) : spans;
    const pervasive = shown.length > summaryAbove;
    if (pervasive) {
      // one finding stands for them all (at the rule's severity); the marks themselves are hints, whatever the rule is set to
      add({
        span: reportSpan(report),
        message: msg(messages.pervasive, { count: shown.length }),
        fix: { title: msg(messages['pervasive-fix']), edit: joinedEdit(report.text, shown) },
      });
    }
    for (const span of spans) add(markFinding(report.text, span, pervasive));
  },
});

function markFinding(text: string, span: Span, hint: boolean): FindingInput {
  const original = text.slice(span.start, span.end);
  const found = span.end - span.start > 1 ? '()' : original;
  const expected = span.end - span.start > 1 ? '（）' : FULL_WIDTH[original];
  const fix = { title: msg(messages.fix, { expected }), edit: { span, text: fullWidth(text, span) } };
  const message = msg(messages.message, { found, expected });
  return hint ? { span, message, fix, pinnedSeverity: 'hint' } : { span, message, fix };
}

/** A mark in full width; a pair is fixed as one: fixing one half alone would leave the other unpaired, and flagged anew. */
function fullWidth(text: string, span: Span): string {
  return span.end - span.start > 1 ? `（${text.slice(span.start + 1, span.end - 1)}）` : FULL_WIDTH[text[span.start]];
}

/**
 * The marks changed in one edit, from the first to the last: the whole document's fix. A pair is its two brackets,
 * so a mark inside it ("(一,二)") is changed too.
 */
function joinedEdit(text: string, spans: readonly Span[]): TextEdit {
  const offsets = spans.flatMap((span) => (span.end - span.start > 1 ? [span.start, span.end - 1] : [span.start])).sort((a, b) => a - b);
  const start = offsets[0];
  const pieces: string[] = [];
  let at = start;
  for (const offset of offsets) {
    pieces.push(text.slice(at, offset), FULL_WIDTH[text[offset]]);
    at = offset + 1;
  }
  return { span: { start, end: at }, text: pieces.join('') };
}

/**
 * , : ; ? ! next to Chinese text and not next to an English word; a ( ) pair when what it encloses holds Chinese
 * (one span from ( to ), whose fix converts both).
 * "3,985,758", "12:30", English sentences, URLs, e-mail addresses and code are left alone.
 */
function halfWidthSpans(report: Report, caches: Caches): { start: number; end: number }[] {
  const { text } = report;
  const skip = reportProtectedSpans(report, caches);
  const offsets: { start: number; end: number }[] = [];
  const single = (index: number) => offsets.push({ start: index, end: index + 1 });
  for (const line of report.lines.lines) {
    const lineText = line.text;
    if (!CANDIDATE.test(lineText) || SEPARATOR_ROW.test(lineText)) continue;
    const open: number[] = [];
    for (const match of lineText.matchAll(FIND)) {
      const index = line.start + match.index;
      if (inSpans(skip, index)) continue;
      const char = match[0];
      const before = text[index - 1];
      const after = index + 1 < line.end ? text[index + 1] : undefined;
      if (char === '(') {
        open.push(index);
        continue;
      }
      if (char === ')') {
        const start = open.pop();
        const inner = start === undefined ? '' : text.slice(start + 1, index);
        if (start !== undefined && /[\u3400-\u9fff]/.test(inner)) offsets.push({ start, end: index + 1 });
        else if (start === undefined && isChineseContext(before)) single(index);
        continue;
      }
      if (isAsciiLetter(before) || isAsciiLetter(after)) continue;
      if (isDigit(before) && isDigit(after)) continue;
      if (isChineseContext(before) || isChineseContext(after)) single(index);
    }
    for (const start of open) if (isChineseContext(text[start + 1])) single(start);
  }
  return offsets.sort((a, b) => a.start - b.start || b.end - a.end);
}

const CANDIDATE = /[,:;?!()]/;
const FIND = /[,:;?!()]/g;
const SEPARATOR_ROW = /^\s*\|?[\s:|-]*$/;

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
