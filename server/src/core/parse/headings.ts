import type { SectionSpec } from '../formats/schema';
import type { Heading } from '../model/types';
import { normalizeLabel } from '../text/fold';
import { shifted } from '../text/span';
import type { Line } from '../text/line-index';
import { cacheSlot, type Caches } from '../cache/caches';
import { PlacedCache } from '../cache/placed-cache';
import { chineseNumeral } from '../text/numbers';
import { ALL_SECTIONS } from '../formats';
import { nearWording } from './wording';

const MARKDOWN = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BOLD = /^\*\*(.+?)\*\*[:：]?\s*$/;
const LEVEL1 = /^([一二三四五六七八九十]{1,3})(?:\s*[、.．:：]\s*|\s+)(\S.*)$/;
const LEVEL2 = /^[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*(\S.*)$/;
const MAX_TITLE = 40;
/** what a heading line can begin with (most lines are prose or table rows: ruled out at once) */
const MAY_START_HEADING = /^\s*[#*一二三四五六七八九十(（]/;

/**
 * Reads one line as a heading: a Markdown heading, a bold line or a plain numbered line
 * (一、 / 一 / 一. / （一） / (一), either width, either script). `folded` is the folded line, where
 * comments are blanked ("<!-- … -->五、…" and "五<!-- … -->、…" are heading 五, as the rendered report shows).
 */
export function parseHeadingLine(line: Line, folded: string, caches: Caches): Heading | undefined {
  if (!MAY_START_HEADING.test(folded)) return undefined;
  // the original text is the key (a traditional and a simplified line fold alike); the folded text is compared
  return caches.get(HEADING_LINES).get(line.text, line.start, () => ({ folded, heading: readHeading(line, folded) }), moveHeading,
    (kept) => kept.folded === folded).heading;
}

/** Headings by line, kept from check to check (most lines of a report do not change between keystrokes). */
const HEADING_LINES = cacheSlot('heading lines', (caches) => new PlacedCache<{ readonly folded: string; readonly heading: Heading | undefined }>(20000, caches));

function moveHeading(from: { readonly folded: string; readonly heading: Heading | undefined }, delta: number) {
  const { heading } = from;
  if (!heading) return from;
  return { folded: from.folded, heading: { ...heading, span: shifted(heading.span, delta), titleSpan: shifted(heading.titleSpan, delta) } };
}

function readHeading(line: Line, folded: string): Heading | undefined {
  const leading = folded.length - folded.trimStart().length;
  let body = folded.trim();
  let offset = line.start + leading;
  let style: Heading['style'] = 'plain';
  let prefix = '';
  let markdownDepth = 0;
  const markdown = MARKDOWN.exec(body);
  if (markdown) {
    style = 'markdown';
    markdownDepth = markdown[1].length;
    prefix = `${markdown[1]} `;
    offset += body.indexOf(markdown[2]);
    body = markdown[2];
  }
  const bold = BOLD.exec(body);
  if (bold) {
    if (style === 'plain') style = 'bold';
    offset += 2;
    body = bold[1];
  }
  if (!body) return undefined;
  const subsection = LEVEL2.exec(body);
  const numbered = subsection ?? LEVEL1.exec(body);
  if (numbered) {
    const level = subsection ? 2 : 1;
    const title = headingBeforeText(numbered[2], level) ?? runInTitle(numbered[2]);
    if (title === undefined) return undefined;
    const titleStart = offset + body.indexOf(numbered[2]);
    // a heading followed by its paragraph on the same line covers the heading only: the rest is prose
    const runsOn = !/^[\s。:：*]*$/.test(folded.slice(titleStart - line.start + title.length));
    return {
      level,
      numeral: chineseNumeral(numbered[1]),
      numberText: body.slice(0, body.indexOf(numbered[2])),
      title: line.text.slice(titleStart - line.start, titleStart - line.start + title.length),
      key: normalizeLabel(title),
      span: { start: line.start, end: runsOn ? titleStart + title.length : line.end },
      titleSpan: { start: titleStart, end: titleStart + title.length },
      style,
      prefix,
    };
  }
  if (style !== 'markdown' || body.length > MAX_TITLE) return undefined;
  return {
    level: markdownDepth <= 2 ? 1 : 2,
    numberText: '',
    title: line.text.slice(offset - line.start, offset - line.start + body.length),
    key: normalizeLabel(body),
    span: { start: line.start, end: line.end },
    titleSpan: { start: offset, end: offset + body.length },
    style,
    prefix,
  };
}

/** What separates a heading from the paragraph run on after it on the same line. */
const RUN_ON = /[\s。:：]/;
/** A clause comma: a section title has none ("一、加强组织领导，完善工作机制" is a numbered item, not a section). */
const CLAUSE_COMMA = /[,，;；]/;
const MAX_SUBHEADING = 20;

/**
 * A heading rendered with its paragraph on the same line ("一、概述 2012年，我县…", "二、主动公开政府信息情况。本年度…",
 * "（一）主动公开情况 全年…"): the text before the first space, 。 or ：, when more text follows. At the top level the
 * text must name a section of some era's list, so a numbered item of prose ("一、加强组织领导，…", "一、强化培训 全年…")
 * is not read as a section; a （一） heading is short and has no clause comma.
 */
function headingBeforeText(text: string, level: 1 | 2): string | undefined {
  const stop = text.search(RUN_ON);
  if (stop <= 0) return undefined;
  const head = text.slice(0, stop);
  if (!/[^\s。:：*]/.test(text.slice(stop)) || CLAUSE_COMMA.test(head)) return undefined;
  if (level === 2) return head.length <= MAX_SUBHEADING ? head : undefined;
  if (head.length > MAX_TITLE) return undefined;
  return sectionsNamed(normalizeLabel(head), ALL_SECTIONS).length > 0 ? head : undefined;
}

/** A heading's title, or the run-in part before the first full stop ("（一）加强领导。全年…"). */
function runInTitle(text: string): string | undefined {
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed.length <= MAX_TITLE && !/[。；;].+/.test(trimmed)) return trimmed.replace(/[。:：]$/, '');
  const stop = trimmed.search(/[。；;:：]/);
  if (stop > 0 && stop <= MAX_TITLE) return trimmed.slice(0, stop);
  return undefined;
}

export function matchesKeywords(key: string, alternatives: readonly (readonly string[])[]): boolean {
  return alternatives.some((all) => all.every((keyword) => key.includes(keyword)));
}

/**
 * The format section a top-level heading stands for; a heading numbered like the section wins a tie. A heading that
 * misses the keywords by a slip of the pen (二、主公开政府信息情况) still stands for its section: heading-wording
 * reports the slip, and missing-section must not insert the section a second time.
 */
export function matchSection(heading: Heading, sections: readonly SectionSpec[]): SectionSpec | undefined {
  if (CLAUSE_COMMA.test(heading.key)) return undefined;
  const candidates = sectionsNamed(heading.key, sections);
  return candidates.find((spec) => spec.numeral === heading.numeral) ?? candidates[0];
}

/** The sections a heading's key names by their keywords, or else the one it misses by a slip of the pen. */
function sectionsNamed(key: string, sections: readonly SectionSpec[]): readonly SectionSpec[] {
  const candidates = sections.filter((spec) => matchesKeywords(key, spec.match));
  if (candidates.length > 0) return candidates;
  const near = nearWording(key, sections);
  return near ? [near.spec] : [];
}
