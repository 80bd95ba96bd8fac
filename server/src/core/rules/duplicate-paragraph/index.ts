import { z } from 'zod';
import type { Report } from '../../model/types';
import type { Line } from '../../text/line-index';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

const OPTIONS = z.object({
  /** characters a paragraph must have to count: shorter lines (titles, labels, “无。”) repeat legitimately */
  minLength: z.number().int().min(5).default(20),
}).strict();

export default defineRule({
  meta: {
    id: 'duplicate-paragraph',
    name: { zh: '重复段落', en: 'Duplicate paragraph' },
    defaultSeverity: 'warning',
    description: { zh: '段落重复出现', en: 'a paragraph repeated verbatim' },
    fixable: true,
    fix: 'review',
    options: OPTIONS,
  },
  check(report, add, context) {
    const { minLength } = OPTIONS.parse(context.options ?? {});
    for (const block of repeatedBlocks(report, minLength)) {
      const first = report.lines.lines[block.from];
      const last = report.lines.lines[block.to];
      const next = report.lines.lines[block.to + 1];
      const lineNumber = (line: Line) => line.index + 1;
      add({
        span: { start: first.start, end: last.end },
        message: block.from === block.to
          ? msg(messages.line, { from: lineNumber(first), originalFrom: block.originalFrom + 1 })
          : msg(messages.block, {
            from: lineNumber(first), to: lineNumber(last),
            originalFrom: block.originalFrom + 1, originalTo: block.originalFrom + 1 + (block.to - block.from),
            count: block.paragraphs,
          }),
        fix: {
          title: msg(messages.fix),
          edit: { span: { start: first.start, end: next ? next.start : last.end }, text: '' },
        },
      });
    }
  },
});

interface Block {
  readonly from: number;
  readonly to: number;
  readonly originalFrom: number;
  readonly paragraphs: number;
}

/**
 * A repeat starts at a paragraph (of `minLength` or more characters) seen earlier, and runs on over the lines
 * that continue to repeat the original in order (short headings and table rows of the copied block included).
 */
function repeatedBlocks(report: Report, minLength: number): Block[] {
  const lines = report.lines.lines;
  const key = (line: Line) => line.text.trim();
  const firstSeen = new Map<string, number>();
  const blocks: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    const text = key(lines[index]);
    const original = firstSeen.get(text);
    if (!isParagraph(text, minLength) || original === undefined || original >= index) {
      if (text && !firstSeen.has(text)) firstSeen.set(text, index);
      index++;
      continue;
    }
    let to = index;
    let paragraphs = 1;
    while (to + 1 < lines.length && original + (to + 1 - index) < index && key(lines[to + 1]) === key(lines[original + (to + 1 - index)])) {
      to++;
      if (isParagraph(key(lines[to]), minLength)) paragraphs++;
    }
    while (to > index && key(lines[to]) === '') to--;
    blocks.push({ from: index, to, originalFrom: original, paragraphs });
    index = to + 1;
  }
  return blocks;
}

/** Prose of `minLength` (default 20) or more characters: a title, a label or a table row is not a paragraph. */
function isParagraph(text: string, minLength: number): boolean {
  return text.length >= minLength && /[。，；：,;]/.test(text) && !text.startsWith('|') && !text.includes('\t');
}
