import { ARTIFACTS, SCRIPT_ALLOW_LIST, type ArtifactSpec } from '../formats/script';
import type { Span } from '../text/span';
import { toSimplified } from '../text/fold';

export interface ArtifactMatch {
  readonly span: Span;
  readonly found: string;
  readonly replacement: string;
  readonly spec: ArtifactSpec;
}

const compiled = ARTIFACTS.map((spec) => ({ spec, regex: new RegExp(spec.pattern, 'g') }));
const allowList = new RegExp(SCRIPT_ALLOW_LIST.join('|'), 'g');

/** Every artifact phrase in the folded text; offsets are the original text's. */
export function findArtifacts(folded: string): ArtifactMatch[] {
  const matches: ArtifactMatch[] = [];
  for (const { spec, regex } of compiled) {
    if (!folded.includes(spec.literal)) continue;
    for (const match of folded.matchAll(regex)) {
      if (match[0] === '') continue;
      matches.push({ span: { start: match.index, end: match.index + match[0].length }, found: match[0], replacement: spec.replacement, spec });
    }
  }
  return matches.sort((a, b) => a.span.start - b.span.start);
}

export function replaceArtifacts(simplified: string): string {
  let result = simplified;
  for (const { spec, regex } of compiled) if (result.includes(spec.literal)) result = result.replace(regex, spec.replacement);
  return result;
}

/** Spans the allow-list protects from script findings. */
export function allowedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(allowList)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/** The whole document in simplified characters, with the Taiwan-vocabulary substitutions undone. */
export function convertDocument(text: string): string {
  const protectedSpans = allowedSpans(text);
  if (protectedSpans.length === 0) return replaceArtifacts(toSimplified(text));
  let out = '';
  let at = 0;
  for (const span of protectedSpans) {
    out += toSimplified(text.slice(at, span.start)) + text.slice(span.start, span.end);
    at = span.end;
  }
  return replaceArtifacts(out + toSimplified(text.slice(at)));
}
