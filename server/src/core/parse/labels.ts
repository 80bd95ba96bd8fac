import { stripNumbering } from '../text/fold';

/**
 * Where a flattened label starts another level: a numbering token after the label's start. Merged
 * label columns arrive joined into one cell ("三、本年度办理结果(三)不予公开1.属于国家秘密"), with or
 * without a space between the levels (normalizeLabel has dropped it).
 */
const LEVEL_START = /(?=\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d{1,2}[.、](?!\d))/g;

/** A normalized label split into its levels, outermost first; an unnumbered label is one level. */
export function labelLevels(label: string): string[] {
  return label.split(LEVEL_START).filter((level) => level !== '');
}

export interface RowLabel {
  /** the row's own label, numbering stripped */
  readonly leaf: string;
  /** the labels of the groups it belongs to (merged cells carried on this row), numbering stripped */
  readonly parents: readonly string[];
}

/** The levels of a row's label cells (each normalized), outermost first. */
export function rowLabel(cellLabels: readonly string[]): RowLabel | undefined {
  const levels = cellLabels.flatMap(labelLevels).map(stripNumbering).filter((level) => level !== '');
  if (levels.length === 0) return undefined;
  return { leaf: levels[levels.length - 1], parents: levels.slice(0, -1) };
}
