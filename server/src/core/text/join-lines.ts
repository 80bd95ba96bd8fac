/** Han characters, CJK punctuation and full-width forms (the East Asian wide characters a report holds) */
const WIDE = /[\u{2e80}-\u{303f}\u{3040}-\u{9fff}\u{f900}-\u{faff}\u{fe30}-\u{fe4f}\u{ff00}-\u{ff60}\u{ffe0}-\u{ffe6}\u{20000}-\u{3134f}]/u;

/** the character at `index` (either half of a surrogate pair) is wide; false outside the text */
export function wideAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  // a low surrogate: the character is the pair it ends
  const start = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  return WIDE.test(String.fromCodePoint(text.codePointAt(start)!));
}

/**
 * Lines (a cell's paragraphs, its <br>s) as one line, as rendered Chinese reads them: nothing between two wide
 * characters, else a space. The web-page and the Word reader join cells so.
 */
export function joinLines(parts: readonly string[]): string {
  return parts.reduce((joined, part) => (joined === '' ? part : joined + (wideAt(joined, joined.length - 1) && wideAt(part, 0) ? '' : ' ') + part), '');
}
