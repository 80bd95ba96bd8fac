import type { Analysis } from '../checker/analysis';
import { findingCounts } from '../checker/counts';
import { msg, render, type Locale, type MessageRef } from '../messages';
import { status } from '../messages/editor';
import type { FormatId } from '../model/types';
import { countedEvaluations } from './lenses';

/** What the status bar says about a report: its format, its errors, its equations ("年报 2021 · 错误 3 · 勾稽 40/43"). */
export interface ReportStatus {
  /** the format the report follows; undefined when it is not recognisably one (a .gkr file of another kind) */
  readonly era?: Exclude<FormatId, 'unknown'>;
  readonly errors: number;
  readonly warnings: number;
  /** the equations of the tables the code lenses count, and how many of them hold */
  readonly equations: { readonly held: number; readonly total: number };
  readonly text: string;
  readonly tooltip: string;
}

export function reportStatus(analysis: Analysis, locale: Locale): ReportStatus {
  const format = analysis.report.format;
  const era = format === 'unknown' ? undefined : format;
  // what a reviewer checked is a hint in the editor (.gkreport-review.json), not an error left to fix
  const { error: errors, warning: warnings } = findingCounts(analysis.findings);
  const evaluations = analysis.report.tables.flatMap((table) => countedEvaluations(analysis, table));
  const equations = { held: evaluations.filter((evaluation) => evaluation.holds).length, total: evaluations.length };
  const join = (parts: readonly (MessageRef | undefined)[], separator: string) =>
    parts.flatMap((part) => (part ? [render(part, locale)] : [])).join(separator);
  const text = join([
    era ? msg(status['report-era'], { era }) : msg(status.report),
    msg(status.errors, { count: errors }),
    equations.total > 0 ? msg(status.equations, equations) : undefined,
  ], ' · ');
  const tooltip = join([
    era ? msg(status['tooltip-era'], { era }) : undefined,
    msg(status['tooltip-findings'], { errors, warnings }),
    equations.total > 0 ? msg(status['tooltip-equations'], equations) : undefined,
    msg(status['tooltip-click']),
  ], locale === 'en' ? '; ' : '；');
  return { era, errors, warnings, equations, text, tooltip };
}
