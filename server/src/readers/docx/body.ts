import type { PastedCell } from '../../core';
import { readGrid, type RawRow } from './grid';
import type { Numbering } from './numbering';
import { roleByOutlineLevel, type ParagraphStyle, type StyleRole } from './styles';
import { joinLines } from '../../core';
import { isOn, walkXml, type XmlElement } from './xml';

export interface DocxParagraph {
  readonly kind: 'paragraph';
  /** its lines (w:br splits them), tabs and runs of spaces made one space, trimmed */
  readonly lines: readonly string[];
  readonly role?: StyleRole;
}

export interface DocxTable {
  readonly kind: 'table';
  /** rows of equal width, gridSpan/vMerge/gridBefore/gridAfter resolved; rows with no text left out */
  readonly rows: readonly (readonly PastedCell[])[];
}

export type DocxBlock = DocxParagraph | DocxTable;

/** elements whose content is not the accepted, visible text: deletions, moved-away text, field codes, alternatives */
const SKIPPED = new Set([
  'w:del', 'w:moveFrom', 'w:delText', 'w:delInstrText', 'w:instrText', 'mc:Fallback', 'w:rPrChange', 'w:pPrChange', 'w:tblPrChange',
  'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange', 'w:tblGridChange', 'w:numberingChange', 'w:sdtPr', 'w:commentReference',
  // drawings and VML: text boxes' paragraphs sit inside a run of another paragraph; their text is left out
  'w:drawing', 'w:pict', 'w:object',
]);

interface TableState {
  readonly rows: RawRow[];
  row?: RawRow;
  /** the row is a tracked deletion: accepted, it is gone */
  rowDeleted?: boolean;
  /** the text of the cell being read, paragraph by paragraph */
  cellParagraphs?: string[];
  cellSpan: number;
  cellMerge?: 'restart' | 'continue';
  cellHorizontalContinue: boolean;
}

interface ParagraphState {
  text: string;
  lines: string[];
  styleId?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
  markDeleted?: boolean;
}

/**
 * word/document.xml → its paragraphs and tables in order: the accepted text of tracked changes (w:ins and w:moveTo
 * kept, w:del and w:moveFrom dropped), comments dropped (their text lives in comments.xml, never read), the results of
 * fields kept and their codes dropped, hidden text (w:vanish) dropped, soft hyphens dropped, non-breaking hyphens as
 * "-", tabs as a space. A table inside a table cell is a table of its own after the one holding it.
 */
export function readBody(xml: string, styles: ReadonlyMap<string, ParagraphStyle>, numbering: Numbering): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const tables: TableState[] = [];
  /** the blocks of nested tables, written after the outermost table */
  const pendingNested: DocxBlock[][] = [];
  let skipDepth = 0;
  let paragraph: ParagraphState | undefined;
  /** the text of a paragraph whose mark was deleted, which the next paragraph starts with */
  let carried = '';
  const paragraphs: ParagraphState[] = [];
  let inRun = false;
  let runHidden = false;
  let inRunProperties = false;
  let inParagraphProperties = false;
  let inText = false;
  let inRowProperties = false;
  let inCellProperties = false;
  /** complex fields (w:fldChar begin … separate … end): true while reading a field's code */
  const fields: boolean[] = [];

  const emit = (block: DocxBlock) => {
    if (tables.length === 0) blocks.push(block);
    else pendingNested[pendingNested.length - 1].push(block);
  };
  const add = (text: string) => {
    if (paragraph === undefined || runHidden || fields.includes(true)) return;
    paragraph.text += text;
  };

  const open = (element: XmlElement) => {
    const table = tables[tables.length - 1];
    // a deleted table row (w:trPr/w:del) and a deleted paragraph mark (w:pPr/w:rPr/w:del: the paragraph runs on into the next)
    if (element.name === 'w:del' && skipDepth === 0) {
      if (inRowProperties && table?.row !== undefined) table.rowDeleted = true;
      if (inParagraphProperties && paragraph !== undefined) paragraph.markDeleted = true;
    }
    if (skipDepth > 0 || SKIPPED.has(element.name)) {
      skipDepth++;
      return;
    }
    switch (element.name) {
      case 'w:p':
        if (paragraph !== undefined) paragraphs.push(paragraph);
        paragraph = { text: carried, lines: [] };
        carried = '';
        break;
      case 'w:pPr':
        inParagraphProperties = true;
        break;
      case 'w:pStyle':
        if (inParagraphProperties && paragraph !== undefined) paragraph.styleId = element.attribute('val');
        break;
      case 'w:outlineLvl':
        if (inParagraphProperties && paragraph !== undefined) paragraph.outlineLevel = Number.parseInt(element.attribute('val') ?? '', 10);
        break;
      case 'w:numId':
        if (inParagraphProperties && paragraph !== undefined) paragraph.numId = element.attribute('val');
        break;
      case 'w:ilvl':
        if (inParagraphProperties && paragraph !== undefined) paragraph.ilvl = Number.parseInt(element.attribute('val') ?? '0', 10) || 0;
        break;
      case 'w:r':
        inRun = true;
        runHidden = false;
        break;
      case 'w:rPr':
        inRunProperties = inRun;
        break;
      case 'w:vanish':
        if (inRunProperties && isOn(element)) runHidden = true;
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
      case 'w:ptab':
        if (inRun) add(' ');
        break;
      case 'w:br':
      case 'w:cr':
        if (inRun && !runHidden && paragraph !== undefined && !fields.includes(true)) {
          paragraph.lines.push(paragraph.text);
          paragraph.text = '';
        }
        break;
      case 'w:noBreakHyphen':
        add('-');
        break;
      case 'w:fldChar': {
        const type = element.attribute('fldCharType');
        if (type === 'begin') fields.push(true);
        else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = false;
        else if (type === 'end') fields.pop();
        break;
      }
      case 'w:tbl':
        tables.push({ rows: [], cellSpan: 1, cellHorizontalContinue: false });
        pendingNested.push([]);
        break;
      case 'w:tr':
        if (table !== undefined) {
          table.row = { before: 0, after: 0, header: false, cells: [] };
          table.rowDeleted = false;
        }
        break;
      case 'w:trPr':
        inRowProperties = true;
        break;
      case 'w:gridBefore':
      case 'w:gridAfter':
        if (inRowProperties && table?.row !== undefined) {
          const count = Math.max(0, Math.min(1000, Number.parseInt(element.attribute('val') ?? '0', 10) || 0));
          if (element.name === 'w:gridBefore') table.row.before = count;
          else table.row.after = count;
        }
        break;
      case 'w:tblHeader':
        if (inRowProperties && table?.row !== undefined) table.row.header = isOn(element);
        break;
      case 'w:tc':
        if (table !== undefined) {
          table.cellParagraphs = [];
          table.cellSpan = 1;
          table.cellMerge = undefined;
          table.cellHorizontalContinue = false;
        }
        break;
      case 'w:tcPr':
        inCellProperties = true;
        break;
      case 'w:gridSpan':
        if (inCellProperties && table !== undefined) table.cellSpan = Math.max(1, Math.min(1000, Number.parseInt(element.attribute('val') ?? '1', 10) || 1));
        break;
      case 'w:vMerge':
        if (inCellProperties && table !== undefined) table.cellMerge = element.attribute('val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:hMerge':
        if (inCellProperties && table !== undefined) table.cellHorizontalContinue = element.attribute('val') !== 'restart';
        break;
    }
  };

  const close = (element: XmlElement) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    const table = tables[tables.length - 1];
    switch (element.name) {
      case 'w:p': {
        if (paragraph === undefined) break;
        if (paragraph.markDeleted && paragraph.lines.length === 0 && table?.cellParagraphs === undefined) {
          carried = paragraph.text;
          paragraph = paragraphs.pop();
          break;
        }
        const style = paragraph.styleId === undefined ? undefined : styles.get(paragraph.styleId);
        // Word counts a numbered paragraph even when it is empty; numId 0 switches a style's numbering off
        const numId = paragraph.numId ?? style?.numId;
        const number = numId === undefined || numId === '0' ? '' : numbering.next(numId, paragraph.ilvl ?? style?.ilvl ?? 0);
        const lines = withNumber(number, [...paragraph.lines, paragraph.text].map(cleanLine)).filter((line) => line !== '');
        if (table?.cellParagraphs !== undefined && tables.length > 0 && !paragraphsOutsideCell(table)) {
          table.cellParagraphs.push(...lines);
        } else if (lines.length > 0) {
          const role = roleByOutlineLevel(paragraph.outlineLevel) ?? style?.role;
          emit({ kind: 'paragraph', lines, ...(role === undefined ? {} : { role }) });
        }
        paragraph = paragraphs.pop();
        break;
      }
      case 'w:pPr':
        inParagraphProperties = false;
        break;
      case 'w:r':
        inRun = false;
        runHidden = false;
        break;
      case 'w:rPr':
        inRunProperties = false;
        break;
      case 'w:t':
        inText = false;
        break;
      case 'w:trPr':
        inRowProperties = false;
        break;
      case 'w:tcPr':
        inCellProperties = false;
        break;
      case 'w:tc':
        if (table?.row !== undefined && table.cellParagraphs !== undefined) {
          table.row.cells.push({ text: joinLines(table.cellParagraphs), span: table.cellSpan, merge: table.cellMerge, horizontalContinue: table.cellHorizontalContinue });
        }
        if (table !== undefined) table.cellParagraphs = undefined;
        break;
      case 'w:tr':
        if (table?.row !== undefined && !table.rowDeleted) table.rows.push(table.row);
        if (table !== undefined) table.row = undefined;
        break;
      case 'w:tbl': {
        const done = tables.pop();
        const nested = pendingNested.pop() ?? [];
        if (done === undefined) break;
        const rows = readGrid(done.rows);
        if (rows.length > 0) emit({ kind: 'table', rows });
        for (const block of nested) emit(block);
        break;
      }
    }
  };

  walkXml(xml, {
    open,
    close,
    text(text) {
      if (skipDepth === 0 && inText && inRun) add(text);
    },
  });
  return blocks;
}

/** a paragraph is in the innermost table's cell only while a cell is open */
function paragraphsOutsideCell(table: TableState): boolean {
  return table.row === undefined;
}

/**
 * An automatic number before the paragraph's first line with text: "一、" and "（一）" joined as typed, "1" + space
 * + text otherwise (Word's tab after the number). A numbered paragraph without text stays empty.
 */
function withNumber(number: string, lines: string[]): string[] {
  const first = lines.findIndex((line) => line !== '');
  if (number === '' || first < 0) return lines;
  const joined = /[、.．)）:：]$/.test(number) ? number + lines[first] : `${number} ${lines[first]}`;
  return [...lines.slice(0, first), joined, ...lines.slice(first + 1)];
}

/** soft hyphens dropped; tabs, non-breaking and other spaces one space; no leading spaces (four would be a code block) */
function cleanLine(line: string): string {
  return line.replace(/\u00ad/g, '').replace(/[\t\u00a0\u2000-\u200a\u202f\u205f]+/g, ' ').replace(/ {2,}/g, ' ').replace(/^[ \u3000]+|[ \u3000]+$/g, '');
}
