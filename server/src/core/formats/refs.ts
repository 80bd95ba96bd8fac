import type { T2ColumnId, T2RowId } from './table2';
import type { T3ColumnId, T3RowId } from './table3';
import type { T4ColumnId, T4RowId } from './table4';

/**
 * A cell named from outside its table: "t3.new.total", "t4.cases.review.total". Typed from the tables' own ids,
 * so a misspelt row or column fails to compile; that the row has the column in some era (表二's rows differ)
 * is checked at load (resolve.ts).
 */
export type CellRef = `t2.${T2RowId}.${T2ColumnId}` | `t3.${T3RowId}.${T3ColumnId}` | `t4.${T4RowId}.${T4ColumnId}`;
