import type { Span } from '../text/span';
import { delimitedSpans } from '../text/delimited';

/** Each pattern runs only when its marker occurs in the text at all. */
const PROTECTED: [string, RegExp][] = [
  ['`', /`[^`\n]+`/g], // code spans
  ['](', /\]\([^)\s]*\)/g], // Markdown link targets
  ['://', /\b(?:https?|ftp):\/\/[^\s，。、；）)\u4e00-\u9fff]+/g], // URLs
  ['www.', /\bwww\.[^\s，。、；）)\u4e00-\u9fff]+/g],
  ['@', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g], // e-mail addresses
];

/** Regions where typography rules never look: code, comments, link targets, URLs, e-mail addresses. */
export function protectedSpans(text: string): Span[] {
  // fenced code and HTML comments (suppression comments) may span lines
  const spans: Span[] = [...delimitedSpans(text, '```', '```'), ...delimitedSpans(text, '<!--', '-->')];
  for (const [marker, pattern] of PROTECTED) {
    if (!text.includes(marker)) continue;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  spans.sort((a, b) => a.start - b.start);
  // merged, so that a binary search finds any span an offset is in
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

export function inSpans(spans: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else if (spans[mid].start > offset) high = mid - 1;
    else return true;
  }
  return false;
}
