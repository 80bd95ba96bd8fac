import type { Analysis } from '../checker/analysis';
import { msg, render, type Locale } from '../messages';
import { lens } from '../messages/editor';
import { evaluate } from '../reconcile/equations';

export interface Lens {
  /** where the lens stands: the table's first character */
  readonly offset: number;
  readonly title: string;
}

/** "勾稽关系 12/12 成立" above every table that has equations. */
export function tableLenses(analysis: Analysis, locale: Locale): Lens[] {
  if (!analysis.applies) return [];
  const instances = analysis.equations;
  return analysis.report.tables.flatMap((table) => {
    const evaluations = instances.filter((instance) => instance.table === table).map(evaluate).filter((evaluation) => evaluation.evaluated);
    if (evaluations.length === 0) return [];
    const failed = evaluations.filter((evaluation) => !evaluation.holds).length;
    const title = render(failed === 0
      ? msg(lens['all-hold'], { count: evaluations.length })
      : msg(lens['some-fail'], { failed, count: evaluations.length }), locale);
    return [{ offset: table.grid.span.start, title }];
  });
}
