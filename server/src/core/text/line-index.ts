import type { Position, Span } from './span';

export interface Line {
  /** 0-based line number */
  readonly index: number;
  readonly start: number;
  /** end of the line's text, before the line break */
  readonly end: number;
  readonly text: string;
}

export class LineIndex {
  readonly lines: readonly Line[];

  constructor(text: string) {
    const lines: Line[] = [];
    let start = 0;
    if (!text.includes('\r')) {
      // the common case, and the fast one: indexOf finds a line feed far quicker than a regular expression
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
        start = end + 1;
      }
    } else {
      const breaks = /\r\n|\r|\n/g;
      let match: RegExpExecArray | null;
      while ((match = breaks.exec(text)) !== null) {
        lines.push({ index: lines.length, start, end: match.index, text: text.slice(start, match.index) });
        start = match.index + match[0].length;
      }
    }
    lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
    this.lines = lines;
  }

  lineAt(offset: number): Line {
    let low = 0;
    let high = this.lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lines[mid].start <= offset) low = mid;
      else high = mid - 1;
    }
    return this.lines[low];
  }

  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    return { line: line.index, character: offset - line.start };
  }

  offsetAt(position: Position): number {
    const line = this.lines[Math.max(0, Math.min(position.line, this.lines.length - 1))];
    return Math.min(line.start + Math.max(0, position.character), line.end);
  }

  lineSpan(lineNumber: number): Span {
    const line = this.lines[lineNumber];
    return { start: line.start, end: line.end };
  }
}

const BLANK = /^\s*$/;

/** Empty or only whitespace; unlike trim(), makes no copy of the text (this runs on every line, more than once). */
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** The bounds of the text without the whitespace trim() would remove, without making the copy. */
export function trimmedBounds(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** The characters String.prototype.trim() and \\s treat as whitespace. */
export function isWhitespace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
