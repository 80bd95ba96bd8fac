import { eraById } from '../formats';
import { rowPath, withoutNote } from '../formats/row-paths';
import type { Localized } from '../formats/schema';
import { localize, msg, render, type Locale } from '../messages';
import { hover } from '../messages/editor';
import type { Cell, GenericTable, Report, StandardTable } from '../model/types';
import { captionWithoutUnit } from '../text/caption';
import { withoutComments } from '../text/delimited';
import { parseCellValue } from '../text/numbers';
import type { Span } from '../text/span';

const within = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

const SEPARATOR = ' · ';

/**
 * The number cell under the offset named in the template's words: the table, the row with the rows above it, the
 * column with the headers above it, then the value as written. "表三 · 三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密 · 自然人：3"
 */
export function cellNameAt(report: Report, offset: number, locale: Locale): string | undefined {
  for (const table of report.tables) {
    if (!within(table.grid.span, offset)) continue;
    const named = table.kind === 'standard' ? standardCell(table, offset) : genericCell(table, offset);
    if (!named) continue;
    const path = named.path.map((part) => localize(part, locale)).filter((part) => part !== '').join(SEPARATOR);
    const written = named.cell.text.trim();
    const value = written === '' ? render(msg(hover['cell-blank']), locale) : written;
    return render(msg(hover['cell-name'], { path, value }), locale);
  }
  return undefined;
}

interface NamedCell {
  readonly path: readonly Localized[];
  readonly cell: Cell;
}

function standardCell(table: StandardTable, offset: number): NamedCell | undefined {
  const { spec } = table;
  for (const row of table.rows) {
    const found = row.cells.find((cell) => within(cell.cell.span, offset));
    if (!found) continue;
    const column = spec.columns.find((candidate) => candidate.id === found.columnId);
    // 表四's one row has no label in the template: its columns name the cell
    const rows = spec.layout === 'single-row' ? [] : rowPath(spec, row.rowId).map((rowSpec) => ({ zh: withoutNote(rowSpec.label), en: rowSpec.en }));
    // under its parents a column is its own header cell, the short name (表四: 结果维持, not 行政复议·结果维持)
    const header = column && column.parents.length > 0 ? column.short ?? column.label : column?.label;
    const columns = column && header ? [...column.parents, { zh: header, en: column.en }] : [];
    return { path: [spec.name, ...rows, ...columns], cell: found.cell };
  }
  return undefined;
}

/** a table other than 表二/三/四 by its caption, or as a 统计表 when it has none */
function genericName(table: GenericTable): Localized {
  // "附表2 依申请公开情况统计 单位：件": the unit is not the table's name
  const caption = table.grid.caption && captionWithoutUnit(table.grid.caption.text);
  return caption ? { zh: caption, en: caption } : { zh: render(msg(hover['untitled-table']), 'zh-CN'), en: render(msg(hover['untitled-table']), 'en') };
}

/** A 2008-era 统计表 (or any other table): an item of a breakdown under its total, or any number cell by its row's label. */
function genericCell(table: GenericTable, offset: number): NamedCell | undefined {
  const name = genericName(table);
  const as = (label: string): Localized => ({ zh: label, en: label });
  const introducers = eraById('2008').breakdown.introducers;
  const withoutIntroducer = (label: string) => {
    const introducer = introducers.find((word) => label.startsWith(word));
    return introducer ? label.slice(introducer.length).replace(/^[:：]\s*/, '') : label;
  };
  for (const breakdown of table.breakdowns) {
    if (breakdown.total.cell && within(breakdown.total.cell.span, offset)) return { path: [name, as(breakdown.total.label)], cell: breakdown.total.cell };
    const item = breakdown.items.find((row) => row.cell && within(row.cell.span, offset));
    if (item?.cell) return { path: [name, as(breakdown.total.label), as(withoutIntroducer(item.label))], cell: item.cell };
  }
  for (const row of table.grid.rows) {
    const cell = row.cells.find((candidate) => within(candidate.span, offset));
    if (!cell || parseCellValue(cell.text).kind !== 'number') continue;
    const label = row.cells.find((candidate) => candidate.text.trim() !== '' && parseCellValue(candidate.text).kind === 'text');
    return { path: label ? [name, as(withoutComments(label.text).trim())] : [name], cell };
  }
  return undefined;
}
