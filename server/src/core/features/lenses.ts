import type { Analysis } from '../checker/analysis';
import { msg, render, type Locale } from '../messages';
import { lens } from '../messages/editor';
import { evaluate } from '../reconcile/equations';
import type { Table } from '../model/types';

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

/**
 * "勾稽关系 12/12 成立" above every table that has equations. A table still holding template placeholders says how many
 * cells are left ("待填写 175 格"); an equation with an unfilled term neither holds nor fails, so only those whose cells
 * are all filled are counted, and not those whose cells are all blank.
 */
export function tableLenses(analysis: Analysis, locale: Locale): Lens[] {
  if (!analysis.applies) return [];
  const instances = analysis.equations;
  return analysis.report.tables.flatMap((table) => {
    // an equation whose cells are all blank has nothing written to reconcile: a table emptied of its placeholders
    // would otherwise read "39/39 成立"
    const evaluations = instances.filter((instance) => instance.table === table && [...instance.left, ...instance.right].some((term) => term.value.kind !== 'blank'))
      .map(evaluate).filter((evaluation) => evaluation.evaluated);
    const failed = evaluations.filter((evaluation) => !evaluation.holds).length;
    const reconciliation = evaluations.length === 0 ? undefined : failed === 0
      ? msg(lens['all-hold'], { count: evaluations.length })
      : msg(lens['some-fail'], { failed, count: evaluations.length });
    const count = unfilledCells(table);
    const unfilled = count === 0 ? undefined : count === 1 ? msg(lens['unfilled-one']) : msg(lens.unfilled, { count });
    const title = reconciliation && unfilled ? msg(lens['with-unfilled'], { reconciliation, unfilled }) : reconciliation ?? unfilled;
    return title ? [{ offset: table.grid.span.start, title: render(title, locale) }] : [];
  });
}

/** The cells of a 表二/三/四 that still hold the template's placeholder (table-cell counts the same ones). */
function unfilledCells(table: Table): number {
  if (table.kind !== 'standard') return 0;
  return table.rows.reduce((count, row) => count + row.cells.filter((cell) => cell.value.kind === 'placeholder').length, 0);
}
