import type { Analysis } from '../checker/analysis';
import { msg, render, type Locale } from '../messages';
import { lens } from '../messages/editor';
import { evaluate } from '../reconcile/equations';

export interface Lens {
  /** where the lens stands: the table's first character */
  readonly offset: number;
  readonly title: string;
}

/** Every lens of a document: last year's repeat at the title, then the tables'. */
export function codeLenses(analysis: Analysis, locale: Locale): Lens[] {
  return [...repeatLenses(analysis, locale), ...tableLenses(analysis, locale)];
}

/** "与上年报告重复 62%（31/50 句，2022年报.md）" at the title, when last year's report of the unit is known. */
export function repeatLenses(analysis: Analysis, locale: Locale): Lens[] {
  const title = analysis.report.title;
  const repeat = analysis.applies && analysis.config.rules['content-repeat'] !== 'off' ? analysis.repeat : undefined;
  if (!title || !repeat || repeat.counted === 0) return [];
  const share = Math.round((repeat.copied.length / repeat.counted) * 100);
  return [{ offset: title.span.start, title: render(msg(lens.repeat, { share, copied: repeat.copied.length, counted: repeat.counted, name: repeat.name }), locale) }];
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
