/** UTF-16 offsets into the document text, end exclusive: the same units LSP and VS Code use. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Position {
  /** 0-based */
  readonly line: number;
  /** 0-based, UTF-16 code units */
  readonly character: number;
}

export interface TextEdit {
  readonly span: Span;
  readonly text: string;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** The same stretch `delta` further on: where a cached result's text now stands. */
export function shifted(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

export function contains(outer: Span, offset: number): boolean {
  return offset >= outer.start && offset < outer.end;
}
