import type { Heading, Report, Table } from '../model/types';
import type { Span } from '../text/span';
import { layoutReportTables, type LayoutCell, type OfficialTable } from './table-layout';

/**
 * A report as the blocks an exported document is made of — its title, its headings (一、 and （一）), its paragraphs
 * and its tables in the template's official layout — read from the core's `Report`, so the .docx and the HTML
 * writers say the same thing in the same order, whether the report was written in Markdown or as plain text.
 * The text is as written, less the Markdown marks (heading marks, emphasis, escapes) and HTML comments.
 */
export type DocumentBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly table: OfficialTable };

export interface DocumentBlockOptions {
  /** Markdown joins the lines of a paragraph; plain text makes each line a paragraph (one line per paragraph, as pasted from Word) */
  readonly markdown: boolean;
}

export function documentBlocks(report: Report, options: DocumentBlockOptions): DocumentBlock[] {
  const text = withoutComments(report.text);
  const lines = report.lines.lines;
  const tables = new Map<number, OfficialTable>();
  const covered: Span[] = [];
  const laidOut = layoutReportTables(report);
  for (const table of report.tables) {
    const official = laidOut.find((layout) => layout.table === table) ?? plainTable(table);
    const span = laidOut.find((layout) => layout.table === table)?.span ?? table.grid.span;
    tables.set(report.lines.lineAt(span.start).index, official);
    covered.push({ start: report.lines.lineAt(span.start).start, end: span.end });
  }
  const headings = new Map<number, Heading>();
  for (const heading of report.headings) {
    const line = report.lines.lineAt(heading.span.start);
    // a run-in heading (一、概述 2012年，…) stays in its paragraph: the line says more than the heading
    if (text.slice(heading.span.end, line.end).trim() === '') headings.set(line.index, heading);
  }
  const titleLine = report.title ? report.lines.lineAt(report.title.span.start).index : -1;

  const blocks: DocumentBlock[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: joinLines(paragraph) });
    paragraph = [];
  };
  let fenced = false;
  for (const line of lines) {
    const table = tables.get(line.index);
    if (table) {
      endParagraph();
      blocks.push({ kind: 'table', table });
      continue;
    }
    if (covered.some((span) => line.start >= span.start && line.start < span.end)) continue;
    const raw = text.slice(line.start, line.end);
    if (options.markdown && /^\s*(```|~~~)/.test(raw)) {
      endParagraph();
      fenced = !fenced;
      continue;
    }
    const written = fenced ? raw.trim() : inlineText(raw, options.markdown);
    if (line.index === titleLine && report.title) {
      endParagraph();
      blocks.push({ kind: 'title', text: inlineText(report.title.text, options.markdown) });
      continue;
    }
    const heading = headings.get(line.index);
    if (heading) {
      endParagraph();
      blocks.push({ kind: 'heading', level: heading.level, text: written });
      continue;
    }
    if (written === '' || (options.markdown && /^\s*([-*_])(\s*\1){2,}\s*$/.test(raw))) {
      endParagraph();
      continue;
    }
    paragraph.push(written);
    if (!options.markdown || fenced) endParagraph();
  }
  endParagraph();
  return blocks;
}

/** HTML comments (suppression comments among them) blanked, offsets kept: a document shows none of them. */
function withoutComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** A line's text without its Markdown marks: heading marks, a quote's >, emphasis, backslash escapes, a link's target. */
function inlineText(line: string, markdown: boolean): string {
  if (!markdown) return line.trim();
  return line
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\\])\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/ {2,}$/, '')
    .trim();
}

/** A paragraph's lines joined as Chinese reads them: no space between two Han characters (or full-width marks). */
function joinLines(lines: readonly string[]): string {
  return lines.reduce((joined, line) => {
    if (joined === '') return line;
    const wide = /[\u3000-\u9fff\uff00-\uffef]/;
    return wide.test(joined[joined.length - 1]) || wide.test(line[0]) ? joined + line : `${joined} ${line}`;
  }, '');
}

/** A table the official layout cannot hold without losing a value: its rows as written, so no figure is dropped. */
function plainTable(table: Table): OfficialTable {
  const rows: LayoutCell[][] = table.grid.rows.map((row) => row.cells.map((cell) => ({ text: cell.text.trim(), source: cell })));
  return { table, className: 'gkr-generic', caption: table.grid.caption, rows, notes: [], span: table.grid.span };
}
