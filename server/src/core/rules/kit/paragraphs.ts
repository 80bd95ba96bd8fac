import type { Report } from '../../model/types';
import type { Caches } from '../../cache/caches';
import { memoSlot } from '../../cache/object-memo';
import type { Span } from '../../text/span';
import { inSpans } from '../../script/protected';
import { delimitedSpans } from '../../text/delimited';

/** One line of a paragraph: from where its prose starts (after a run-in heading) to the line's end, trimmed. */
export interface ParagraphLine {
  readonly index: number;
  readonly span: Span;
  /** folded (simplified, half-width) text of the span */
  readonly text: string;
}

/**
 * A run of consecutive non-blank prose lines (a Markdown paragraph; in plain text one paragraph per line, or one
 * hard-wrapped paragraph), or a heading line on its own. Tables, tab-separated or pipe rows, fenced code and HTML
 * comments are no paragraph and end one.
 */
export interface Paragraph {
  readonly kind: 'prose' | 'heading';
  readonly lines: readonly ParagraphLine[];
}

const TABLE_ROW = /^\s*\|/;
const NON_BLANK = /\S/;

/** Read once per check for all the proofreading rules (a report is never moved: the memo holds for its check). */
const PARAGRAPHS = memoSlot<Report, readonly Paragraph[]>('paragraphs', (found) => found);

/** The paragraphs of a report, in text order: what the proofreading rules read. */
export function paragraphs(report: Report, caches: Caches): readonly Paragraph[] {
  return caches.get(PARAGRAPHS).get(report, readParagraphs);
}

function readParagraphs(report: Report): Paragraph[] {
  const { lines } = report.lines;
  const skip = new Uint8Array(lines.length);
  for (const table of report.tables) {
    const first = report.lines.lineAt(table.grid.span.start).index;
    const last = report.lines.lineAt(Math.max(table.grid.span.start, table.grid.span.end - 1)).index;
    skip.fill(1, first, last + 1);
  }
  const headingAt = new Map<number, Span>();
  for (const heading of report.headings) headingAt.set(report.lines.lineAt(heading.span.start).index, heading.span);
  // fenced code and HTML comments are not shown as prose (a comment's own text is never a paragraph)
  const hidden = [...delimitedSpans(report.text, '```', '```'), ...delimitedSpans(report.text, '<!--', '-->')].sort((a, b) => a.start - b.start);

  const found: Paragraph[] = [];
  let current: ParagraphLine[] = [];
  const close = () => {
    if (current.length > 0) found.push({ kind: 'prose', lines: current });
    current = [];
  };
  for (const line of lines) {
    const folded = report.folded.slice(line.start, line.end);
    if (skip[line.index] || !NON_BLANK.test(folded) || TABLE_ROW.test(folded) || folded.includes('\t')
      || (inSpans(hidden, line.start) && inSpans(hidden, Math.max(line.start, line.end - 1)))) {
      close();
      continue;
    }
    let start = line.start;
    const heading = headingAt.get(line.index);
    if (heading) {
      close();
      const headingLine = trimmed(report, line.index, heading.start, Math.min(heading.end, line.end));
      if (headingLine) found.push({ kind: 'heading', lines: [headingLine] });
      start = heading.end;
    }
    const prose = trimmed(report, line.index, start, line.end);
    if (prose) current.push(prose);
    else if (heading) continue;
  }
  close();
  return found;
}

function trimmed(report: Report, index: number, from: number, to: number): ParagraphLine | undefined {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(report.folded[start])) start++;
  while (end > start && /\s/.test(report.folded[end - 1])) end--;
  if (start === end) return undefined;
  return { index, span: { start, end }, text: report.folded.slice(start, end) };
}
