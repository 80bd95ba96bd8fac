import type { ProseLine, Report } from '../../model/types';
import type { Caches } from '../../cache/caches';
import { memoSlot } from '../../cache/object-memo';
import { cacheSlot } from '../../cache/caches';
import { ContentCache } from '../../cache/content-cache';
import type { Span } from '../../text/span';
import { inSpans } from '../../script/protected';
import { reportProtectedSpans } from './protected';
import { detach } from '../../text/detach';
import { isWhitespace } from '../../text/line-index';

/** One line of a paragraph: from where its prose starts (after a run-in heading) to the line's end, trimmed. */
export interface ParagraphLine {
  readonly index: number;
  readonly span: Span;
  /** folded (simplified, half-width) text of the span: a kept copy, never a view into the document (see ProseLine.text) */
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

/** Read once per check for all the proofreading rules (a report is never moved: the memo holds for its check). */
const PARAGRAPHS = memoSlot<Report, readonly Paragraph[]>('paragraphs', (found) => found);

/** The paragraphs of a report, in text order: what the proofreading rules read. */
export function paragraphs(report: Report, caches: Caches): readonly Paragraph[] {
  return caches.get(PARAGRAPHS).get(report, (key) => readParagraphs(key, caches));
}

/** Whether a prose line holds a tab, by its text: every line is looked at on every check. */
const TABBED = cacheSlot('paragraph tabs', () => new ContentCache<boolean>(50000));

/**
 * Walks the prose reading's lines (every line outside tables with prose, in order) and the heading lines: a line
 * between two of them that is neither (blank, a table's, a heading's alone) ends a paragraph, and so do the rows of
 * tables not recognised as one and what is hidden. Most of a report's lines are table cells: they are not visited.
 */
function readParagraphs(report: Report, caches: Caches): Paragraph[] {
  const { folded } = report;
  const tableLine = new Uint8Array(report.lines.lines.length);
  for (const table of report.tables) {
    const first = report.lines.lineAt(table.grid.span.start).index;
    const last = report.lines.lineAt(Math.max(table.grid.span.start, table.grid.span.end - 1)).index;
    tableLine.fill(1, first, last + 1);
  }
  const headings = report.headings.map((heading) => ({ index: report.lines.lineAt(heading.span.start).index, span: heading.span }));
  // code and HTML comments are not shown as prose (a comment's own text is never a paragraph), nor is a line that is only a link
  const hidden = reportProtectedSpans(report, caches);
  const isHidden = (start: number, end: number) => inSpans(hidden, start) && inSpans(hidden, Math.max(start, end - 1));

  const found: Paragraph[] = [];
  let current: ParagraphLine[] = [];
  let lastIndex = -2;
  const close = () => {
    if (current.length > 0) found.push({ kind: 'prose', lines: current });
    current = [];
  };
  const proseLines = report.prose.lines;
  const tabs = caches.get(TABBED);
  let nextProse = 0;
  let nextHeading = 0;
  while (nextProse < proseLines.length || nextHeading < headings.length) {
    const heading = headings[nextHeading];
    const prose = proseLines[nextProse];
    const index = heading && (!prose || heading.index <= prose.index) ? heading.index : prose.index;
    const line = report.lines.lines[index];
    if (heading?.index === index) nextHeading++;
    if (prose?.index === index) nextProse++;
    // a heading read twice on one line (a run-in heading inside another) is passed
    if (index === lastIndex) continue;
    if (index !== lastIndex + 1) close();
    lastIndex = index;
    // a tab-separated row is a table's, recognised or not
    const tabbed = prose?.index === index && prose.span.start === line.start ? tabs.get(prose.text, (text) => text.includes('\t')) : folded.slice(line.start, line.end).includes('\t');
    if (tableLine[index] || tabbed || isPipeRow(folded, line.start, line.end) || isHidden(line.start, line.end)) {
      close();
      continue;
    }
    if (heading?.index === index) {
      close();
      const headingLine = trimmed(folded, index, heading.span.start, Math.min(heading.span.end, line.end));
      if (headingLine) found.push({ kind: 'heading', lines: [headingLine] });
      const rest = trimmed(folded, index, heading.span.end, line.end);
      if (rest) current.push(rest);
      continue;
    }
    // a prose line outside headings is its whole line
    const whole = trimmed(folded, index, line.start, line.end, prose.span.start === line.start ? prose : undefined);
    if (whole) current.push(whole);
  }
  close();
  return found;
}

/** "| a | b |": a pipe row of a table not recognised as one */
function isPipeRow(text: string, start: number, end: number): boolean {
  let index = start;
  while (index < end && isWhitespace(text.charCodeAt(index))) index++;
  return text[index] === '|';
}

/** `shared`: the prose reading's line, itself the paragraph line when nothing is trimmed (its text one string from check to check) */
function trimmed(folded: string, index: number, from: number, to: number, shared?: ProseLine): ParagraphLine | undefined {
  let start = from;
  let end = to;
  while (start < end && isWhitespace(folded.charCodeAt(start))) start++;
  while (end > start && isWhitespace(folded.charCodeAt(end - 1))) end--;
  if (start === end) return undefined;
  if (shared && shared.span.start === start && shared.span.end === end) return shared;
  return { index, span: { start, end }, text: detach(folded.slice(start, end)) };
}
