import type { Span } from '../text/span';
import type { Report } from '../model/types';
import { firstIndex } from '../text/search';

export interface OutlineSymbol {
  readonly name: string;
  readonly kind: 'section' | 'subsection' | 'table';
  readonly span: Span;
  /** what the outline selects: the heading's title, or the whole table */
  readonly selection: Span;
  readonly children: readonly OutlineSymbol[];
}

export interface FoldingRange {
  /** 0-based lines */
  readonly startLine: number;
  readonly endLine: number;
}

/** Sections with their subsections and tables; tables before the first section stand alone. */
export function outline(report: Report): OutlineSymbol[] {
  // the tables are in text order: each section takes its run of them, found by a binary search, not a scan of all
  const tables = report.tables;
  const tablesIn = (span: Span): OutlineSymbol[] => {
    const run = [];
    for (let index = firstIndex(tables, (table) => table.grid.span.start >= span.start); index < tables.length && tables[index].grid.span.start < span.end; index++) run.push(tables[index]);
    return run.map((table) => ({
      name: table.kind === 'standard' ? table.spec.title : table.grid.caption?.text ?? '表格',
      kind: 'table' as const, span: table.grid.span, selection: table.grid.span, children: [],
    }));
  };
  const sections = report.sections.map((section): OutlineSymbol => ({
    name: `${section.heading.numberText}${section.heading.title}`.trim(),
    kind: 'section',
    span: section.span,
    selection: section.heading.titleSpan,
    children: [
      ...section.children.map((child): OutlineSymbol => ({
        name: `${child.heading.numberText}${child.heading.title}`.trim(), kind: 'subsection', span: child.span, selection: child.heading.titleSpan, children: [],
      })),
      ...tablesIn(section.span),
    ],
  }));
  const firstSection = report.sections[0]?.span.start ?? report.text.length;
  return [...tablesIn({ start: 0, end: firstSection }), ...sections];
}

/** One fold per section that spans more than a line. */
export function foldingRanges(report: Report): FoldingRange[] {
  return report.sections.map((section) => ({
    startLine: report.lines.positionAt(section.span.start).line,
    endLine: Math.max(report.lines.positionAt(section.span.start).line, report.lines.positionAt(Math.max(section.span.start, section.span.end - 1)).line),
  })).filter((range) => range.endLine > range.startLine);
}
