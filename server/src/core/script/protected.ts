import type { Span } from '../model/span';

const PROTECTED = [
  /```[^]*?```/g, // fenced code
  /`[^`\n]+`/g, // code spans
  /<!--[^]*?-->/g, // HTML comments (suppression comments)
  /\]\([^)\s]*\)/g, // Markdown link targets
  /\b(?:https?|ftp):\/\/[^\s，。、；）)\u4e00-\u9fff]+/g, // URLs
  /\bwww\.[^\s，。、；）)\u4e00-\u9fff]+/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail addresses
];

/** Regions where typography rules never look: code, comments, link targets, URLs, e-mail addresses. */
export function protectedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of PROTECTED) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
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
  return spans.some((span) => offset >= span.start && offset < span.end);
}
