import type { Span } from './span';

/**
 * Every stretch from `open` to the next `close` (both included), in order; an `open` never closed ends the
 * search. Linear, where the equivalent lazy regular expression (/<!--[^]*?-->/g) rescans the rest of the
 * text from every unclosed opener.
 */
export function delimitedSpans(text: string, open: string, close: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) break;
    spans.push({ start, end: end + close.length });
    from = end + close.length;
  }
  return spans;
}

/** The text without its HTML comments (suppression comments among them), which the rendered report does not show. */
export function withoutComments(text: string): string {
  if (!text.includes('<!--')) return text;
  let out = '';
  let from = 0;
  for (const comment of delimitedSpans(text, '<!--', '-->')) {
    out += text.slice(from, comment.start);
    from = comment.end;
  }
  return out + text.slice(from);
}
