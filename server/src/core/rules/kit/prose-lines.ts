import type { Report } from '../../model/types';
import type { Span } from '../../text/span';

/**
 * The prose of each line, from its first sentence to the line's end: a paragraph of plain text (Markdown's
 * wrapped lines count one by one). Tables and heading lines have no prose; a heading that runs on into its
 * paragraph ("（三）进一步建立完善政务公开机制。一是…") gives the rest of its line.
 */
export function proseLines(report: Report): Span[] {
  const lines: Span[] = [];
  let line = -1;
  for (const sentence of report.prose.sentences) {
    const at = report.lines.lineAt(sentence.span.start);
    if (at.index === line) continue;
    line = at.index;
    lines.push({ start: sentence.span.start, end: at.end });
  }
  return lines;
}
