import {
  AlignmentType, BorderStyle, Document, LineRuleType, Packer, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType, type IRunOptions,
} from 'docx';
import { parseCellValue, type DocumentBlock, type LayoutCell, type OfficialTable } from '../core';

/**
 * The Word export in the official layout of a 公文 (GB/T 9704): A4 with its margins (top 37 mm, bottom 35 mm,
 * left 28 mm, right 26 mm), the title in 方正小标宋简体 二号 centred, headings 一、 in 黑体 and （一） in 楷体, the
 * body in 仿宋_GB2312 三号 (16 pt) with a fixed line spacing of 28 pt and a first-line indent of two characters;
 * the report tables in the template's layout from the core (colspan → gridSpan, rowspan → vMerge), bordered,
 * numbers centred. Every font is named for eastAsia too: Word picks the face for Chinese text from that one.
 */
export async function writeDocx(blocks: readonly DocumentBlock[]): Promise<Uint8Array> {
  const document = new Document({
    creator: 'gkreport',
    title: blocks.find((block) => block.kind === 'title')?.text,
    styles: { default: { document: { run: { ...font(FONTS.body), size: BODY_SIZE } } } },
    sections: [{
      properties: {
        page: {
          size: { width: mm(210), height: mm(297) },
          margin: {
            top: mm(37), bottom: mm(35),
            left: mm(28), right: mm(26),
          },
        },
      },
      children: blocks.flatMap(blockElements),
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTable() }]));
}

/**
 * The font table, with each face's stand-in (`w:altName`): the way OOXML names a fallback. A machine without
 * 方正小标宋简体 (most have none: it comes with the 方正 fonts) shows the title in 黑体, without 仿宋_GB2312 (Windows
 * 7 on) the body in 仿宋. Charset 86 is GB2312. docx writes an empty table of its own.
 */
function fontTable(): string {
  const faces: [string, string, 'roman' | 'modern' | 'script'][] = [
    [FONTS.title.eastAsia, FONTS.title.latin, 'script'],
    [FONTS.heading1.eastAsia, 'SimHei', 'modern'],
    [FONTS.heading2.eastAsia, FONTS.heading2.latin, 'modern'],
    [FONTS.heading2.latin, 'KaiTi', 'modern'],
    [FONTS.body.eastAsia, FONTS.body.latin, 'modern'],
    [FONTS.body.latin, 'FangSong', 'modern'],
  ];
  const entries = faces.map(([name, alternative, family]) =>
    `<w:font w:name="${name}"><w:altName w:val="${alternative}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join('')}</w:fonts>`;
}

/** The faces of a 公文 (eastAsia: the Chinese text; latin: digits and Latin letters); the font table names each one's stand-in */
export const FONTS = {
  title: { eastAsia: '方正小标宋简体', latin: '黑体' },
  heading1: { eastAsia: '黑体', latin: '黑体' },
  heading2: { eastAsia: '楷体_GB2312', latin: '楷体' },
  body: { eastAsia: '仿宋_GB2312', latin: '仿宋' },
} as const;

/** millimetres in twentieths of a point, rounded (docx's own helper floors: A4 would come out 11905 × 16837, not 11906 × 16838) */
const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);

/** sizes in half-points: 二号 22 pt, 三号 16 pt, 五号 10.5 pt */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const TABLE_SIZE = 21;
/** 28 pt, fixed (twentieths of a point) */
const LINE = 560;
/** two characters of 三号 */
const INDENT = 640;
/** the text width of A4 less the left and right margins */
const TEXT_WIDTH = mm(210 - 28 - 26);

const font = (face: { eastAsia: string; latin: string }): Pick<IRunOptions, 'font'> => ({ font: { eastAsia: face.eastAsia, ascii: face.latin, hAnsi: face.latin, cs: face.latin } });

const fixedLine = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function blockElements(block: DocumentBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 800, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: block.text, ...font(FONTS.title), size: TITLE_SIZE })] }),
        new Paragraph({ spacing: fixedLine, children: [] }),
      ];
    case 'heading':
      return [new Paragraph({
        spacing: fixedLine, indent: { firstLine: INDENT }, keepNext: true,
        children: [new TextRun({ text: block.text, ...font(block.level === 1 ? FONTS.heading1 : FONTS.heading2), size: BODY_SIZE })],
      })];
    case 'paragraph':
      return [new Paragraph({
        spacing: fixedLine, indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED,
        children: [new TextRun({ text: block.text, ...font(FONTS.body), size: BODY_SIZE })],
      })];
    case 'table':
      return tableElements(block.table);
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function tableElements(official: OfficialTable): (Paragraph | Table)[] {
  const widths = columnWidths(official.rows);
  // a row whose cells are all merged down from above has nothing of its own to write (Word wants a cell per row)
  const rows = official.rows.flatMap((row) => {
    if (row.length === 0) return [];
    const labelled = row.some((cell) => !cell.header);
    return [new TableRow({ cantSplit: true, children: row.map((cell) => tableCell(cell, labelled)) })];
  });
  // each cell's width is the grid columns it spans: docx sets it from columnWidths (Word sizes a cell without one to its content)
  const table = new Table({
    rows,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
  const caption = official.caption ? [new Paragraph({ spacing: fixedLine, alignment: AlignmentType.CENTER, children: [new TextRun({ text: official.caption.text.trim(), ...font(FONTS.body), size: BODY_SIZE })] })] : [];
  // a paragraph after the table: Word joins two tables that touch, and the line after a table reads better spaced
  return [...caption, table, new Paragraph({ spacing: fixedLine, children: [] })];
}

/** Each cell's first grid column, row by row: the cells merged down from above take their columns. */
function gridColumns(rows: readonly (readonly LayoutCell[])[]): Map<LayoutCell, number>[] {
  const covered: Set<number>[] = rows.map(() => new Set());
  return rows.map((row, rowIndex) => {
    const starts = new Map<LayoutCell, number>();
    let column = 0;
    for (const cell of row) {
      while (covered[rowIndex].has(column)) column++;
      starts.set(cell, column);
      for (let down = 0; down < (cell.rowspan ?? 1) && rowIndex + down < rows.length; down++) {
        for (let across = 0; across < (cell.colspan ?? 1); across++) covered[rowIndex + down].add(column + across);
      }
      column += cell.colspan ?? 1;
    }
    return starts;
  });
}

/**
 * The grid's column widths over the text width: a column is as wide as the longest text of a cell it holds alone
 * (between two and eight characters' worth), so 表三's row labels get room; the columns of values are all three.
 */
function columnWidths(rows: readonly (readonly LayoutCell[])[]): number[] {
  const starts = gridColumns(rows);
  const count = Math.max(1, ...rows.map((row, index) => Math.max(0, ...row.map((cell) => starts[index].get(cell)! + (cell.colspan ?? 1)))));
  const weights = Array.from({ length: count }, () => 2);
  const values = new Set<number>();
  rows.forEach((row, index) => {
    for (const cell of row) if ((cell.colspan ?? 1) === 1) {
      const column = starts[index].get(cell)!;
      if (!cell.header) values.add(column);
      weights[column] = Math.max(weights[column], Math.min(8, cell.text.trim().length));
    }
  });
  // the value columns alike: their headers wrap, and figures of one table read best in columns of one width
  for (const column of values) weights[column] = 3;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.floor((TEXT_WIDTH * weight) / total));
}

/** A cell: numbers centred, column headers centred, a row's label to the left (as the template sets them). */
function tableCell(cell: LayoutCell, inBodyRow: boolean): TableCell {
  const number = !cell.header && parseCellValue(cell.text).kind === 'number';
  const alignment = cell.header && inBodyRow ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    columnSpan: cell.colspan && cell.colspan > 1 ? cell.colspan : undefined,
    rowSpan: cell.rowspan && cell.rowspan > 1 ? cell.rowspan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [new Paragraph({
      alignment: number ? AlignmentType.CENTER : alignment,
      spacing: { line: 300, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
      children: [new TextRun({ text: cell.text.trim(), ...font(FONTS.body), size: TABLE_SIZE })],
    })],
  });
}
