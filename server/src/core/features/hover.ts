import type { Analysis } from '../checker/analysis';
import { msg, render, type Locale } from '../messages';
import { hover } from '../messages/editor';
import type { Span } from '../text/span';
import type { OverlapSpec } from '../formats/partitions';
import { describeProseAt, notAddedUp } from '../prose/describe';
import { describeEvaluation } from '../reconcile/describe';
import { evaluate } from '../reconcile/equations';
import { cellNameAt } from './cell-name';

export interface HoverContent {
  /** Markdown */
  readonly markdown: string;
}

const within = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

/** a 附表 row of a breakdown whose items may overlap (主动公开 by channel), under the offset */
function overlapAt(analysis: Analysis, offset: number): OverlapSpec | undefined {
  for (const table of analysis.report.tables) {
    if (table.kind !== 'generic' || !within(table.grid.span, offset)) continue;
    for (const breakdown of table.breakdowns) {
      const rows = [breakdown.total, ...breakdown.items];
      if (breakdown.overlap && rows.some((row) => within(row.labelSpan, offset) || (row.cell && within(row.cell.span, offset)))) return breakdown.overlap;
    }
  }
  return undefined;
}

/** at most this many copied sentences are listed in the title's hover */
const LISTED = 30;
/** characters of each copied sentence shown */
const SHOWN = 60;

/** The title's hover when last year's report is known: the sentences that repeat it, with their lines. */
function repeatAt(analysis: Analysis, offset: number, locale: Locale): HoverContent | undefined {
  const title = analysis.report.title;
  if (!title || !within(title.span, offset) || analysis.config.rules['content-repeat'] === 'off') return undefined;
  const repeat = analysis.repeat;
  if (!repeat || repeat.copied.length === 0) return undefined;
  const { report } = analysis;
  const lines = repeat.copied.slice(0, LISTED).map((sentence) => {
    const text = report.text.slice(sentence.span.start, sentence.span.end).trim();
    const shown = text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
    return `- ${render(msg(hover['repeat-line'], { line: report.lines.lineAt(sentence.span.start).index + 1, text: shown }), locale)}`;
  });
  if (repeat.copied.length > LISTED) lines.push(`- ${render(msg(hover['repeat-more'], { count: repeat.copied.length - LISTED }), locale)}`);
  const heading = render(msg(hover['repeat-heading'], { name: repeat.name, copied: repeat.copied.length, counted: repeat.counted }), locale);
  return { markdown: [heading, '', ...lines].join('\n') };
}

/**
 * Last year's repeated sentences at the title; what a prose figure was compared with; or, on a number cell of a
 * table, its name in the template's words and the equations it takes part in with their current values.
 */
export function hoverAt(analysis: Analysis, offset: number, locale: Locale): HoverContent | undefined {
  if (!analysis.applies) return undefined;
  const repeat = repeatAt(analysis, offset, locale);
  if (repeat) return repeat;
  const prose = describeProseAt(analysis.proseFacts, offset, locale);
  if (prose.length > 0) return { markdown: prose.map((line) => `- ${line}`).join('\n') };
  const name = cellNameAt(analysis.report, offset, locale);
  const instances = analysis.equationsAt(offset).filter((instance) => [...instance.left, ...instance.right].some((term) => within(term.span, offset)));
  const lines = instances.map((instance) => {
    const evaluation = evaluate(instance);
    if (!evaluation.evaluated) return `- ${describeEvaluation(evaluation, locale)}`;
    const state = render(msg(evaluation.holds ? hover['equation-holds'] : hover['equation-fails']), locale);
    const shown = locale === 'en' ? ` (${state})` : `（${state}）`;
    return `- ${evaluation.holds ? '✓' : '✗'} ${describeEvaluation(evaluation, locale)}${shown}`;
  });
  const overlap = instances.length === 0 ? overlapAt(analysis, offset) : undefined;
  if (overlap) lines.push(`- ${notAddedUp(overlap, locale)}`);
  const list = lines.join('\n');
  if (name === undefined) return list === '' ? undefined : { markdown: list };
  // the name is a paragraph of its own, above the list
  return { markdown: list === '' ? name : `${name}\n\n${list}` };
}
