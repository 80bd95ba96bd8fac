import { joinLines, wideAt } from '../core';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One cell of a table's grid: the text of the HTML cell that covers it. */
export interface GridCell {
  readonly text: string;
  /** covered by a rowspan or colspan of the cell up or left of it (whose text this is), not where that cell starts */
  readonly merged: boolean;
  /** a th, or a td in a thead */
  readonly header: boolean;
}

export interface HtmlTable {
  readonly kind: 'table';
  /** rows of equal length, rowspan and colspan expanded; rows with no text at all left out */
  readonly rows: readonly (readonly GridCell[])[];
}

export interface HtmlParagraph {
  readonly kind: 'text';
  readonly text: string;
  /** the level of the h1–h4 this line is (a page's title and headings); absent for any other line */
  readonly heading?: HeadingLevel;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface ReadOptions {
  /**
   * Read a table that only lays out the page (one column, or a table inside one of its cells: old CMS pages put the
   * whole article in one) as the text and tables it holds, not as a table. Off for a paste: what is copied is the table.
   */
  readonly layoutTables?: boolean;
}

export type HtmlBlock = HtmlTable | HtmlParagraph;

/**
 * HTML as Word, WPS, Excel and browsers put it on the clipboard (or a saved web page) → its tables and the lines of
 * text around them, in document order. parse5 builds the tree as a browser would (implied end tags, foster-parented
 * text, Word's downlevel conditionals `<![if …]>` as comments), so what is read is what the page showed: comments
 * (`<!--StartFragment-->`, `<!--[if gte mso 9]>…<![endif]-->`), head, style, script and hidden elements (display:none,
 * mso-hide:all) give no text; &nbsp; is a space; Word's `<o:p>` is an element like any other. A table inside a cell
 * is a table of its own, after the one holding it, and its text is not in that cell. Never throws on input.
 */
export function readHtmlBlocks(html: string, options: ReadOptions = {}): HtmlBlock[] {
  return readBlocksOf(parseHtml(html), options);
}

/** The page's tree as a browser builds it (the clipboard's CF_HTML header left out). */
export function parseHtml(html: string): DefaultTreeAdapterMap['document'] {
  return parse(withoutClipboardHeader(html));
}

/** readHtmlBlocks of one element of a parsed page (the article found among a site's chrome) or of the whole page. */
export function readBlocksOf(root: Node, options: ReadOptions = {}): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const lines = new LineBuilder((text, heading) => blocks.push(heading === undefined ? { kind: 'text', text } : { kind: 'text', text, heading }));
  walk(root, lines, blocks, 0, options);
  lines.flush();
  return blocks;
}

/** Windows' CF_HTML clipboard format puts `Version:0.9 StartHTML:… EndFragment:…` lines before the HTML. */
function withoutClipboardHeader(html: string): string {
  if (!/^\s*Version:\s*\d/.test(html)) return html;
  const start = html.indexOf('<');
  return start < 0 ? '' : html.slice(start);
}

/** Only the tables of readHtmlBlocks. */
export function readHtmlTables(html: string): HtmlTable[] {
  return readHtmlBlocks(html).filter((block): block is HtmlTable => block.kind === 'table');
}

/** elements that start and end a line of text (the rest flow inline); a table is read on its own */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
  'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
]);
/** elements whose content a page does not show */
const UNSHOWN_ELEMENTS = new Set(['head', 'title', 'style', 'script', 'template', 'noscript', 'xml', 'select', 'option', 'iframe', 'object']);
const HIDDEN_STYLE = /display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/i;
/** colspan and rowspan as the HTML table model clamps them */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/** where a block element's content ends on the walk's stack */
const END_OF_BLOCK = Symbol('end of block');
const HEADINGS: Readonly<Record<string, HeadingLevel>> = { h1: 1, h2: 2, h3: 3, h4: 4 };
/** tables inside tables deeper than this are left out (a browser caps the depth of its tree, too) */
const MAX_TABLE_DEPTH = 64;

/** Depth first, with a stack of its own: a page nested thousands of elements deep does not overflow the call stack. */
function walk(root: Node, lines: LineBuilder, blocks: HtmlBlock[], tableDepth: number, options: ReadOptions): void {
  const stack: (Node | typeof END_OF_BLOCK | HeadingEnd)[] = [root];
  const pushChildren = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push(node.childNodes[index]);
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === END_OF_BLOCK) {
      lines.flush();
      continue;
    }
    if ('headingEnd' in node) {
      lines.flush();
      lines.headings.pop();
      continue;
    }
    if (node.nodeName === '#text') {
      lines.text((node as DefaultTreeAdapterMap['textNode']).value);
      continue;
    }
    if (!('childNodes' in node)) continue; // comments, doctype
    if (!('tagName' in node)) {
      pushChildren(node);
      continue;
    }
    const element = node as Element;
    if (!shown(element)) continue;
    const heading = HEADINGS[element.tagName];
    if (element.tagName === 'table' && options.layoutTables && laysOutThePage(element)) {
      lines.flush();
      stack.push(END_OF_BLOCK);
      pushChildren(element);
    } else if (element.tagName === 'table') {
      lines.flush();
      if (tableDepth < MAX_TABLE_DEPTH) readTable(element, blocks, tableDepth + 1, options);
    } else if (heading !== undefined) {
      // a heading is one line however the page breaks it (a title over two lines: the unit, then the report's name)
      lines.flush();
      lines.headings.push(heading);
      stack.push({ headingEnd: true });
      pushChildren(element);
    } else if (element.tagName === 'br') {
      if (lines.headings.length > 0) lines.text('\n');
      else lines.flush();
    } else if (element.tagName === 'img') {
      const alt = attribute(element, 'alt');
      if (alt) lines.text(alt);
    } else if (BLOCK_ELEMENTS.has(element.tagName)) {
      lines.flush();
      stack.push(END_OF_BLOCK);
      pushChildren(element);
    } else {
      pushChildren(element);
    }
  }
}

interface HeadingEnd {
  readonly headingEnd: true;
}

/** a table of one column, or holding a table in one of its cells: the page's layout, not a table of figures */
function laysOutThePage(table: Element): boolean {
  const rows = tableRows(table);
  if (rows.every((row) => row.cells.length <= 1)) return true;
  return rows.some((row) => row.cells.some((cell) => holdsTable(cell)));
}

function holdsTable(root: Element): boolean {
  const stack: Node[] = [...root.childNodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('tagName' in node)) continue;
    if (node.tagName === 'table') return true;
    stack.push(...node.childNodes);
  }
  return false;
}

export function shown(element: Element): boolean {
  if (UNSHOWN_ELEMENTS.has(element.tagName)) return false;
  if (attribute(element, 'hidden') !== undefined) return false;
  const style = attribute(element, 'style');
  return !(style && HIDDEN_STYLE.test(style));
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The HTML table model, simply: each row's cells take the next columns no rowspan from above holds. */
function readTable(table: Element, blocks: HtmlBlock[], depth: number, options: ReadOptions): void {
  // a <caption> is the line above the table
  for (const child of table.childNodes) {
    if ('tagName' in child && child.tagName === 'caption' && shown(child)) {
      const caption = cellText(child, blocks, depth, options);
      if (caption !== '') blocks.push({ kind: 'text', text: caption });
    }
  }
  const slot = blocks.length;
  blocks.push({ kind: 'table', rows: [] });
  const rows = tableRows(table);
  const grid: (GridCell | undefined)[][] = rows.map(() => []);
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row.cells) {
      while (grid[rowIndex][column] !== undefined) column++;
      const colSpan = clamp(attribute(cell, 'colspan'), 1, MAX_COLSPAN, 1);
      // rowspan="0": to the end of the row group
      const rowSpanAttribute = clamp(attribute(cell, 'rowspan'), 0, MAX_ROWSPAN, 1);
      const rowSpan = rowSpanAttribute === 0 ? row.groupEnd - rowIndex : Math.min(rowSpanAttribute, rows.length - rowIndex);
      const text = cellText(cell, blocks, depth, options);
      const header = cell.tagName === 'th' || row.inHead;
      for (let down = 0; down < rowSpan; down++) {
        for (let across = 0; across < colSpan; across++) {
          grid[rowIndex + down][column + across] = { text, merged: down > 0 || across > 0, header };
        }
      }
      column += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const filled = grid
    .map((row) => Array.from({ length: width }, (_, index) => row[index] ?? { text: '', merged: false, header: false }))
    .filter((row) => row.some((cell) => cell.text !== ''));
  blocks[slot] = { kind: 'table', rows: filled };
}

interface TableRow {
  readonly cells: readonly Element[];
  readonly inHead: boolean;
  /** the index after the last row of this row's group (thead, tbody, tfoot) */
  readonly groupEnd: number;
}

/** the table's own rows in order (a nested table's are its own): tr directly under it or under its row groups */
function tableRows(table: Element): TableRow[] {
  const rows: TableRow[] = [];
  const isRow = (child: Node): child is Element => 'tagName' in child && child.tagName === 'tr' && shown(child);
  const addGroup = (members: readonly Element[], inHead: boolean) => {
    const groupEnd = rows.length + members.length;
    for (const tr of members) {
      rows.push({ cells: tr.childNodes.filter((child): child is Element => 'tagName' in child && (child.tagName === 'td' || child.tagName === 'th') && shown(child)), inHead, groupEnd });
    }
  };
  for (const child of table.childNodes) {
    if (!('tagName' in child) || !shown(child)) continue;
    if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') addGroup(child.childNodes.filter(isRow), child.tagName === 'thead');
    else if (isRow(child)) addGroup([child], false);
  }
  return rows;
}

function clamp(value: string | undefined, min: number, max: number, fallback: number): number {
  const number = value === undefined ? NaN : Number.parseInt(value.trim(), 10);
  if (!Number.isFinite(number) || number < min) return fallback;
  return Math.min(number, max);
}

/** a cell's text: its lines (paragraphs, <br>) joined as rendered Chinese reads them, nested tables read apart */
function cellText(cell: Element, blocks: HtmlBlock[], tableDepth: number, options: ReadOptions): string {
  const parts: string[] = [];
  const lines = new LineBuilder((text) => parts.push(text));
  // a table that holds a table is laid out only at the article's level: a cell's nested table stays a table
  for (const child of cell.childNodes) walk(child, lines, blocks, tableDepth, { ...options, layoutTables: false });
  lines.flush();
  return joinLines(parts);
}

/**
 * Collects the text of one line and hands it on at each break, whitespace collapsed as CSS does: a run of spaces is
 * one space, a line break between two East Asian wide characters is none (Word wraps its HTML source mid-sentence),
 * &nbsp; a plain space; blank lines are dropped.
 */
class LineBuilder {
  private pending = '';
  /** the headings the walk is inside (innermost last) */
  readonly headings: HeadingLevel[] = [];
  constructor(private readonly emit: (text: string, heading?: HeadingLevel) => void) {}

  text(value: string): void {
    this.pending += value;
  }

  flush(): void {
    const text = collapse(this.pending);
    this.pending = '';
    if (text !== '') this.emit(text, this.headings[this.headings.length - 1]);
  }
}

const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

function collapse(raw: string): string {
  const collapsed = raw.replace(WHITESPACE_RUN, (run: string, offset: number) =>
    /[\n\r]/.test(run) && wideAt(raw, offset - 1) && wideAt(raw, offset + run.length) ? '' : ' ');
  return collapsed.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' ').trim();
}
