import type { RowSpec } from '../formats/schema';
import { matchesKeywords } from './headings';

/**
 * Finds the template rows a table's labels stand for, in the template's order: each row once, the next
 * one after the last found preferred, so a label that fits several rows (其他) takes the one in its place.
 */
export class RowMatcher {
  private cursor = 0;
  private matchedRows = 0;
  private readonly used = new Set<string>();
  constructor(private readonly rows: readonly RowSpec[]) {}

  match(label: string, allowStart: boolean): RowSpec | undefined {
    const index = this.find((spec) => spec.exact ? spec.match.some((words) => words.includes(label)) : matchesKeywords(label, spec.match));
    if (index < 0) return undefined;
    const spec = this.rows[index];
    if (!allowStart && this.matchedRows === 0 && (spec.exact || spec.id === 'sum')) return undefined;
    this.take(index);
    this.matchedRows++;
    return spec;
  }

  /**
   * A group label carried on a child's row (a merged cell, or a flattened one): the group's own row
   * (三、本年度办理结果, （三）不予公开) is present, as a heading without numbers of its own.
   */
  markParent(label: string): void {
    const index = this.find((spec) => spec.valued !== 'always' && !spec.exact && matchesKeywords(label, spec.match));
    if (index >= 0) this.take(index);
  }

  missing(): string[] {
    return this.rows.filter((spec) => spec.required && !this.used.has(spec.id)).map((spec) => spec.id);
  }

  /** the first unused spec that fits after the last one taken; else any unused one that is not an exact match */
  private find(fits: (spec: RowSpec) => boolean): number {
    const free = (spec: RowSpec) => !this.used.has(spec.id) && fits(spec);
    const index = this.rows.findIndex((spec, at) => at >= this.cursor && free(spec));
    return index >= 0 ? index : this.rows.findIndex((spec) => !spec.exact && free(spec));
  }

  private take(index: number): void {
    this.used.add(this.rows[index].id);
    this.cursor = index + 1;
  }
}
