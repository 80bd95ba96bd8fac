import type { Report } from '../../model/types';
import { inSpans } from '../../script/protected';
import { reportProtectedSpans } from '../kit/protected';
import { delimitedSpans } from '../../text/delimited';
import { paragraphs, type ParagraphLine } from '../kit/paragraphs';
import { defineRule, type FindingInput } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';
import { cacheSlot } from '../../cache/caches';
import { ContentCache } from '../../cache/content-cache';
import { CANDIDATE, CONDITIONAL, FILL_IN, HAN, INSTRUCTIONS, MARKUP, PLACEHOLDER_MARK, SECTION_PLACEHOLDERS, UNIT_PLACEHOLDER } from './residue';

export default defineRule({
  meta: {
    id: 'template-residue',
    name: { zh: '模板残留', en: 'Template residue' },
    defaultSeverity: 'warning',
    description: { zh: '模板说明、占位内容或网页/Word 标记未删除', en: 'template instructions, placeholders or web/Word markup left in the text' },
    fixable: false,
  },
  check(report, add, { caches }) {
    if (!report.isAnnualReport) return;
    const skip = reportProtectedSpans(report, caches);
    const candidates = caches.get(CANDIDATES);
    const sectionPlaceholders: ParagraphLine[] = [];
    for (const paragraph of paragraphs(report, caches)) {
      for (const line of paragraph.lines) {
        if (!candidates.get(line.text, (text) => CANDIDATE.test(text))) continue;
        if (SECTION_PLACEHOLDERS.has(report.text.slice(line.span.start, line.span.end))) sectionPlaceholders.push(line);
        else for (const finding of lineResidue(report, line, skip)) add(finding);
      }
    }
    for (const finding of placeholderParagraphs(report, sectionPlaceholders)) add(finding);
    for (const finding of conditionalComments(report)) add(finding);
    const title = report.title;
    if (title) {
      const within = report.text.slice(title.span.start, title.span.end).indexOf(UNIT_PLACEHOLDER);
      const at = title.span.start + within;
      if (within >= 0) {
        add({ span: { start: at, end: at + UNIT_PLACEHOLDER.length }, message: msg(messages.unitPlaceholder, { found: UNIT_PLACEHOLDER }) });
      }
    }
  },
});

/** Whether a line's text holds anything residue begins with, by text: nearly no line does, and every line is looked at on every check. */
const CANDIDATES = cacheSlot('template-residue lines', () => new ContentCache<boolean>(50000));

/** The residue of a candidate line. */
function lineResidue(report: Report, line: ParagraphLine, skip: ReturnType<typeof reportProtectedSpans>): FindingInput[] {
  const found: FindingInput[] = [];
  const { text } = line;
  const original = (start: number, end: number) => report.text.slice(start, end);
  const visible = (offset: number) => !inSpans(skip, offset);
  for (const match of text.matchAll(INSTRUCTIONS)) {
    const start = line.span.start + match.index + match[0].indexOf(match[1]);
    if (visible(start)) found.push({ span: { start, end: start + match[1].length }, message: msg(messages.instructions, { found: match[1] }) });
  }
  for (const match of text.matchAll(FILL_IN)) {
    const start = line.span.start + match.index;
    const end = start + match[0].length;
    if (visible(start)) found.push({ span: { start, end }, message: msg(messages.fillIn, { found: original(start, end) }) });
  }
  for (const match of text.matchAll(PLACEHOLDER_MARK)) {
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + match[0].length] ?? '';
    const start = line.span.start + match.index;
    const end = start + match[0].length;
    // next to Chinese, or a year's digits (20XX年): not an English word or a code
    if (!(HAN.test(before) || HAN.test(after))) continue;
    if (visible(start)) found.push({ span: { start, end }, message: msg(messages.placeholderMark, { found: original(start, end) }) });
  }
  const markup = [...text.matchAll(MARKUP)].filter((match) => visible(line.span.start + match.index));
  if (markup.length > 0) {
    const first = markup[0];
    const last = markup[markup.length - 1];
    const start = line.span.start + first.index;
    const end = line.span.start + last.index + last[0].length;
    found.push({ span: { start, end }, message: msg(messages.markup, { found: original(start, start + first[0].length), count: markup.length }) });
  }
  return found;
}

/**
 * The snippets' placeholder paragraphs ("（总体情况）"): one finding per top-level section, at its first, however many
 * it holds: a section not yet written is one thing to do, not one per line.
 */
function placeholderParagraphs(report: Report, lines: readonly ParagraphLine[]): FindingInput[] {
  const bySection = new Map<number, ParagraphLine[]>();
  for (const line of lines) {
    // before the first heading (or in a report without sections) is a section of its own
    const section = report.sections.findIndex((candidate) => candidate.span.start <= line.span.start && line.span.start < candidate.span.end);
    bySection.set(section, [...(bySection.get(section) ?? []), line]);
  }
  return [...bySection.values()].map(([first, ...others]) => {
    const found = report.text.slice(first.span.start, first.span.end);
    const message = others.length === 0
      ? msg(messages.sectionPlaceholder, { found })
      : msg(messages.sectionPlaceholders, { found, count: others.length + 1 });
    return { span: first.span, message };
  });
}

/** <!--[if gte mso 9]> … <![endif]-->: hidden as a comment, but Word's, not the author's (not inside fenced code). */
function conditionalComments(report: Report): FindingInput[] {
  // every conditional comment has "[if" or "[endif": one look for "[" and the letter after it, not two searches
  if (!/\[(?:if|endif)/i.test(report.text)) return [];
  const code = delimitedSpans(report.text, '```', '```');
  const found: FindingInput[] = [];
  for (const match of report.text.matchAll(CONDITIONAL)) {
    if (inSpans(code, match.index)) continue;
    found.push({ span: { start: match.index, end: match.index + match[0].length }, message: msg(messages.markup, { found: match[0], count: 1 }) });
  }
  return found;
}
