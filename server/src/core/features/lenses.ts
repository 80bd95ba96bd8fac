import type { Analysis } from '../checker/analysis';
import { msg, render, type Locale } from '../messages';
import { lens, lensTarget } from '../messages/editor';
import { diagnose } from '../reconcile/diagnose';
import { describeEquation, describeEvaluation } from '../reconcile/describe';
import { evaluate, type Evaluation } from '../reconcile/equations';
import type { Table } from '../model/types';
import type { RepeatComparison } from '../rules/content-repeat/compare';
import type { Span } from '../text/span';

export interface Lens {
  /** where the lens stands: the table's first character */
  readonly offset: number;
  readonly title: string;
  /**
   * where a click goes, first in the document first: the failing equations' cells (the wrong cell where one cell
   * explains them, else the equation's total), or the first cell to fill; none when there is nowhere to go
   */
  readonly targets: readonly LensTarget[];
}

export interface LensTarget {
  /** the equation in words (a quick pick's label), or what the cell is */
  readonly label: string;
  /** the equation with its values, when the target is a failing equation */
  readonly detail?: string;
  readonly span: Span;
}

/** Every lens of a document: last year's repeat at the title, then the tables'. */
export function codeLenses(analysis: Analysis, locale: Locale): Lens[] {
  return [...repeatLenses(analysis, locale), ...tableLenses(analysis, locale)];
}

/** "与上年报告重复 62%（31/50 句，2022年报.md）" at the title, when last year's report of the unit is known. */
export function repeatLenses(analysis: Analysis, locale: Locale): Lens[] {
  const title = analysis.report.title;
  const repeat = shownRepeat(analysis);
  if (!title || !repeat) return [];
  const share = Math.round((repeat.copied.length / repeat.counted) * 100);
  return [{ offset: title.span.start, title: render(msg(lens.repeat, { share, copied: repeat.copied.length, counted: repeat.counted, name: repeat.name }), locale), targets: [] }];
}

/**
 * The comparison with last year's report that the product shows (the lens, the audit page): when the report is
 * checked, content-repeat is on, last year's report of the unit is known and some sentences count.
 */
export function shownRepeat(analysis: Analysis): RepeatComparison | undefined {
  const repeat = analysis.applies && analysis.config.rules['content-repeat'] !== 'off' ? analysis.repeat : undefined;
  return repeat && repeat.counted > 0 ? repeat : undefined;
}

/**
 * The equations of a table its lens counts: those evaluated, and not those whose cells are all blank (a table
 * emptied of its placeholders would otherwise read "39/39 成立"). An equation with an unfilled term neither holds
 * nor fails, so it is not evaluated and not counted.
 */
export function countedEvaluations(analysis: Analysis, table: Table): Evaluation[] {
  return analysis.equations
    .filter((instance) => instance.table === table && [...instance.left, ...instance.right].some((term) => term.value.kind !== 'blank'))
    .map(evaluate).filter((evaluation): evaluation is Evaluation => evaluation.evaluated);
}

/**
 * "勾稽关系 12/12 成立" above every table that has equations. A table still holding template placeholders says how many
 * cells are left ("待填写 175 格"). A click goes to the failing equations, or else to the first cell to fill.
 */
export function tableLenses(analysis: Analysis, locale: Locale): Lens[] {
  if (!analysis.applies) return [];
  return analysis.report.tables.flatMap((table) => {
    const evaluations = countedEvaluations(analysis, table);
    const failing = evaluations.filter((evaluation) => !evaluation.holds);
    const reconciliation = evaluations.length === 0 ? undefined : failing.length === 0
      ? msg(lens['all-hold'], { count: evaluations.length })
      : msg(lens['some-fail'], { failed: failing.length, count: evaluations.length });
    const placeholders = placeholderCells(table);
    const unfilled = placeholders.length === 0 ? undefined : placeholders.length === 1 ? msg(lens['unfilled-one']) : msg(lens.unfilled, { count: placeholders.length });
    const title = reconciliation && unfilled ? msg(lens['with-unfilled'], { reconciliation, unfilled }) : reconciliation ?? unfilled;
    if (!title) return [];
    const targets = failing.length > 0
      ? failingTargets(analysis, table, failing, locale)
      : placeholders.slice(0, 1).map((span) => ({ label: render(msg(lensTarget['unfilled-cell']), locale), span }));
    return [{ offset: table.grid.span.start, title: render(title, locale), targets }];
  });
}

/** Each failing equation at the cell its finding stands on: the one wrong cell that explains it, else its total. */
function failingTargets(analysis: Analysis, table: Table, failing: readonly Evaluation[], locale: Locale): LensTarget[] {
  const { culprits } = diagnose(analysis.equations.filter((instance) => instance.table === table));
  const culpritOf = (evaluation: Evaluation) => culprits.find((culprit) => culprit.evaluations.some((candidate) => candidate.instance === evaluation.instance));
  return failing.map((evaluation) => {
    const term = culpritOf(evaluation)?.term ?? evaluation.instance.left[0] ?? evaluation.instance.right[0];
    return {
      label: describeEquation(evaluation.instance, locale),
      detail: describeEvaluation(evaluation, locale),
      span: term?.span ?? { start: table.grid.span.start, end: table.grid.span.start },
    };
  }).sort((a, b) => a.span.start - b.span.start);
}

/** The cells of a 表二/三/四 that still hold the template's placeholder (table-cell counts the same ones), in order. */
function placeholderCells(table: Table): Span[] {
  if (table.kind !== 'standard') return [];
  return table.rows.flatMap((row) => row.cells.filter((cell) => cell.value.kind === 'placeholder').map((cell) => cell.cell.span))
    .sort((a, b) => a.start - b.start);
}
