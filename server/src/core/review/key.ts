import { rowPath, withoutNote } from '../formats/row-paths';
import type { GenericTable, Heading, Report, Section, StandardTable, Table } from '../model/types';
import { unitKey } from '../parse/meta';
import { captionWithoutUnit } from '../text/caption';
import { withoutComments } from '../text/delimited';
import { toHalfWidth } from '../text/fold';
import { parseCellValue } from '../text/numbers';
import type { Span } from '../text/span';
import type { ReportRef, ReviewInput } from './decision';

/** What a key is computed from: where a finding is, and what it is about when its place does not say. */
export interface Keyed {
  readonly span: Span;
  /** a missing section is reported on the title: the section it is about */
  readonly subject?: string;
}

const SEPARATOR = '/';
/** between the levels of a row or a column (不予公开·属于国家秘密, 行政诉讼·复议后起诉·结果维持) */
const LEVEL = '·';

const within = (span: Span, offset: number) => offset >= span.start && offset < Math.max(span.end, span.start + 1);

/**
 * What identifies a finding so that a decision about it survives edits elsewhere in the report (cli.md, Review
 * decisions): in a table, the table, row and column in the template's words (t3/本年新收/总计); on a heading, its
 * section; in prose, the sentence, normalised (its figures kept: a changed figure is another finding); else its line.
 * Undefined for a finding on a blank line.
 */
export function reviewKey(report: Report, finding: Keyed): string | undefined {
  if (finding.subject) return finding.subject;
  const offset = finding.span.start;
  const table = report.tables.find((candidate) => within(candidate.grid.span, offset));
  if (table) return tableKey(report, table, offset);
  const heading = report.headings.find((candidate) => within(candidate.span, offset));
  if (heading) return sectionName(report.sections, heading) ?? normalisedSentence(heading.title);
  const sentence = report.prose.sentences.find((candidate) => within(candidate.span, offset));
  if (sentence) return normalisedSentence(report.text.slice(sentence.span.start, sentence.span.end));
  const line = report.lines.lineAt(Math.min(offset, report.text.length));
  return normalisedSentence(report.text.slice(line.start, line.end)) || undefined;
}

/** The section a heading starts, by the template's title when it is one of the format's (总体情况), else as written. */
function sectionName(sections: readonly Section[], heading: Heading): string | undefined {
  for (const section of sections) {
    if (section.heading === heading) return section.spec?.title ?? heading.title.trim();
    const inner = sectionName(section.children, heading);
    if (inner) return inner;
  }
  return undefined;
}

const PUNCTUATION: Readonly<Record<string, string>> = {
  ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）', '“': '"', '”': '"', '‘': "'", '’': "'",
};

/**
 * A sentence as a key: trimmed, white space collapsed (none beside Chinese, where a line break inside a sentence is
 * no space), full- and half-width forms unified (punctuation as the Chinese text writes it, letters and digits half
 * width); the words and figures are kept as they are.
 */
export function normalisedSentence(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) /g, '')
    .replace(/[,;:!?()“”‘’]/g, (mark) => PUNCTUATION[mark]);
}

function tableKey(report: Report, table: Table, offset: number): string {
  return table.kind === 'standard' ? standardKey(table, offset) : genericKey(report, table, offset);
}

/** the template's name of a row or column level, without its outline number and note: "（三）不予公开" → "不予公开" */
const bare = (label: string) => withoutNote(label).replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])\s*/, '').trim();

function standardKey(table: StandardTable, offset: number): string {
  const { spec } = table;
  const rowName = (rowId: string) => {
    const path = rowPath(spec, rowId);
    // under 三、本年度办理结果 every result row: the outermost level names nothing
    const levels = path.length > 1 ? path.slice(1) : path;
    return levels.map((row) => row.short ?? bare(row.label)).join(LEVEL);
  };
  for (const row of table.rows) {
    const found = row.cells.find((cell) => within(cell.cell.span, offset));
    if (found) {
      const column = spec.columns.find((candidate) => candidate.id === found.columnId);
      const columnName = column ? [...column.parents.map((parent) => parent.zh), column.short ?? column.label].join(LEVEL) : found.columnId;
      // 表四's one row has no label in the template: its columns name the cell
      return [spec.id, ...(spec.layout === 'single-row' ? [] : [rowName(row.rowId)]), columnName].join(SEPARATOR);
    }
    if (within(row.span, offset) && spec.layout !== 'single-row') return [spec.id, rowName(row.rowId)].join(SEPARATOR);
  }
  return spec.id;
}

/** a table other than 表二/三/四 by its caption (else its place among the tables), a cell by its row's and column's labels */
function genericKey(report: Report, table: GenericTable, offset: number): string {
  const caption = table.grid.caption && captionWithoutUnit(table.grid.caption.text);
  const name = caption ? normalisedSentence(caption) : `#${report.tables.indexOf(table) + 1}`;
  const label = (text: string) => normalisedSentence(withoutComments(text));
  const [header] = table.grid.rows;
  for (const row of table.grid.rows) {
    const index = row.cells.findIndex((cell) => within(cell.span, offset));
    if (index < 0) continue;
    const rowLabel = row.cells.find((cell) => cell.text.trim() !== '' && parseCellValue(cell.text).kind === 'text');
    const columnLabel = row !== header ? header?.cells[index] : undefined;
    const parts = [rowLabel && label(rowLabel.text), columnLabel && parseCellValue(columnLabel.text).kind === 'text' ? label(columnLabel.text) : undefined];
    return [name, ...parts.filter((part): part is string => !!part)].join(SEPARATOR);
  }
  return name;
}

/** The report as decisions name it: unit and year when the title says both, else the path (when the host knows it). */
export function reportRef(report: Report, path?: string): ReportRef | undefined {
  const year = report.year?.year;
  if (report.unitName && year !== undefined) return { unit: report.unitName.trim(), year };
  return path ? { path } : undefined;
}

/** Whether a decision's report is this one: the same unit (spaces and full or half width aside) and year, or the same path. */
export function isThisReport(ref: ReportRef, report: Report, review: Pick<ReviewInput, 'path'>): boolean {
  if ('path' in ref) return review.path !== undefined && samePath(ref.path, review.path);
  const unit = unitKey(report);
  // the model's unit is read from the folded title (half width); a decision may be written either way
  return unit !== undefined && unit === unitKey({ unitName: toHalfWidth(ref.unit) }) && report.year?.year === ref.year;
}

const samePath = (a: string, b: string) => a.replace(/\\/g, '/').replace(/^\.\//, '') === b.replace(/\\/g, '/').replace(/^\.\//, '');
