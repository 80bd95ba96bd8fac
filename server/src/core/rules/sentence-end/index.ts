import type { Report } from '../../model/types';
import { paragraphs, type Paragraph, type ParagraphLine } from '../kit/paragraphs';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';
import { cacheSlot } from '../../cache/caches';
import { ContentCache } from '../../cache/content-cache';
import { CAPTION, CLAUSES, CONTACT, ENDS_IN_CONTACT_OR_DATE, LIST_ITEM, NOTE_AFTER_STOP, TERMINAL, TRAILING } from './shape';

export default defineRule({
  meta: {
    id: 'sentence-end',
    name: { zh: '句末标点', en: 'Sentence end' },
    defaultSeverity: 'warning',
    description: { zh: '段落末尾缺少句末标点', en: 'a paragraph that ends without closing punctuation' },
    fixable: false,
  },
  check(report, add, { caches }) {
    if (!report.isAnnualReport) return;
    const prose = paragraphs(report, caches).filter((paragraph) => paragraph.kind === 'prose');
    // in Markdown consecutive lines are one paragraph, whatever they end in
    const markdown = report.headings.some((heading) => heading.style === 'markdown');
    const ends = caches.get(LINE_ENDS);
    const endOf = (line: ParagraphLine) => ends.get(line.text, readEnd);
    const perLine = !markdown && onePerLine(prose, endOf);
    const checkEnd = (lines: readonly ParagraphLine[], continued: boolean) => {
      const end = missingEnd(report, lines, continued, endOf);
      if (end !== undefined) add({ span: { start: end, end: end + 1 }, message: msg(messages.missing, { last: report.text[end] }) });
    };
    for (const paragraph of prose) {
      if (!perLine) {
        checkEnd(paragraph.lines, false);
        continue;
      }
      // a line broken inside a clause ("……，" then the rest) is a broken line, not a paragraph without its end
      paragraph.lines.forEach((line, index) => checkEnd([line], index < paragraph.lines.length - 1));
    }
  },
});

/**
 * Plain text copied from a page or a Word file has one paragraph per line: nearly every line ends in 。. Hard-wrapped
 * text and Markdown paragraphs break lines inside sentences, and only a block's last line ends a paragraph. Lines
 * without clauses (a title, a label) say nothing about it.
 */
function onePerLine(prose: readonly Paragraph[], endOf: (line: ParagraphLine) => LineEnd): boolean {
  let inner = 0;
  let open = 0;
  for (const paragraph of prose) {
    for (let index = 0; index < paragraph.lines.length - 1; index++) {
      const end = endOf(paragraph.lines[index]);
      if (!end.clauses) continue;
      inner++;
      if (!end.terminated) open++;
    }
  }
  return inner >= 5 && open <= inner * 0.25;
}

/** What a line's own text says about its end, read once per text: every paragraph line is looked at on every check. */
interface LineEnd {
  readonly clauses: boolean;
  readonly terminated: boolean;
}

const LINE_ENDS = cacheSlot('sentence-end lines', () => new ContentCache<LineEnd>(50000));

function readEnd(text: string): LineEnd {
  return { clauses: CLAUSES.test(text), terminated: endsTerminated(text) };
}

function endsTerminated(text: string): boolean {
  const stripped = text.replace(TRAILING, '').replace(/\\$/, '');
  return stripped === '' || TERMINAL.test(stripped[stripped.length - 1]) || NOTE_AFTER_STOP.test(text.replace(/[\s*_]+$/, ''));
}

/** The offset of the paragraph's last character when it is a sentence that ends without its punctuation. */
function missingEnd(report: Report, lines: readonly ParagraphLine[], continued: boolean, endOf: (line: ParagraphLine) => LineEnd): number | undefined {
  const first = lines[0].text;
  const last = lines[lines.length - 1];
  if (endOf(last).terminated) return undefined;
  if (report.title && last.span.start < report.title.span.end && last.span.end > report.title.span.start) return undefined;
  const whole = lines.map((line) => line.text).join('');
  const body = first.replace(/^[*_#>\s]+/, '');
  if (!CLAUSES.test(whole) || LIST_ITEM.test(body) || CAPTION.test(body) || CONTACT.test(body)) return undefined;
  const stripped = last.text.replace(TRAILING, '');
  if (ENDS_IN_CONTACT_OR_DATE.test(stripped)) return undefined;
  const lastChar = stripped[stripped.length - 1];
  if (continued && /[,、]/.test(lastChar)) return undefined;
  return last.span.start + stripped.length - 1;
}
