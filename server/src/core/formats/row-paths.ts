import type { RowSpec, TableSpec } from './schema';

/** the template's label without a trailing note: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" → "（二）部分公开" */
export const withoutNote = (label: string): string => label.replace(/（[^（）]*，[^（）]*）$/, '');

/**
 * How deep a template row label's numbering puts it: 一、 above （一） above 1.; a label without a number stands alone.
 * 表三's rows are written in this outline (三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密), so a row's parents are
 * read from the labels rather than written out a second time.
 */
function depth(label: string): number | undefined {
  if (/^[一二三四五六七八九十]+、/.test(label)) return 1;
  if (/^（[一二三四五六七八九十]+）/.test(label)) return 2;
  if (/^\d+\./.test(label)) return 3;
  return undefined;
}

/** The row and the template rows above it, outermost first: 三、本年度办理结果, （三）不予公开, 1.属于国家秘密. */
export function rowPath(spec: TableSpec, rowId: string): RowSpec[] {
  const index = spec.rows.findIndex((row) => row.id === rowId);
  if (index < 0) return [];
  const path = [spec.rows[index]];
  let below = depth(spec.rows[index].label);
  for (let at = index - 1; at >= 0 && below !== undefined && below > 1; at--) {
    const level = depth(spec.rows[at].label);
    if (level !== undefined && level < below) {
      path.unshift(spec.rows[at]);
      below = level;
    }
  }
  return path;
}
