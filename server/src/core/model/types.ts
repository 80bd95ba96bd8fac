import type { OverlapSpec } from '../formats/partitions';
import type { EraId, SectionSpec, TableSpec } from '../formats/schema';
import type { LineIndex } from '../text/line-index';
import type { CellValue } from '../text/numbers';
import type { Span } from '../text/span';

export type FormatId = EraId | 'unknown';
export type Script = 'simplified' | 'traditional' | 'mixed';

export interface Heading {
  /** 1: 一、 (or a Markdown/bold heading without a number); 2: （一） */
  readonly level: 1 | 2;
  readonly numeral?: number;
  readonly numberText: string;
  /** the heading text without its number, as written */
  readonly title: string;
  /** folded, normalized title for matching */
  readonly key: string;
  /** the whole line, or up to the end of the title when the paragraph runs on after it ("一、概述 2012年，…") */
  readonly span: Span;
  readonly titleSpan: Span;
  readonly style: 'markdown' | 'bold' | 'plain';
  /** the Markdown heading marks ("## ") when written so */
  readonly prefix: string;
}

export interface Section {
  readonly heading: Heading;
  /** from the heading to the next heading of the same or a higher level */
  readonly span: Span;
  /** the format section it stands for, if any */
  readonly spec?: SectionSpec;
  readonly children: readonly Section[];
}

export interface Cell {
  readonly text: string;
  readonly span: Span;
}

export interface GridRow {
  readonly cells: readonly Cell[];
  readonly span: Span;
}

export type TableLayout = 'pipe' | 'tsv' | 'lines';

/** A table as laid out in the text, before it is recognised. */
export interface Grid {
  readonly layout: TableLayout;
  readonly span: Span;
  readonly caption?: Cell;
  readonly rows: readonly GridRow[];
}

export interface ValueCell {
  readonly rowId: string;
  readonly columnId: string;
  /** absent when the row has fewer cells than the table has columns */
  readonly cell: Cell;
  readonly value: CellValue;
  readonly kind: 'count' | 'signed' | 'decimal' | 'amount';
}

export interface MatchedRow {
  readonly rowId: string;
  readonly label: string;
  readonly labelSpan: Span;
  readonly span: Span;
  readonly cells: readonly ValueCell[];
  /** the row has fewer value cells than its columns */
  readonly short: boolean;
}

/** A table recognised as 表二, 表三 or 表四 of a 2019/2021 format. */
export interface StandardTable {
  readonly kind: 'standard';
  readonly spec: TableSpec;
  /** the table's own labels show its era (otherwise the era was assumed from the year) */
  readonly eraEvident: boolean;
  readonly grid: Grid;
  readonly rows: readonly MatchedRow[];
  readonly columnIds: readonly string[];
  readonly missingRows: readonly string[];
  readonly missingColumns: readonly string[];
}

export interface BreakdownRow {
  readonly label: string;
  readonly labelSpan: Span;
  readonly cell?: Cell;
  readonly value: CellValue;
}

export interface Breakdown {
  readonly total: BreakdownRow;
  readonly items: readonly BreakdownRow[];
  /** the template says its items overlap (主动公开 by channel): they need not add up, and the hover says why */
  readonly overlap?: OverlapSpec;
}

/** Any other table (the 2008-era 附表, local tables): only the "total, 其中 1..n" convention applies. */
export interface GenericTable {
  readonly kind: 'generic';
  readonly grid: Grid;
  readonly breakdowns: readonly Breakdown[];
}

export type Table = StandardTable | GenericTable;

export interface YearMention {
  readonly year: number;
  readonly span: Span;
}

export interface Report {
  readonly text: string;
  /** same length and offsets as text: simplified, half-width */
  readonly folded: string;
  readonly lines: LineIndex;
  readonly title?: { readonly text: string; readonly span: Span };
  readonly year?: YearMention;
  readonly yearSource?: 'title' | 'body';
  readonly unitName?: string;
  /** the format the report should follow (from its year, or the tables when there is no year) */
  readonly format: FormatId;
  /** the format its tables were laid out in, when they say */
  readonly tableFormat?: '2019' | '2021';
  /** true when the document is recognisably an annual report */
  readonly isAnnualReport: boolean;
  readonly script: Script;
  /** indexes of the lines holding characters the traditional → simplified conversion changes */
  readonly traditionalLines: readonly number[];
  readonly headings: readonly Heading[];
  readonly sections: readonly Section[];
  readonly tables: readonly Table[];
  /** the prose outside tables and headings, sentence by sentence, with the figures it states */
  readonly prose: Prose;
}

export interface Quantity {
  readonly value: number;
  /** the number and its unit */
  readonly span: Span;
  /** 件, 个, 条 … or % */
  readonly unit: string;
  /** digits after the decimal point as written (for percentages) */
  readonly decimals: number;
  /** the words before the number, back to the previous clause boundary (folded text) */
  readonly label: string;
  readonly labelStart: number;
}

export interface Sentence {
  readonly span: Span;
  /** folded text: a kept copy, never a view into the document (a cache may keep it as it is) */
  readonly text: string;
  readonly quantities: readonly Quantity[];
}

export interface Prose {
  readonly sentences: readonly Sentence[];
  /** split at 。 only, keeping an enumeration "其中1.…；2.…；" in one piece */
  readonly periods: readonly Sentence[];
  /** each prose line from where its prose starts (after a run-in heading) to its end, not blank */
  readonly lines: readonly ProseLine[];
}

export interface ProseLine {
  /** the line's index in the report's lines */
  readonly index: number;
  readonly span: Span;
  /**
   * folded text of the span: a kept copy, never a view into the document, and the same string from check to
   * check while the line is unchanged, so a cache keyed by it finds it by identity
   */
  readonly text: string;
}

